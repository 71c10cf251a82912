-- Hand-written: the chart catch-up computes each per-action chart value (ground set and mask,
-- (kind, status) bit, year bits, grounds as rows) once per distinct input instead of once per
-- action. Those are SQL functions the planner cannot inline (a FROM or an aggregate in their
-- body), at 5-10 µs a call; the first import of OFAC's SDN list (15,402 actions) spent about
-- 1.5 s of its 2.5 s catch-up calling them. Same functions, same results: each statement reads
-- its rows once, maps the distinct inputs, and joins the values back; both CTEs MATERIALIZED, or
-- the planner folds the mapping into the join and calls the functions once a row again.
-- A NULL ground list gives what an empty one gives in every function, so both share one key;
-- the dates key is a composite value, whose equality counts NULL fields as equal (unlike a row
-- constructor's), so it can key a hash join.

-- As in migration chart_filter_cells.
CREATE OR REPLACE FUNCTION chart_action_cell_upsert(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH d AS MATERIALIZED (SELECT *, coalesce("groundCategories", '{}') AS ground_key FROM (%s) r),
      s AS MATERIALIZED (SELECT ground_key, chart_ground_set(ground_key) AS ground_set FROM (SELECT DISTINCT ground_key FROM d) k)
    INSERT INTO "ChartActionCell" AS c (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision",
      "dateStart", "dateEnd", "hasInstruments", n)
    SELECT d.jurisdiction, d.kind, d.status, d."authorityId", s.ground_set,
      CASE WHEN d."datePrecision" = 'UNKNOWN' THEN 'UNKNOWN' ELSE 'YEAR' END::"DatePrecision",
      CASE WHEN d."datePrecision" <> 'UNKNOWN' THEN date_trunc('year', d."dateStart")::date END,
      CASE WHEN d."datePrecision" <> 'UNKNOWN' THEN (date_trunc('year', d."dateEnd") + interval '1 year - 1 day')::date END,
      d."sortInstruments" <> '', sum(d.sign)
    FROM d JOIN s ON s.ground_key = d.ground_key
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(d.sign) <> 0
    ON CONFLICT (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd", "hasInstruments")
    DO UPDATE SET n = c.n + EXCLUDED.n
  $q$, src)
$f$;

-- As in migration chart_undated_cells.
CREATE OR REPLACE FUNCTION chart_undated_cell_upsert(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH d AS MATERIALIZED (SELECT *, coalesce("groundCategories", '{}') AS ground_key FROM (%s) r),
      s AS MATERIALIZED (SELECT ground_key, chart_ground_set(ground_key) AS ground_set FROM (SELECT DISTINCT ground_key FROM d) k)
    INSERT INTO "ChartUndatedCell" AS c (jurisdiction, kind, status, "authorityId", "groundCategories", "hasInstruments", n)
    SELECT d.jurisdiction, d.kind, d.status, d."authorityId", s.ground_set, d."sortInstruments" <> '', sum(d.sign)
    FROM d JOIN s ON s.ground_key = d.ground_key
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d.sign) <> 0
    ON CONFLICT (jurisdiction, kind, status, "authorityId", "groundCategories", "hasInstruments") DO UPDATE SET n = c.n + EXCLUDED.n
  $q$, src)
$f$;

-- Migration chart_year_and_kind_counts renames chart_refresh_targets and chart_refresh_instruments
-- to *_cells and wraps them. On a database that applied it before this one (their names sort the
-- other way), the bodies below replace the renamed functions, not the wrappers.
CREATE FUNCTION pg_temp.cell_function(name text) RETURNS text LANGUAGE sql AS $$
  SELECT CASE WHEN to_regprocedure(rtrim(name, 's') || '_cells(int[])') IS NULL THEN name ELSE rtrim(name, 's') || '_cells' END
$$;

-- As in migration chart_target_actions. "ChartTargetAction" is refreshed first and the counts
-- are read from it: it holds exactly the targets' links joined to their actions' columns.
DO $do$ BEGIN EXECUTE format($f$
CREATE OR REPLACE FUNCTION %I(ids int[]) RETURNS void LANGUAGE sql AS $$
  SELECT chart_count_masks(ids, -1);
  DELETE FROM "ChartTargetAction" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetAction" ("targetId", id, jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision",
    "dateStart", "dateEnd", "hasInstruments")
  SELECT at."targetId", a.id, a.jurisdiction, a.kind, a.status, a."authorityId", a."groundCategories", a."datePrecision",
    a."dateStart", a."dateEnd", EXISTS (SELECT 1 FROM "ActionInstrument" ai WHERE ai."actionId" = a.id)
  FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"
  WHERE at."targetId" = ANY(ids)
  ORDER BY 1, 2;
  DELETE FROM "ChartTargetCount" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetCount" ("targetId", jurisdiction, n, "openStarts", "minStart", "minEnd", "groundMask", "pairMask",
    "authorityMask", "yearMask", "instrumentIds")
  WITH ta AS MATERIALIZED (
    SELECT "targetId", id, jurisdiction, kind, status, "authorityId", "dateStart", "dateEnd",
      coalesce("groundCategories", '{}') AS ground_key, ("datePrecision", "dateStart", "dateEnd") AS date_key
    FROM "ChartTargetAction" WHERE "targetId" = ANY(ids) AND kind <> 'PROPOSAL'
  ), grounds AS MATERIALIZED (SELECT ground_key, chart_ground_mask(ground_key) AS mask FROM (SELECT DISTINCT ground_key FROM ta) k),
  pairs AS MATERIALIZED (SELECT kind, status, chart_pair_bit(kind, status) AS bit FROM (SELECT DISTINCT kind, status FROM ta) k),
  years AS MATERIALIZED (SELECT date_key, chart_action_year_bits((date_key).f1, (date_key).f2, (date_key).f3) AS bits FROM (SELECT DISTINCT date_key FROM ta) k)
  SELECT ta."targetId", ta.jurisdiction, count(DISTINCT ta.id), count(DISTINCT ta.id) FILTER (WHERE ta."dateStart" IS NULL),
    min(ta."dateStart"), min(ta."dateEnd"), bit_or(grounds.mask), bit_or(pairs.bit), bit_or(chart_authority_bit(ta."authorityId")),
    bit_or(years.bits), coalesce(array_agg(DISTINCT i.id) FILTER (WHERE i.id IS NOT NULL), '{}')
  FROM ta JOIN grounds ON grounds.ground_key = ta.ground_key JOIN pairs ON pairs.kind = ta.kind AND pairs.status = ta.status
  JOIN years ON years.date_key = ta.date_key
  LEFT JOIN LATERAL unnest(ARRAY(SELECT ai."instrumentId" FROM "ActionInstrument" ai WHERE ai."actionId" = ta.id)) i(id) ON true
  GROUP BY GROUPING SETS ((ta."targetId", ta.jurisdiction), (ta."targetId"));
  DELETE FROM "ChartTargetGroundCount" WHERE "targetId" = ANY(ids);
  -- Each action once per target and once per ground of its set: count(*) counts actions.
  INSERT INTO "ChartTargetGroundCount" ("targetId", ground, jurisdiction, n)
  WITH ta AS MATERIALIZED (
    SELECT "targetId", jurisdiction, coalesce("groundCategories", '{}') AS ground_key
    FROM "ChartTargetAction" WHERE "targetId" = ANY(ids) AND kind <> 'PROPOSAL'
  ), grounds AS MATERIALIZED (SELECT ground_key, g FROM (SELECT DISTINCT ground_key FROM ta) k CROSS JOIN LATERAL chart_grounds(k.ground_key) g)
  SELECT ta."targetId", grounds.g, ta.jurisdiction, count(*)
  FROM ta JOIN grounds ON grounds.ground_key = ta.ground_key
  GROUP BY GROUPING SETS ((ta."targetId", grounds.g, ta.jurisdiction), (ta."targetId", grounds.g));
  SELECT chart_count_masks(ids, 1);
  SELECT chart_refresh_rollups(ids);
$$;
$f$, pg_temp.cell_function('chart_refresh_targets')); END $do$;

-- As in migration chart_filter_cells.
DO $do$ BEGIN EXECUTE format($f$
CREATE OR REPLACE FUNCTION %I(ids int[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ChartInstrumentCell" WHERE "instrumentId" = ANY(ids);
  INSERT INTO "ChartInstrumentCell" ("instrumentId", jurisdiction, kind, status, n)
  SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, count(*)
  FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId"
  WHERE ai."instrumentId" = ANY(ids)
  GROUP BY 1, 2, 3, 4;
  DELETE FROM "ChartInstrumentGroundCell" WHERE "instrumentId" = ANY(ids);
  INSERT INTO "ChartInstrumentGroundCell" ("instrumentId", ground, jurisdiction, kind, status, n)
  WITH ia AS MATERIALIZED (
    SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, coalesce(a."groundCategories", '{}') AS ground_key
    FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId" WHERE ai."instrumentId" = ANY(ids)
  ), grounds AS MATERIALIZED (SELECT ground_key, g FROM (SELECT DISTINCT ground_key FROM ia) k CROSS JOIN LATERAL chart_grounds(k.ground_key) g)
  SELECT ia."instrumentId", grounds.g, ia.jurisdiction, ia.kind, ia.status, count(*)
  FROM ia JOIN grounds ON grounds.ground_key = ia.ground_key
  GROUP BY 1, 2, 3, 4, 5;
  DELETE FROM "ChartInstrumentActionCell" WHERE "instrumentId" = ANY(ids);
  INSERT INTO "ChartInstrumentActionCell" ("instrumentId", jurisdiction, kind, status, "authorityId", "groundCategories", n)
  WITH ia AS MATERIALIZED (
    SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, a."authorityId", coalesce(a."groundCategories", '{}') AS ground_key
    FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId" WHERE ai."instrumentId" = ANY(ids)
  ), grounds AS MATERIALIZED (SELECT ground_key, chart_ground_set(ground_key) AS ground_set FROM (SELECT DISTINCT ground_key FROM ia) k)
  SELECT ia."instrumentId", ia.jurisdiction, ia.kind, ia.status, ia."authorityId", grounds.ground_set, count(*)
  FROM ia JOIN grounds ON grounds.ground_key = ia.ground_key
  GROUP BY 1, 2, 3, 4, 5, 6;
$$;
$f$, pg_temp.cell_function('chart_refresh_instruments')); END $do$;

-- As in migration chart_rollups_one_pass. An action without grounds still counts in the sets
-- without a ground (the LEFT JOIN gives it one row with no ground).
CREATE OR REPLACE FUNCTION chart_refresh_rollups(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  touched int[] := ARRAY(
    WITH RECURSIVE up(id, depth) AS (
      SELECT unnest(ids), 0
      UNION
      SELECT r."toId", up.depth + 1 FROM up JOIN "TargetRelation" r ON r."fromId" = up.id WHERE up.depth < 3
    ) SELECT DISTINCT id FROM up);
BEGIN
  DELETE FROM "ChartRollupCount" WHERE "rootId" = ANY(touched);
  DELETE FROM "ChartRollupGroundCount" WHERE "rootId" = ANY(touched);
  WITH RECURSIVE down(root, id, depth) AS (
    SELECT t.id, t.id, 0 FROM unnest(touched) t(id) WHERE NOT EXISTS (SELECT 1 FROM "TargetRelation" r WHERE r."fromId" = t.id)
    UNION
    SELECT down.root, r."fromId", down.depth + 1 FROM down JOIN "TargetRelation" r ON r."toId" = down.id WHERE down.depth < 3
  ), ra AS MATERIALIZED (
    SELECT down.root, a.id, a.jurisdiction, coalesce(a."groundCategories", '{}') AS ground_key
    FROM down JOIN "ChartTargetAction" a ON a."targetId" = down.id WHERE a.kind <> 'PROPOSAL'
  ), grounds AS MATERIALIZED (
    SELECT ground_key, g FROM (SELECT DISTINCT ground_key FROM ra) k LEFT JOIN LATERAL chart_grounds(k.ground_key) g ON true
  ), counts AS (
    -- GROUPING(g) = 1: the sets without a ground (each action once however many grounds it states).
    SELECT ra.root, grounds.g, ra.jurisdiction, count(DISTINCT ra.id) AS n, GROUPING(grounds.g) AS all_grounds
    FROM ra JOIN grounds ON grounds.ground_key = ra.ground_key
    GROUP BY GROUPING SETS ((ra.root, ra.jurisdiction), (ra.root), (ra.root, grounds.g, ra.jurisdiction), (ra.root, grounds.g))
  ), plain AS (
    INSERT INTO "ChartRollupCount" ("rootId", jurisdiction, n) SELECT root, jurisdiction, n FROM counts WHERE all_grounds = 1
  )
  INSERT INTO "ChartRollupGroundCount" ("rootId", ground, jurisdiction, n)
  SELECT root, g, jurisdiction, n FROM counts WHERE all_grounds = 0 AND g IS NOT NULL;
END $$;
