-- Hand-written: the actions with no date at all, for the filter `undated` (the overview's "Date
-- unknown" counts open them in the table). Few (50,017 of the synthetic million), and spread
-- over the whole table: this partial index holds them in the table's default order (all their
-- sort dates are null, so newest id first) with every column the charts and the first page read,
-- so neither visits the rows themselves.
CREATE INDEX "SanctionAction_undated" ON "SanctionAction" ("sortDate" DESC NULLS LAST, id DESC)
  INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd",
    "instrumentIds", "targetIds")
  WHERE "datePrecision" = 'UNKNOWN';
