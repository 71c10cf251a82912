-- Hand-written: a first list version's listings that the list does not date are now recorded
-- as open-start spans ("on or before" the version's date), no longer as unknown dates
-- (lib/official-lists/import-diff.ts). Rows imported before that change get the same reading,
-- so old and new imports agree in the date filters and the charts; the update triggers keep
-- the derived columns and the chart cells in step.
UPDATE "SanctionAction"
SET "datePrecision" = 'SPAN'
WHERE origin = 'OFFICIAL_LIST' AND "datePrecision" = 'UNKNOWN' AND "dateStart" IS NULL AND "dateEnd" IS NOT NULL
  AND "dateText" LIKE 'on or before %';
