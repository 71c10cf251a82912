-- Hand-written: an action's date is unknown exactly when it has neither a start nor an end. The
-- filter `undated` reads the precision, the timeline's "Date unknown" count and the date cells
-- read the missing bounds; only the dataset loader kept the two in step, so a writer that broke
-- it would make a count open fewer rows than it says. The check keeps every writer to it.
ALTER TABLE "SanctionAction" ADD CONSTRAINT "SanctionAction_unknown_date"
  CHECK (("datePrecision" = 'UNKNOWN') = ("dateStart" IS NULL AND "dateEnd" IS NULL));
