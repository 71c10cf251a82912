-- Hand-written: counts for the overview under a date or kind filter, where the cells of earlier
-- migrations made the charts read the actions (lib/charts/charts-cells.ts decides).
--
-- "ChartInstrumentYearSum": per instrument, jurisdiction, kind and status, one row holding, for
-- each year of 1970–2033, how many of its dated actions start in or before that year (an open start
-- counts from 1970) and how many end in or before it (an open end never does); 2033 stands for
-- "ever". The actions overlapping whole years Y1–Y2 are starts(Y2) − ends(Y1 − 1), since an action
-- ending before Y1 also starts before Y2: two array elements per row, however wide the range.
-- "ChartTargetKindCount": each target's actions (not proposals) per kind, in each jurisdiction
-- and in all, as "ChartTargetGroundCount" per ground: the top ten for one kind by its index, and a
-- bound of a target's count under any search with that kind. "ChartTargetYearCount": each target's
-- actions (not proposals) with both ends dated, per year they overlap, all jurisdictions (1970
-- holding the years before, 2032 those after, as "yearMask" in migration chart_target_actions);
-- year 0 counts its actions with an open end instead, which overlap every year on that side (a first
-- list version's "by Jul 2021" listings: a row per year back to 1970 would be 55 rows per listing).
-- A target's count in a year is at most the sum of the two, so the top targets read both lists.
--
-- They are kept by the instrument and target refreshes, which every write already calls; those are
-- wrapped rather than restated, so the earlier bodies stay the one definition of the older cells.

CREATE TABLE "ChartInstrumentYearSum" (
  "instrumentId" int NOT NULL,
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  -- Element i is year 1969 + i: 64 years, 1970 to 2033.
  starts int[] NOT NULL,
  ends int[] NOT NULL,
  PRIMARY KEY ("instrumentId", jurisdiction, kind, status)
);

CREATE TABLE "ChartTargetKindCount" (
  "targetId" int NOT NULL,
  kind "ActionKind" NOT NULL,
  jurisdiction "Jurisdiction",
  n int NOT NULL,
  UNIQUE NULLS NOT DISTINCT ("targetId", kind, jurisdiction)
);
CREATE INDEX "ChartTargetKindCount_top" ON "ChartTargetKindCount" (kind, jurisdiction, n DESC, "targetId") WHERE jurisdiction IS NOT NULL;
CREATE INDEX "ChartTargetKindCount_top_all" ON "ChartTargetKindCount" (kind, n DESC, "targetId") WHERE jurisdiction IS NULL;

CREATE TABLE "ChartTargetYearCount" (
  "targetId" int NOT NULL,
  year smallint NOT NULL,
  n int NOT NULL,
  PRIMARY KEY ("targetId", year)
);
CREATE INDEX "ChartTargetYearCount_top" ON "ChartTargetYearCount" (year, n DESC, "targetId");

CREATE FUNCTION chart_refresh_instrument_year_sums(ids int[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ChartInstrumentYearSum" WHERE "instrumentId" = ANY(ids);
  WITH dated AS (
    SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status,
      least(greatest(coalesce(date_part('year', a."dateStart")::int, 1970), 1970), 2033) AS "startYear",
      least(greatest(date_part('year', a."dateEnd")::int, 1970), 2033) AS "endYear"
    FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId"
    WHERE ai."instrumentId" = ANY(ids) AND a."datePrecision" <> 'UNKNOWN'
  ), events AS (
    SELECT "instrumentId", jurisdiction, kind, status, "startYear" AS year, 1 AS starts, 0 AS ends FROM dated
    UNION ALL
    SELECT "instrumentId", jurisdiction, kind, status, "endYear", 0, 1 FROM dated WHERE "endYear" IS NOT NULL
  ), per_year AS (
    SELECT "instrumentId", jurisdiction, kind, status, year, sum(starts) AS starts, sum(ends) AS ends
    FROM events GROUP BY 1, 2, 3, 4, 5
  )
  INSERT INTO "ChartInstrumentYearSum" ("instrumentId", jurisdiction, kind, status, starts, ends)
  SELECT "instrumentId", jurisdiction, kind, status, array_agg(starts ORDER BY y), array_agg(ends ORDER BY y)
  FROM (
    SELECT c."instrumentId", c.jurisdiction, c.kind, c.status, y,
      sum(coalesce(p.starts, 0)) OVER w AS starts, sum(coalesce(p.ends, 0)) OVER w AS ends
    FROM (SELECT DISTINCT "instrumentId", jurisdiction, kind, status FROM dated) c
    CROSS JOIN generate_series(1970, 2033) y
    LEFT JOIN per_year p ON (p."instrumentId", p.jurisdiction, p.kind, p.status, p.year) = (c."instrumentId", c.jurisdiction, c.kind, c.status, y)
    WINDOW w AS (PARTITION BY c."instrumentId", c.jurisdiction, c.kind, c.status ORDER BY y)
  ) cumulative
  GROUP BY 1, 2, 3, 4;
$$;

-- From "ChartTargetAction", which the target refresh has just rewritten for these targets.
CREATE FUNCTION chart_refresh_target_kind_year_counts(ids int[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ChartTargetKindCount" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetKindCount" ("targetId", kind, jurisdiction, n)
  SELECT a."targetId", a.kind, a.jurisdiction, count(*)
  FROM "ChartTargetAction" a WHERE a."targetId" = ANY(ids) AND a.kind <> 'PROPOSAL'
  GROUP BY GROUPING SETS ((a."targetId", a.kind, a.jurisdiction), (a."targetId", a.kind));
  DELETE FROM "ChartTargetYearCount" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetYearCount" ("targetId", year, n)
  SELECT a."targetId", y, count(*)
  FROM "ChartTargetAction" a
  CROSS JOIN LATERAL (SELECT a."dateStart" IS NULL OR a."dateEnd" IS NULL AS open) o
  CROSS JOIN LATERAL generate_series(
    CASE WHEN o.open THEN 0 ELSE least(greatest(date_part('year', a."dateStart")::int, 1970), 2032) END,
    CASE WHEN o.open THEN 0 ELSE greatest(least(date_part('year', a."dateEnd")::int, 2032), 1970) END) y
  WHERE a."targetId" = ANY(ids) AND a.kind <> 'PROPOSAL' AND a."datePrecision" <> 'UNKNOWN'
  GROUP BY 1, 2;
$$;

ALTER FUNCTION chart_refresh_instruments(int[]) RENAME TO chart_refresh_instrument_cells;
CREATE FUNCTION chart_refresh_instruments(ids int[]) RETURNS void LANGUAGE sql AS $$
  SELECT chart_refresh_instrument_cells(ids);
  SELECT chart_refresh_instrument_year_sums(ids);
$$;

ALTER FUNCTION chart_refresh_targets(int[]) RENAME TO chart_refresh_target_cells;
CREATE FUNCTION chart_refresh_targets(ids int[]) RETURNS void LANGUAGE sql AS $$
  SELECT chart_refresh_target_cells(ids);
  SELECT chart_refresh_target_kind_year_counts(ids);
$$;

-- The earlier rebuild refreshes every linked instrument and target (through the wrappers above);
-- emptying the new tables first drops the rows of those no longer linked.
ALTER FUNCTION chart_rebuild_cells() RENAME TO chart_rebuild_linked_cells;
CREATE FUNCTION chart_rebuild_cells() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ChartInstrumentYearSum", "ChartTargetKindCount", "ChartTargetYearCount";
  SELECT chart_rebuild_linked_cells();
$$;

SELECT chart_refresh_instrument_year_sums(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument"));
SELECT chart_refresh_target_kind_year_counts(ARRAY(SELECT DISTINCT "targetId" FROM "ChartTargetAction"));
