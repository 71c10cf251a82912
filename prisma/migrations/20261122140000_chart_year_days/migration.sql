-- Hand-written: how many targets a range of days holds, without reading their actions.
--
-- Each "ChartTargetYearCount" row of a year gets the days of that year its actions cover, as 366
-- bits ("dayMask", bit 0 = 1 January; not in 1970 and 2032, which hold the years beyond); the year 0 row (actions open at one end), the earliest start
-- of those open at the end ("firstDay") and the latest end of those open at the start ("lastDay");
-- every row, its target's "yearMask" (all jurisdictions, from "ChartTargetCount", which the
-- target refresh writes first). For days F–T (or open on one side), the targets are those whose
-- mask holds a year strictly between F's and T's, plus those without one whose row for F's or T's
-- year covers a day of the range, or whose year 0 row starts on or before T or ends on or after
-- F: two short reads of index entries (lib/charts/charts-cells.ts, dayRangeTargetCount).

-- Days first_day to last_day of a year (0 = 1 January) as bits.
CREATE FUNCTION chart_day_bits(first_day int, last_day int) RETURNS bit(366)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (repeat('0', first_day) || repeat('1', last_day - first_day + 1) || repeat('0', 365 - last_day))::bit(366)
$$;

ALTER TABLE "ChartTargetYearCount" ADD COLUMN "dayMask" bit(366), ADD COLUMN "firstDay" date, ADD COLUMN "lastDay" date,
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
  INSERT INTO "ChartTargetYearCount" ("targetId", year, n, "dayMask", "firstDay", "lastDay", "yearMask")
  SELECT a."targetId", y, count(*),
    bit_or(chart_day_bits(greatest(a."dateStart", make_date(y, 1, 1)) - make_date(y, 1, 1),
      least(a."dateEnd", make_date(y, 12, 31)) - make_date(y, 1, 1))) FILTER (WHERE y BETWEEN 1971 AND 2031),
    min(a."dateStart") FILTER (WHERE y = 0), max(a."dateEnd") FILTER (WHERE y = 0), coalesce(c."yearMask", 0)
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
CREATE INDEX "ChartTargetYearCount_top" ON "ChartTargetYearCount" (year, n DESC, "targetId")
  INCLUDE ("dayMask", "firstDay", "lastDay", "yearMask");
