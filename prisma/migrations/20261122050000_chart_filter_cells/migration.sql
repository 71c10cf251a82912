-- Hand-written: cells for the overview under every filter that does not name single actions.
-- "ChartActionCell" has the columns of "SanctionAction" that actionWhere reads for jurisdiction,
-- kind, status, authority, grounds (the action's set, so "any of several" is exact) and dates
-- (rounded out to whole years, precision UNKNOWN or YEAR), so actionWhere applies to it as to the
-- actions: exactly for whole-year ranges; a range of days adds the boundary actions
-- (lib/charts/charts-cells.ts). "ChartInstrumentActionCell" is the same per cited instrument,
-- without dates. "ChartTargetCount"."pairMask" holds the (kind, status) pairs of a target's actions,
-- so the count of targets is exact under kind and status filters too.

-- An action's grounds as a set: each once, in the enum's order.
CREATE FUNCTION chart_ground_set(grounds "GroundCategory"[]) RETURNS "GroundCategory"[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT chart_ground_list(chart_ground_mask(grounds)) $$;

CREATE TABLE "ChartActionCell" (
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  "authorityId" int NOT NULL,
  "groundCategories" "GroundCategory"[] NOT NULL,
  "datePrecision" "DatePrecision" NOT NULL,
  "dateStart" date,
  "dateEnd" date,
  "hasInstruments" boolean NOT NULL,
  n int NOT NULL,
  UNIQUE NULLS NOT DISTINCT (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd", "hasInstruments")
);

CREATE TABLE "ChartInstrumentActionCell" (
  "instrumentId" int NOT NULL,
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  "authorityId" int NOT NULL,
  "groundCategories" "GroundCategory"[] NOT NULL,
  n int NOT NULL,
  UNIQUE ("instrumentId", jurisdiction, kind, status, "authorityId", "groundCategories")
);

-- The statement adding the actions of `src` (a query giving action rows and a sign, +1 or -1)
-- to "ChartActionCell": the one place the action-to-cell rounding is written.
CREATE FUNCTION chart_action_cell_upsert(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    INSERT INTO "ChartActionCell" AS c (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision",
      "dateStart", "dateEnd", "hasInstruments", n)
    SELECT jurisdiction, kind, status, "authorityId", chart_ground_set("groundCategories"),
      CASE WHEN "datePrecision" = 'UNKNOWN' THEN 'UNKNOWN' ELSE 'YEAR' END::"DatePrecision",
      CASE WHEN "datePrecision" <> 'UNKNOWN' THEN date_trunc('year', "dateStart")::date END,
      CASE WHEN "datePrecision" <> 'UNKNOWN' THEN (date_trunc('year', "dateEnd") + interval '1 year - 1 day')::date END,
      "sortInstruments" <> '', sum(sign)
    FROM (%s) d GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(sign) <> 0
    ON CONFLICT (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd", "hasInstruments")
    DO UPDATE SET n = c.n + EXCLUDED.n
  $q$, src)
$f$;

CREATE FUNCTION chart_apply_action_cell_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  EXECUTE chart_action_cell_upsert(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT r.*, 1 AS sign FROM new_rows r'
    WHEN 'DELETE' THEN 'SELECT r.*, -1 AS sign FROM old_rows r'
    ELSE 'SELECT r.*, 1 AS sign FROM new_rows r UNION ALL SELECT r.*, -1 AS sign FROM old_rows r' END);
  DELETE FROM "ChartActionCell" WHERE n = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER chart_action_cells_inserted AFTER INSERT ON "SanctionAction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_action_cell_deltas();
CREATE TRIGGER chart_action_cells_deleted AFTER DELETE ON "SanctionAction"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_action_cell_deltas();
CREATE TRIGGER chart_action_cells_updated AFTER UPDATE ON "SanctionAction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_action_cell_deltas();

-- Adds actions written in bulk mode (bulk_apply_new_actions) or all of them (chart_rebuild_cells).
CREATE FUNCTION chart_add_action_cells(action_ids int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE chart_action_cell_upsert('SELECT a.*, 1 AS sign FROM "SanctionAction" a WHERE a.id = ANY($1)') USING action_ids;
END $$;

-- One bit per (kind, status) pair, in the enums' order; chart_pair_mask gives the bits of a filter
-- (an empty list is every value).
CREATE FUNCTION chart_pair_bit(k "ActionKind", s "ActionStatus") RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 1 << ((array_position(enum_range(NULL::"ActionKind"), k) - 1) * cardinality(enum_range(NULL::"ActionStatus"))
    + array_position(enum_range(NULL::"ActionStatus"), s) - 1)
$$;
CREATE FUNCTION chart_pair_mask(kinds "ActionKind"[], statuses "ActionStatus"[]) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(bit_or(chart_pair_bit(k, s)), 0)::int
  FROM unnest(CASE WHEN cardinality(kinds) = 0 THEN enum_range(NULL::"ActionKind") ELSE kinds END) k,
    unnest(CASE WHEN cardinality(statuses) = 0 THEN enum_range(NULL::"ActionStatus") ELSE statuses END) s
$$;

ALTER TABLE "ChartTargetCount" ADD COLUMN "pairMask" int NOT NULL DEFAULT 0;

-- As in migration chart_ground_cells, with the pair mask.
CREATE OR REPLACE FUNCTION chart_refresh_targets(ids int[]) RETURNS void LANGUAGE sql AS $$
  SELECT chart_count_masks(ids, -1);
  DELETE FROM "ChartTargetCount" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetCount" ("targetId", jurisdiction, n, "openStarts", "minStart", "minEnd", "groundMask", "pairMask", "instrumentIds")
  SELECT at."targetId", a.jurisdiction, count(DISTINCT a.id), count(DISTINCT a.id) FILTER (WHERE a."dateStart" IS NULL),
    min(a."dateStart"), min(a."dateEnd"),
    bit_or(chart_ground_mask(a."groundCategories")), bit_or(chart_pair_bit(a.kind, a.status)),
    coalesce(array_agg(DISTINCT i.id) FILTER (WHERE i.id IS NOT NULL), '{}')
  FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"
  LEFT JOIN LATERAL unnest(ARRAY(SELECT ai."instrumentId" FROM "ActionInstrument" ai WHERE ai."actionId" = a.id)) i(id) ON true
  WHERE at."targetId" = ANY(ids) AND a.kind <> 'PROPOSAL'
  GROUP BY GROUPING SETS ((at."targetId", a.jurisdiction), (at."targetId"));
  DELETE FROM "ChartTargetGroundCount" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetGroundCount" ("targetId", ground, jurisdiction, n)
  SELECT at."targetId", g, a.jurisdiction, count(DISTINCT a.id)
  FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"
  CROSS JOIN LATERAL chart_grounds(a."groundCategories") g
  WHERE at."targetId" = ANY(ids) AND a.kind <> 'PROPOSAL'
  GROUP BY GROUPING SETS ((at."targetId", g, a.jurisdiction), (at."targetId", g));
  SELECT chart_count_masks(ids, 1);
  SELECT chart_refresh_rollups(ids);
$$;

-- As in migration chart_ground_cells, with the instrument-action cells.
CREATE OR REPLACE FUNCTION chart_refresh_instruments(ids int[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ChartInstrumentCell" WHERE "instrumentId" = ANY(ids);
  INSERT INTO "ChartInstrumentCell" ("instrumentId", jurisdiction, kind, status, n)
  SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, count(*)
  FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId"
  WHERE ai."instrumentId" = ANY(ids)
  GROUP BY 1, 2, 3, 4;
  DELETE FROM "ChartInstrumentGroundCell" WHERE "instrumentId" = ANY(ids);
  INSERT INTO "ChartInstrumentGroundCell" ("instrumentId", ground, jurisdiction, kind, status, n)
  SELECT ai."instrumentId", g, a.jurisdiction, a.kind, a.status, count(*)
  FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId"
  CROSS JOIN LATERAL chart_grounds(a."groundCategories") g
  WHERE ai."instrumentId" = ANY(ids)
  GROUP BY 1, 2, 3, 4, 5;
  DELETE FROM "ChartInstrumentActionCell" WHERE "instrumentId" = ANY(ids);
  INSERT INTO "ChartInstrumentActionCell" ("instrumentId", jurisdiction, kind, status, "authorityId", "groundCategories", n)
  SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, a."authorityId", chart_ground_set(a."groundCategories"), count(*)
  FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId"
  WHERE ai."instrumentId" = ANY(ids)
  GROUP BY 1, 2, 3, 4, 5, 6;
$$;

-- As in migration bulk_write, with the authority among the columns that move an action between cells.
CREATE OR REPLACE FUNCTION chart_refresh_links_of_updated_actions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed int[] := ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.jurisdiction, n.kind, n.status, n."authorityId", n."dateStart", n."dateEnd", n."groundCategories")
      IS DISTINCT FROM (o.jurisdiction, o.kind, o.status, o."authorityId", o."dateStart", o."dateEnd", o."groundCategories"));
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  IF cardinality(changed) > 0 THEN
    PERFORM chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(changed)));
  END IF;
  RETURN NULL;
END $$;

-- As in migration import_write_once, adding the new actions to "ChartActionCell" too.
CREATE OR REPLACE FUNCTION bulk_apply_new_actions(action_ids int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ChartDateCell" AS c (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n)
  SELECT jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart"), chart_year("datePrecision", "dateEnd"),
    "sortInstruments" <> '', count(*)
  FROM "SanctionAction" WHERE id = ANY(action_ids) GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments") DO UPDATE SET n = c.n + EXCLUDED.n;
  INSERT INTO "ChartDateGroundCell" AS c (ground, jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n)
  SELECT g, jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart"), chart_year("datePrecision", "dateEnd"),
    "sortInstruments" <> '', count(*)
  FROM "SanctionAction" a CROSS JOIN LATERAL chart_grounds(a."groundCategories") g WHERE a.id = ANY(action_ids)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT (ground, jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments") DO UPDATE SET n = c.n + EXCLUDED.n;
  INSERT INTO "ChartGroundCell" AS c (jurisdiction, kind, status, ground, n)
  SELECT jurisdiction, kind, status, g, count(*)
  FROM "SanctionAction" a LEFT JOIN LATERAL unnest(a."groundCategories") g ON true WHERE a.id = ANY(action_ids) GROUP BY 1, 2, 3, 4
  ON CONFLICT (jurisdiction, kind, status, ground) DO UPDATE SET n = c.n + EXCLUDED.n;
  SELECT chart_add_action_cells(action_ids);
  SELECT chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(action_ids)));
  SELECT chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(action_ids)));
  SELECT chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(action_ids)));
$$;

CREATE OR REPLACE FUNCTION chart_rebuild_cells() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ChartDateCell", "ChartGroundCell", "ChartInstrumentCell", "ChartTargetCount", "ChartTargetMask",
    "ChartRollupCount", "ChartDocumentCount", "ChartDateGroundCell", "ChartInstrumentGroundCell", "ChartTargetGroundCount",
    "ChartActionCell", "ChartInstrumentActionCell";
  INSERT INTO "ChartDateCell" (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n)
  SELECT jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart"), chart_year("datePrecision", "dateEnd"),
    "sortInstruments" <> '', count(*)
  FROM "SanctionAction" GROUP BY 1, 2, 3, 4, 5, 6, 7;
  INSERT INTO "ChartDateGroundCell" (ground, jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n)
  SELECT g, jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart"), chart_year("datePrecision", "dateEnd"),
    "sortInstruments" <> '', count(*)
  FROM "SanctionAction" a CROSS JOIN LATERAL chart_grounds(a."groundCategories") g GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
  INSERT INTO "ChartGroundCell" (jurisdiction, kind, status, ground, n)
  SELECT jurisdiction, kind, status, g, count(*)
  FROM "SanctionAction" a LEFT JOIN LATERAL unnest(a."groundCategories") g ON true GROUP BY 1, 2, 3, 4;
  SELECT chart_add_action_cells(ARRAY(SELECT id FROM "SanctionAction"));
  SELECT chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget"));
  SELECT chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument"));
  SELECT chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence"));
$$;

SELECT chart_rebuild_cells();
