-- Hand-written: the explorer's default view (proposals excluded) sorted by date, as
-- covering partial indexes. The filters a user combines with it (jurisdiction, kind, status,
-- authority, grounds, date range) are then checked on the index entries alone (an index-only
-- scan), so a selective filter or a deep page no longer fetches a table row per skipped entry.
-- Measured at 1,000,000 synthetic actions: see BENCHMARKS.md.
CREATE INDEX "SanctionAction_default_sortDate_desc" ON "SanctionAction" ("sortDate" DESC NULLS LAST, id DESC)
  INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd")
  WHERE kind <> 'PROPOSAL';
CREATE INDEX "SanctionAction_default_sortDate_asc" ON "SanctionAction" ("sortDate" ASC NULLS LAST, id ASC)
  INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd")
  WHERE kind <> 'PROPOSAL';
-- The same for one jurisdiction, the filter analysts set most ("compare jurisdictions"): its
-- page and its bounded count then read only that jurisdiction's entries.
CREATE INDEX "SanctionAction_default_jurisdiction_sortDate" ON "SanctionAction" (jurisdiction, "sortDate" DESC NULLS LAST, id DESC)
  INCLUDE (kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd")
  WHERE kind <> 'PROPOSAL';
-- Actions with an open start ("by September 2021") sort by their end date; with a date range
-- and the date sort the explorer reads them apart (actionDateParts), from this small index.
CREATE INDEX "SanctionAction_open_start_sortDate" ON "SanctionAction" ("sortDate" DESC NULLS LAST, id DESC)
  WHERE "dateStart" IS NULL AND "datePrecision" <> 'UNKNOWN';
