-- Hand-written: pre-aggregated counts for the overview charts and the comparison, kept correct
-- by statement-level triggers on every write, so that the common views (no filter, or filters
-- on jurisdiction, kind and status only) read a few thousand rows instead of a million actions.
-- Counts over action columns change by deltas; counts over targets and instruments are
-- recomputed for the targets and instruments a statement touched.

-- The year of a date bound as the timeline counts it; none for an unknown date.
CREATE FUNCTION chart_year(date_precision "DatePrecision", bound date) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN date_precision = 'UNKNOWN' THEN NULL ELSE date_part('year', bound)::int END
$$;

CREATE TABLE "ChartDateCell" (
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  origin "ActionOrigin" NOT NULL,
  "startYear" int,
  "endYear" int,
  "hasInstruments" boolean NOT NULL,
  n int NOT NULL,
  UNIQUE NULLS NOT DISTINCT (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments")
);

-- ground NULL: actions stating no ground.
CREATE TABLE "ChartGroundCell" (
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  ground "GroundCategory",
  n int NOT NULL,
  UNIQUE NULLS NOT DISTINCT (jurisdiction, kind, status, ground)
);

CREATE TABLE "ChartInstrumentCell" (
  "instrumentId" int NOT NULL,
  jurisdiction "Jurisdiction" NOT NULL,
  kind "ActionKind" NOT NULL,
  status "ActionStatus" NOT NULL,
  n int NOT NULL,
  PRIMARY KEY ("instrumentId", jurisdiction, kind, status)
);

-- Actions other than proposals per target, per jurisdiction and (jurisdiction NULL) in all,
-- with what the comparison needs: of the first date, actions with no known start, the
-- earliest start and the earliest end; the grounds stated (chart_ground_mask) and the
-- instruments cited.
CREATE TABLE "ChartTargetCount" (
  "targetId" int NOT NULL,
  jurisdiction "Jurisdiction",
  n int NOT NULL,
  "openStarts" int NOT NULL,
  "minStart" date,
  "minEnd" date,
  "groundMask" int NOT NULL,
  "instrumentIds" int[] NOT NULL,
  UNIQUE NULLS NOT DISTINCT ("targetId", jurisdiction)
);
-- Most-sanctioned first, per jurisdiction and in all (partial: "IS NULL" gives no order).
CREATE INDEX "ChartTargetCount_top" ON "ChartTargetCount" (jurisdiction, n DESC, "targetId") WHERE jurisdiction IS NOT NULL;
CREATE INDEX "ChartTargetCount_top_all" ON "ChartTargetCount" (n DESC, "targetId") WHERE jurisdiction IS NULL;

-- For each top-level target (one with no relation to a parent), actions other than proposals
-- against it or the units and officials under it, up to three relations down — the table's
-- related=true — each action once; per jurisdiction and (NULL) in all.
CREATE TABLE "ChartRollupCount" (
  "rootId" int NOT NULL,
  jurisdiction "Jurisdiction",
  n int NOT NULL,
  UNIQUE NULLS NOT DISTINCT ("rootId", jurisdiction)
);
CREATE INDEX "ChartRollupCount_top" ON "ChartRollupCount" (jurisdiction, n DESC, "rootId") WHERE jurisdiction IS NOT NULL;
CREATE INDEX "ChartRollupCount_top_all" ON "ChartRollupCount" (n DESC, "rootId") WHERE jurisdiction IS NULL;

-- Pieces of evidence per source document and jurisdiction, actions other than proposals:
-- how many documents each side's record rests on.
CREATE TABLE "ChartDocumentCount" (
  "documentId" int NOT NULL,
  jurisdiction "Jurisdiction" NOT NULL,
  n int NOT NULL,
  PRIMARY KEY (jurisdiction, "documentId")
);

-- The latest known date bound (the earliest is "sortDate", already indexed).
CREATE INDEX "SanctionAction_lastDate" ON "SanctionAction" ((coalesce("dateEnd", "dateStart")) DESC NULLS LAST);

-- Targets by the set of jurisdictions that acted on them (one bit each, chart_jurisdiction_bit),
-- so that "both / only A / only B" for any pair reads 16 rows.
CREATE TABLE "ChartTargetMask" (
  mask int PRIMARY KEY,
  n int NOT NULL
);

-- One bit per ground category, in the enum's order; chart_ground_list reads it back.
CREATE FUNCTION chart_ground_mask(grounds "GroundCategory"[]) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(bit_or(1 << (array_position(enum_range(NULL::"GroundCategory"), g) - 1)), 0)::int
  FROM unnest(grounds) g
$$;
CREATE FUNCTION chart_ground_list(mask int) RETURNS "GroundCategory"[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(g ORDER BY i), '{}') FROM unnest(enum_range(NULL::"GroundCategory")) WITH ORDINALITY e(g, i)
  WHERE mask & (1 << (i - 1)::int) <> 0
$$;

CREATE FUNCTION chart_jurisdiction_bit(j "Jurisdiction") RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE j WHEN 'US' THEN 1 WHEN 'EU' THEN 2 WHEN 'UN' THEN 4 WHEN 'UK' THEN 8 END
$$;

-- Adds (sign 1) or removes (sign -1) the current masks of the given targets.
CREATE FUNCTION chart_count_masks(ids int[], sign int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ChartTargetMask" AS m (mask, n)
  SELECT mask, sign * count(*) FROM (
    SELECT bit_or(chart_jurisdiction_bit(jurisdiction)) AS mask FROM "ChartTargetCount"
    WHERE "targetId" = ANY(ids) AND jurisdiction IS NOT NULL GROUP BY "targetId"
  ) t GROUP BY mask
  ON CONFLICT (mask) DO UPDATE SET n = m.n + EXCLUDED.n;
$$;

-- Applies the actions a statement inserted (+1), deleted (-1) or updated (both) to the cells.
CREATE FUNCTION chart_apply_action_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  src text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT r.*, 1 AS sign FROM new_rows r'
    WHEN 'DELETE' THEN 'SELECT r.*, -1 AS sign FROM old_rows r'
    ELSE 'SELECT r.*, 1 AS sign FROM new_rows r UNION ALL SELECT r.*, -1 AS sign FROM old_rows r' END;
BEGIN
  EXECUTE format($q$
    INSERT INTO "ChartDateCell" AS c (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n)
    SELECT jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart"), chart_year("datePrecision", "dateEnd"),
      "sortInstruments" <> '', sum(sign)
    FROM (%s) d GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(sign) <> 0
    ON CONFLICT (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments") DO UPDATE SET n = c.n + EXCLUDED.n
  $q$, src);
  EXECUTE format($q$
    INSERT INTO "ChartGroundCell" AS c (jurisdiction, kind, status, ground, n)
    SELECT jurisdiction, kind, status, g, sum(sign)
    FROM (%s) d LEFT JOIN LATERAL unnest(d."groundCategories") g ON true
    GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0
    ON CONFLICT (jurisdiction, kind, status, ground) DO UPDATE SET n = c.n + EXCLUDED.n
  $q$, src);
  DELETE FROM "ChartDateCell" WHERE n = 0;
  DELETE FROM "ChartGroundCell" WHERE n = 0;
  RETURN NULL;
END $$;

-- Recounts the top-level targets among the given targets and their parents (three levels up).
CREATE FUNCTION chart_refresh_rollups(ids int[]) RETURNS void LANGUAGE sql AS $$
  WITH RECURSIVE up(id, depth) AS (
    SELECT unnest(ids), 0
    UNION
    SELECT r."toId", up.depth + 1 FROM up JOIN "TargetRelation" r ON r."fromId" = up.id WHERE up.depth < 3
  )
  DELETE FROM "ChartRollupCount" WHERE "rootId" IN (SELECT id FROM up);
  WITH RECURSIVE up(id, depth) AS (
    SELECT unnest(ids), 0
    UNION
    SELECT r."toId", up.depth + 1 FROM up JOIN "TargetRelation" r ON r."fromId" = up.id WHERE up.depth < 3
  ), down(root, id, depth) AS (
    SELECT DISTINCT id, id, 0 FROM up WHERE NOT EXISTS (SELECT 1 FROM "TargetRelation" r WHERE r."fromId" = up.id)
    UNION
    SELECT down.root, r."fromId", down.depth + 1 FROM down JOIN "TargetRelation" r ON r."toId" = down.id WHERE down.depth < 3
  )
  INSERT INTO "ChartRollupCount" ("rootId", jurisdiction, n)
  SELECT down.root, a.jurisdiction, count(DISTINCT a.id)
  FROM down JOIN "ActionTarget" at ON at."targetId" = down.id JOIN "SanctionAction" a ON a.id = at."actionId"
  WHERE a.kind <> 'PROPOSAL'
  GROUP BY GROUPING SETS ((down.root, a.jurisdiction), (down.root));
$$;

CREATE FUNCTION chart_refresh_targets(ids int[]) RETURNS void LANGUAGE sql AS $$
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
  SELECT chart_count_masks(ids, 1);
  SELECT chart_refresh_rollups(ids);
$$;

CREATE FUNCTION chart_refresh_instruments(ids int[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ChartInstrumentCell" WHERE "instrumentId" = ANY(ids);
  INSERT INTO "ChartInstrumentCell" ("instrumentId", jurisdiction, kind, status, n)
  SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, count(*)
  FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId"
  WHERE ai."instrumentId" = ANY(ids)
  GROUP BY 1, 2, 3, 4;
$$;

CREATE FUNCTION chart_refresh_documents(ids int[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ChartDocumentCount" WHERE "documentId" = ANY(ids);
  INSERT INTO "ChartDocumentCount" ("documentId", jurisdiction, n)
  SELECT e."documentId", a.jurisdiction, count(*)
  FROM "Evidence" e JOIN "SanctionAction" a ON a.id = e."actionId"
  WHERE e."documentId" = ANY(ids) AND a.kind <> 'PROPOSAL'
  GROUP BY 1, 2;
$$;

CREATE FUNCTION chart_refresh_links_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'ActionTarget' THEN
    PERFORM chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM new_rows));
  ELSIF TG_TABLE_NAME = 'Evidence' THEN
    PERFORM chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM new_rows));
  ELSE
    PERFORM chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM new_rows));
    PERFORM chart_refresh_targets(ARRAY(
      SELECT DISTINCT at."targetId" FROM "ActionTarget" at WHERE at."actionId" IN (SELECT "actionId" FROM new_rows)));
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION chart_refresh_links_from_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'ActionTarget' THEN
    PERFORM chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM old_rows));
  ELSIF TG_TABLE_NAME = 'Evidence' THEN
    PERFORM chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM old_rows));
  ELSE
    PERFORM chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM old_rows));
    PERFORM chart_refresh_targets(ARRAY(
      SELECT DISTINCT at."targetId" FROM "ActionTarget" at WHERE at."actionId" IN (SELECT "actionId" FROM old_rows)));
  END IF;
  RETURN NULL;
END $$;

-- Evidence moved to another document or action changes both documents' counts.
CREATE FUNCTION chart_refresh_evidence_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM chart_refresh_documents(ARRAY(
    SELECT "documentId" FROM new_rows UNION SELECT "documentId" FROM old_rows));
  RETURN NULL;
END $$;

-- An action whose jurisdiction, kind, status, dates or grounds change moves between cells of
-- its targets, instruments and documents. (A deleted action's links go by cascade, through the triggers above.)
CREATE FUNCTION chart_refresh_links_of_updated_actions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed int[] := ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.jurisdiction, n.kind, n.status, n."dateStart", n."dateEnd", n."groundCategories")
      IS DISTINCT FROM (o.jurisdiction, o.kind, o.status, o."dateStart", o."dateEnd", o."groundCategories"));
BEGIN
  IF cardinality(changed) > 0 THEN
    PERFORM chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(changed)));
  END IF;
  RETURN NULL;
END $$;

-- A relation added, changed or removed regroups the targets at both of its ends.
CREATE FUNCTION chart_refresh_relations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM chart_refresh_rollups(ARRAY(SELECT "fromId" FROM new_rows UNION SELECT "toId" FROM new_rows));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM chart_refresh_rollups(ARRAY(SELECT "fromId" FROM old_rows UNION SELECT "toId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER chart_relation_inserted AFTER INSERT ON "TargetRelation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_relations();
CREATE TRIGGER chart_relation_updated AFTER UPDATE ON "TargetRelation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_relations();
CREATE TRIGGER chart_relation_deleted AFTER DELETE ON "TargetRelation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_relations();

CREATE TRIGGER chart_action_inserted AFTER INSERT ON "SanctionAction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_action_deltas();
CREATE TRIGGER chart_action_deleted AFTER DELETE ON "SanctionAction"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_action_deltas();
CREATE TRIGGER chart_action_updated AFTER UPDATE ON "SanctionAction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_apply_action_deltas();
CREATE TRIGGER chart_action_links_updated AFTER UPDATE ON "SanctionAction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_links_of_updated_actions();
CREATE TRIGGER chart_action_target_inserted AFTER INSERT ON "ActionTarget"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_links_from_new_rows();
CREATE TRIGGER chart_action_target_deleted AFTER DELETE ON "ActionTarget"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_links_from_old_rows();
CREATE TRIGGER chart_action_instrument_inserted AFTER INSERT ON "ActionInstrument"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_links_from_new_rows();
CREATE TRIGGER chart_action_instrument_deleted AFTER DELETE ON "ActionInstrument"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_links_from_old_rows();
CREATE TRIGGER chart_evidence_inserted AFTER INSERT ON "Evidence"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_links_from_new_rows();
CREATE TRIGGER chart_evidence_updated AFTER UPDATE ON "Evidence"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_evidence_moves();
CREATE TRIGGER chart_evidence_deleted AFTER DELETE ON "Evidence"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION chart_refresh_links_from_old_rows();

-- Recounts every cell from the actions: for the data already there, and for bulk loads that
-- run with triggers disabled (npm run synthetic).
CREATE FUNCTION chart_rebuild_cells() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ChartDateCell", "ChartGroundCell", "ChartInstrumentCell", "ChartTargetCount", "ChartTargetMask",
    "ChartRollupCount", "ChartDocumentCount";
  INSERT INTO "ChartDateCell" (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n)
  SELECT jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart"), chart_year("datePrecision", "dateEnd"),
    "sortInstruments" <> '', count(*)
  FROM "SanctionAction" GROUP BY 1, 2, 3, 4, 5, 6, 7;
  INSERT INTO "ChartGroundCell" (jurisdiction, kind, status, ground, n)
  SELECT jurisdiction, kind, status, g, count(*)
  FROM "SanctionAction" a LEFT JOIN LATERAL unnest(a."groundCategories") g ON true GROUP BY 1, 2, 3, 4;
  SELECT chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget"));
  SELECT chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument"));
  SELECT chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence"));
$$;

SELECT chart_rebuild_cells();
