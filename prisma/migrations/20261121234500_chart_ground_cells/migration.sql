-- Hand-written: the overview's cells once more with a ground dimension, each action counted
-- once under each ground it states, so that a filter on ONE ground (the grounds bars' links)
-- reads cells. Several grounds mean "any of": summing their cells would count an action stating
-- two of them twice, so those searches still read the actions (lib/charts/charts-cells.ts).

CREATE TABLE "ChartDateGroundCell" (
  ground "GroundCategory" NOT NULL,
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  origin "ActionOrigin" NOT NULL,
  "startYear" int,
  "endYear" int,
  "hasInstruments" boolean NOT NULL,
  n int NOT NULL,
  UNIQUE NULLS NOT DISTINCT (ground, jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments")
);

CREATE TABLE "ChartInstrumentGroundCell" (
  "instrumentId" int NOT NULL,
  ground "GroundCategory" NOT NULL,
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  n int NOT NULL,
  PRIMARY KEY ("instrumentId", ground, jurisdiction, kind, status)
);
CREATE INDEX "ChartInstrumentGroundCell_ground" ON "ChartInstrumentGroundCell" (ground);

-- Actions other than proposals per target and ground, per jurisdiction and (NULL) in all.
CREATE TABLE "ChartTargetGroundCount" (
  "targetId" int NOT NULL,
  ground "GroundCategory" NOT NULL,
  jurisdiction "Jurisdiction",
  n int NOT NULL,
  UNIQUE NULLS NOT DISTINCT ("targetId", ground, jurisdiction)
);
CREATE INDEX "ChartTargetGroundCount_top" ON "ChartTargetGroundCount" (ground, jurisdiction, n DESC, "targetId") WHERE jurisdiction IS NOT NULL;
CREATE INDEX "ChartTargetGroundCount_top_all" ON "ChartTargetGroundCount" (ground, n DESC, "targetId") WHERE jurisdiction IS NULL;

-- The grounds of an action, each once.
CREATE FUNCTION chart_grounds(grounds "GroundCategory"[]) RETURNS SETOF "GroundCategory"
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT g FROM unnest(grounds) g
$$;

-- As chart_apply_action_deltas, for the per-ground date cells (standing aside in bulk mode too,
-- migration bulk_write; bulk_apply_new_actions below catches up).
CREATE FUNCTION chart_apply_ground_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  src text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT r.*, 1 AS sign FROM new_rows r'
    WHEN 'DELETE' THEN 'SELECT r.*, -1 AS sign FROM old_rows r'
    ELSE 'SELECT r.*, 1 AS sign FROM new_rows r UNION ALL SELECT r.*, -1 AS sign FROM old_rows r' END;
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  EXECUTE format($q$
    INSERT INTO "ChartDateGroundCell" AS c (ground, jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n)
    SELECT g, jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart"), chart_year("datePrecision", "dateEnd"),
      "sortInstruments" <> '', sum(sign)
    FROM (%s) d CROSS JOIN LATERAL chart_grounds(d."groundCategories") g
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(sign) <> 0
    ON CONFLICT (ground, jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments") DO UPDATE SET n = c.n + EXCLUDED.n
  $q$, src);
  DELETE FROM "ChartDateGroundCell" WHERE n = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER chart_action_grounds_inserted AFTER INSERT ON "SanctionAction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_ground_deltas();
CREATE TRIGGER chart_action_grounds_deleted AFTER DELETE ON "SanctionAction"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_ground_deltas();
CREATE TRIGGER chart_action_grounds_updated AFTER UPDATE ON "SanctionAction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_ground_deltas();

-- The existing refreshes (migration chart_cells) recount the per-ground cells of what they touch too.
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
$$;

CREATE OR REPLACE FUNCTION chart_refresh_targets(ids int[]) RETURNS void LANGUAGE sql AS $$
  SELECT chart_count_masks(ids, -1);
  DELETE FROM "ChartTargetCount" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetCount" ("targetId", jurisdiction, n, "openStarts", "minStart", "minEnd", "groundMask", "instrumentIds")
  SELECT at."targetId", a.jurisdiction, count(DISTINCT a.id), count(DISTINCT a.id) FILTER (WHERE a."dateStart" IS NULL),
    min(a."dateStart"), min(a."dateEnd"),
    bit_or(chart_ground_mask(a."groundCategories")),
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

CREATE OR REPLACE FUNCTION bulk_apply_new_actions(action_ids int[]) RETURNS void LANGUAGE sql AS $$
  SELECT refresh_action_derived(action_ids);
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
  SELECT chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(action_ids)));
  SELECT chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(action_ids)));
  SELECT chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(action_ids)));
$$;

CREATE OR REPLACE FUNCTION chart_rebuild_cells() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ChartDateCell", "ChartGroundCell", "ChartInstrumentCell", "ChartTargetCount", "ChartTargetMask",
    "ChartRollupCount", "ChartDocumentCount", "ChartDateGroundCell", "ChartInstrumentGroundCell", "ChartTargetGroundCount";
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
  SELECT chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget"));
  SELECT chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument"));
  SELECT chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence"));
$$;

SELECT chart_rebuild_cells();
