-- Hand-written: how many targets a range of days holds, without reading their actions.
--
-- Each "ChartTargetYearCount" row gets the first start and last end of the actions it counts
-- (those overlapping the year; in year 0, the earliest start of those open at the end and the
-- latest end of those open at the start) and its target's "yearMask" (all jurisdictions, from
-- "ChartTargetCount", which the target refresh writes first). For days F–T of years Y1 < Y2
-- (or open on one side), the targets are those whose mask holds a year between Y1 and Y2, plus
-- those without such a year whose Y1 row's last end is on or after F, whose Y2 row's first start
-- is on or before T, or whose year 0 row's first start is on or before T or last end on or
-- after F: two short reads of index entries (lib/charts/charts-cells.ts, targetCountPath). Within
-- one year the two ends can belong to different actions, so that case still reads the actions.

ALTER TABLE "ChartTargetYearCount" ADD COLUMN "firstDay" date, ADD COLUMN "lastDay" date,
  ADD COLUMN "yearMask" bigint NOT NULL DEFAULT 0;

-- Rebuilt below with the new columns, so that counting a range of days reads no row.
DROP INDEX "ChartTargetYearCount_top";

CREATE OR REPLACE FUNCTION chart_refresh_target_kind_year_counts(ids int[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ChartTargetKindCount" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetKindCount" ("targetId", kind, jurisdiction, n)
  SELECT a."targetId", a.kind, a.jurisdiction, count(*)
  FROM "ChartTargetAction" a WHERE a."targetId" = ANY(ids) AND a.kind <> 'PROPOSAL'
  GROUP BY GROUPING SETS ((a."targetId", a.kind, a.jurisdiction), (a."targetId", a.kind));
  DELETE FROM "ChartTargetYearCount" WHERE "targetId" = ANY(ids);
  -- In year 0 an action has one end: min and max skip the missing ones.
  INSERT INTO "ChartTargetYearCount" ("targetId", year, n, "firstDay", "lastDay", "yearMask")
  SELECT a."targetId", y, count(*), min(a."dateStart"), max(a."dateEnd"), coalesce(c."yearMask", 0)
  FROM "ChartTargetAction" a
  LEFT JOIN "ChartTargetCount" c ON c."targetId" = a."targetId" AND c.jurisdiction IS NULL
  CROSS JOIN LATERAL (SELECT a."dateStart" IS NULL OR a."dateEnd" IS NULL AS open) o
  CROSS JOIN LATERAL generate_series(
    CASE WHEN o.open THEN 0 ELSE least(greatest(date_part('year', a."dateStart")::int, 1970), 2032) END,
    CASE WHEN o.open THEN 0 ELSE greatest(least(date_part('year', a."dateEnd")::int, 2032), 1970) END) y
  WHERE a."targetId" = ANY(ids) AND a.kind <> 'PROPOSAL' AND a."datePrecision" <> 'UNKNOWN'
  GROUP BY a."targetId", y, c."yearMask";
$$;

-- Every row again (the kind counts with them), then the index over the filled table.
TRUNCATE "ChartTargetKindCount", "ChartTargetYearCount";
SELECT chart_refresh_target_kind_year_counts(ARRAY(SELECT DISTINCT "targetId" FROM "ChartTargetAction"));
CREATE INDEX "ChartTargetYearCount_top" ON "ChartTargetYearCount" (year, n DESC, "targetId") INCLUDE ("firstDay", "lastDay", "yearMask");
