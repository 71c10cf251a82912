-- Hand-written: the end-date index carries the chart cells' columns, as the start-date indexes do
-- (migration explorer_covering_indexes), so that the actions a range of days cuts off at its start
-- (ending in its first year before its first day: lib/charts/charts-cells.ts, chartRows) are read
-- from index entries alone instead of one action row each.
DROP INDEX "SanctionAction_lastDate";
CREATE INDEX "SanctionAction_lastDate" ON "SanctionAction" ((coalesce("dateEnd", "dateStart")) DESC NULLS LAST)
  INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd");
