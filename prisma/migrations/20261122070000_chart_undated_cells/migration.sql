-- Hand-written: "ChartActionCell" (migration chart_filter_cells) without its dates, a few
-- thousand rows instead of 120,000 at a million actions: the figures and charts other than the
-- timeline read it when the search has no date range (lib/charts/charts-cells.ts chartRows).

CREATE TABLE "ChartUndatedCell" (
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  "authorityId" int NOT NULL,
  "groundCategories" "GroundCategory"[] NOT NULL,
  "hasInstruments" boolean NOT NULL,
  n int NOT NULL,
  UNIQUE (jurisdiction, kind, status, "authorityId", "groundCategories", "hasInstruments")
);

-- As chart_action_cell_upsert, for the undated cells.
CREATE FUNCTION chart_undated_cell_upsert(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    INSERT INTO "ChartUndatedCell" AS c (jurisdiction, kind, status, "authorityId", "groundCategories", "hasInstruments", n)
    SELECT jurisdiction, kind, status, "authorityId", chart_ground_set("groundCategories"), "sortInstruments" <> '', sum(sign)
    FROM (%s) d GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(sign) <> 0
    ON CONFLICT (jurisdiction, kind, status, "authorityId", "groundCategories", "hasInstruments") DO UPDATE SET n = c.n + EXCLUDED.n
  $q$, src)
$f$;

-- As in migration chart_filter_cells, adding to both.
CREATE OR REPLACE FUNCTION chart_apply_action_cell_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  src text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT r.*, 1 AS sign FROM new_rows r'
    WHEN 'DELETE' THEN 'SELECT r.*, -1 AS sign FROM old_rows r'
    ELSE 'SELECT r.*, 1 AS sign FROM new_rows r UNION ALL SELECT r.*, -1 AS sign FROM old_rows r' END;
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  EXECUTE chart_action_cell_upsert(src);
  EXECUTE chart_undated_cell_upsert(src);
  DELETE FROM "ChartActionCell" WHERE n = 0;
  DELETE FROM "ChartUndatedCell" WHERE n = 0;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION chart_add_action_cells(action_ids int[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  src text := 'SELECT a.*, 1 AS sign FROM "SanctionAction" a WHERE a.id = ANY($1)';
BEGIN
  EXECUTE chart_action_cell_upsert(src) USING action_ids;
  EXECUTE chart_undated_cell_upsert(src) USING action_ids;
END $$;

-- As in migration chart_target_actions, emptying the new table too.
CREATE OR REPLACE FUNCTION chart_rebuild_cells() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ChartDateCell", "ChartGroundCell", "ChartInstrumentCell", "ChartTargetCount", "ChartTargetMask",
    "ChartRollupCount", "ChartDocumentCount", "ChartDateGroundCell", "ChartInstrumentGroundCell", "ChartTargetGroundCount",
    "ChartActionCell", "ChartInstrumentActionCell", "ChartTargetAction", "ChartRollupGroundCount",
    "ChartUndatedCell";
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

INSERT INTO "ChartUndatedCell" (jurisdiction, kind, status, "authorityId", "groundCategories", "hasInstruments", n)
SELECT jurisdiction, kind, status, "authorityId", "groundCategories", "hasInstruments", sum(n)
FROM "ChartActionCell" GROUP BY 1, 2, 3, 4, 5, 6;
