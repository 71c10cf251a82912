-- Hand-written: each target's actions with the columns actionWhere reads
-- for the filters the cells hold, in target order with a covering index, so that reading the
-- actions of some targets takes their index entries in a row instead of an action row per link:
-- the filtered counts of candidate targets (rankBounded in lib/charts/charts-targets.ts) and
-- the overview of a target filter. Kept by chart_refresh_targets like the other per-target counts
-- (which every change of an action's links or of these columns calls).

CREATE TABLE "ChartTargetAction" (
  "targetId" int NOT NULL,
  id int NOT NULL,
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  "authorityId" int NOT NULL,
  "groundCategories" "GroundCategory"[],
  "datePrecision" "DatePrecision" NOT NULL,
  "dateStart" date,
  "dateEnd" date,
  "hasInstruments" boolean NOT NULL,
  PRIMARY KEY ("targetId", id)
    INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd", "hasInstruments")
);

-- Two more masks per target row, for "how many targets" under an authority or a range of whole
-- years: the authorities of its actions (a bit per authority id up to 31) and the years they
-- span (bit 0 for 1970 and before, one per year to bit 62 for 2032 and after; an open end
-- reaches the last bit, an undated action sets none). lib/charts/charts-cells.ts uses a mask
-- only when the search's values fall on bits of their own.
CREATE FUNCTION chart_authority_bit(id int) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN id BETWEEN 1 AND 31 THEN 1 << (id - 1) ELSE 0 END $$;
CREATE FUNCTION chart_year_bits(first_year int, last_year int) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(bit_or(1::bigint << (y - 1970)), 0) FROM generate_series(
    greatest(coalesce(first_year, 1970), 1970), least(coalesce(last_year, 2032), 2032)) y
$$;
CREATE FUNCTION chart_action_year_bits(date_precision "DatePrecision", date_start date, date_end date) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN date_precision = 'UNKNOWN' THEN 0
    ELSE chart_year_bits(date_part('year', date_start)::int, date_part('year', date_end)::int) END
$$;

ALTER TABLE "ChartTargetCount" ADD COLUMN "authorityMask" int NOT NULL DEFAULT 0, ADD COLUMN "yearMask" bigint NOT NULL DEFAULT 0;
CREATE INDEX "ChartTargetCount_masks" ON "ChartTargetCount" (jurisdiction, "pairMask", "groundMask", "authorityMask", "yearMask");

-- The roll-up counts (migration chart_cells) once more per ground, each action once under each
-- ground it states: the targets chart rolled up under parents with one ground filter.
CREATE TABLE "ChartRollupGroundCount" (
  "rootId" int NOT NULL,
  ground "GroundCategory" NOT NULL,
  jurisdiction "Jurisdiction",
  n int NOT NULL,
  UNIQUE NULLS NOT DISTINCT ("rootId", ground, jurisdiction)
);
CREATE INDEX "ChartRollupGroundCount_top" ON "ChartRollupGroundCount" (ground, jurisdiction, n DESC, "rootId") WHERE jurisdiction IS NOT NULL;
CREATE INDEX "ChartRollupGroundCount_top_all" ON "ChartRollupGroundCount" (ground, n DESC, "rootId") WHERE jurisdiction IS NULL;

-- As in migration chart_cells, with the per-ground roll-ups: the top-level targets among the
-- given targets and their parents (three levels up) are recounted.
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
  )
  INSERT INTO "ChartRollupCount" ("rootId", jurisdiction, n)
  SELECT down.root, a.jurisdiction, count(DISTINCT a.id)
  FROM down JOIN "ActionTarget" at ON at."targetId" = down.id JOIN "SanctionAction" a ON a.id = at."actionId"
  WHERE a.kind <> 'PROPOSAL'
  GROUP BY GROUPING SETS ((down.root, a.jurisdiction), (down.root));
  WITH RECURSIVE down(root, id, depth) AS (
    SELECT t.id, t.id, 0 FROM unnest(touched) t(id) WHERE NOT EXISTS (SELECT 1 FROM "TargetRelation" r WHERE r."fromId" = t.id)
    UNION
    SELECT down.root, r."fromId", down.depth + 1 FROM down JOIN "TargetRelation" r ON r."toId" = down.id WHERE down.depth < 3
  )
  INSERT INTO "ChartRollupGroundCount" ("rootId", ground, jurisdiction, n)
  SELECT down.root, g, a.jurisdiction, count(DISTINCT a.id)
  FROM down JOIN "ActionTarget" at ON at."targetId" = down.id JOIN "SanctionAction" a ON a.id = at."actionId"
  CROSS JOIN LATERAL chart_grounds(a."groundCategories") g
  WHERE a.kind <> 'PROPOSAL'
  GROUP BY GROUPING SETS ((down.root, g, a.jurisdiction), (down.root, g));
END $$;

-- As in migration chart_filter_cells, with the target's actions and the two masks.
CREATE OR REPLACE FUNCTION chart_refresh_targets(ids int[]) RETURNS void LANGUAGE sql AS $$
  SELECT chart_count_masks(ids, -1);
  DELETE FROM "ChartTargetCount" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetCount" ("targetId", jurisdiction, n, "openStarts", "minStart", "minEnd", "groundMask", "pairMask",
    "authorityMask", "yearMask", "instrumentIds")
  SELECT at."targetId", a.jurisdiction, count(DISTINCT a.id), count(DISTINCT a.id) FILTER (WHERE a."dateStart" IS NULL),
    min(a."dateStart"), min(a."dateEnd"),
    bit_or(chart_ground_mask(a."groundCategories")), bit_or(chart_pair_bit(a.kind, a.status)),
    bit_or(chart_authority_bit(a."authorityId")), bit_or(chart_action_year_bits(a."datePrecision", a."dateStart", a."dateEnd")),
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
  DELETE FROM "ChartTargetAction" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetAction" ("targetId", id, jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision",
    "dateStart", "dateEnd", "hasInstruments")
  SELECT at."targetId", a.id, a.jurisdiction, a.kind, a.status, a."authorityId", a."groundCategories", a."datePrecision",
    a."dateStart", a."dateEnd", EXISTS (SELECT 1 FROM "ActionInstrument" ai WHERE ai."actionId" = a.id)
  FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"
  WHERE at."targetId" = ANY(ids)
  ORDER BY 1, 2;
  SELECT chart_count_masks(ids, 1);
  SELECT chart_refresh_rollups(ids);
$$;

-- As in migration chart_filter_cells, with the date precision among the columns that move an action.
CREATE OR REPLACE FUNCTION chart_refresh_links_of_updated_actions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed int[] := ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.jurisdiction, n.kind, n.status, n."authorityId", n."datePrecision", n."dateStart", n."dateEnd", n."groundCategories")
      IS DISTINCT FROM (o.jurisdiction, o.kind, o.status, o."authorityId", o."datePrecision", o."dateStart", o."dateEnd", o."groundCategories"));
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  IF cardinality(changed) > 0 THEN
    PERFORM chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(changed)));
  END IF;
  RETURN NULL;
END $$;

-- As in migration chart_filter_cells, emptying the new table too.
CREATE OR REPLACE FUNCTION chart_rebuild_cells() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ChartDateCell", "ChartGroundCell", "ChartInstrumentCell", "ChartTargetCount", "ChartTargetMask",
    "ChartRollupCount", "ChartDocumentCount", "ChartDateGroundCell", "ChartInstrumentGroundCell", "ChartTargetGroundCount",
    "ChartActionCell", "ChartInstrumentActionCell", "ChartTargetAction", "ChartRollupGroundCount";
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
