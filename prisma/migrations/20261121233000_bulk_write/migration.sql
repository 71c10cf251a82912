-- Hand-written: a transaction-local bulk-write mode. With `SET LOCAL sanctions.bulk_write = 'on'`
-- the derived-column and chart-cell triggers return at once; the writer then brings what it
-- wrote up to date in one set-based step (bulk_apply_new_actions), as the importer does.

CREATE OR REPLACE FUNCTION refresh_actions_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM refresh_action_derived(ARRAY(SELECT DISTINCT "actionId" FROM new_rows));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION refresh_actions_from_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM refresh_action_derived(ARRAY(SELECT DISTINCT "actionId" FROM old_rows));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION refresh_new_actions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM refresh_action_derived(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION refresh_actions_of_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM refresh_action_derived(ARRAY(
    SELECT DISTINCT at."actionId" FROM "ActionTarget" at
    WHERE at."targetId" IN (SELECT "targetId" FROM changed_rows)));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION refresh_actions_of_changed_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM refresh_action_derived(ARRAY(
    SELECT DISTINCT at."actionId" FROM "ActionTarget" at WHERE at."targetId" IN (SELECT id FROM changed_rows)));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION refresh_actions_of_changed_authorities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM refresh_action_derived(ARRAY(
    SELECT a.id FROM "SanctionAction" a WHERE a."authorityId" IN (SELECT id FROM changed_rows)));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION refresh_actions_of_changed_instruments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM refresh_action_derived(ARRAY(
    SELECT DISTINCT ai."actionId" FROM "ActionInstrument" ai WHERE ai."instrumentId" IN (SELECT id FROM changed_rows)));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION chart_apply_action_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  src text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT r.*, 1 AS sign FROM new_rows r'
    WHEN 'DELETE' THEN 'SELECT r.*, -1 AS sign FROM old_rows r'
    ELSE 'SELECT r.*, 1 AS sign FROM new_rows r UNION ALL SELECT r.*, -1 AS sign FROM old_rows r' END;
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
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

CREATE OR REPLACE FUNCTION chart_refresh_links_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
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

CREATE OR REPLACE FUNCTION chart_refresh_links_from_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
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

CREATE OR REPLACE FUNCTION chart_refresh_evidence_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM chart_refresh_documents(ARRAY(
    SELECT "documentId" FROM new_rows UNION SELECT "documentId" FROM old_rows));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION chart_refresh_links_of_updated_actions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed int[] := ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.jurisdiction, n.kind, n.status, n."dateStart", n."dateEnd", n."groundCategories")
      IS DISTINCT FROM (o.jurisdiction, o.kind, o.status, o."dateStart", o."dateEnd", o."groundCategories"));
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  IF cardinality(changed) > 0 THEN
    PERFORM chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(changed)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION chart_refresh_relations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM chart_refresh_rollups(ARRAY(SELECT "fromId" FROM new_rows UNION SELECT "toId" FROM new_rows));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM chart_refresh_rollups(ARRAY(SELECT "fromId" FROM old_rows UNION SELECT "toId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- What the triggers would have done for actions written in bulk mode that did not exist
-- before (with their targets, instruments and evidence): derived columns computed once, the
-- actions added to the date and ground cells, and their targets, instruments and documents
-- recounted. Call it in bulk mode, so that its own update fires no trigger.
CREATE FUNCTION bulk_apply_new_actions(action_ids int[]) RETURNS void LANGUAGE sql AS $$
  SELECT refresh_action_derived(action_ids);
  INSERT INTO "ChartDateCell" AS c (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n)
  SELECT jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart"), chart_year("datePrecision", "dateEnd"),
    "sortInstruments" <> '', count(*)
  FROM "SanctionAction" WHERE id = ANY(action_ids) GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments") DO UPDATE SET n = c.n + EXCLUDED.n;
  INSERT INTO "ChartGroundCell" AS c (jurisdiction, kind, status, ground, n)
  SELECT jurisdiction, kind, status, g, count(*)
  FROM "SanctionAction" a LEFT JOIN LATERAL unnest(a."groundCategories") g ON true WHERE a.id = ANY(action_ids) GROUP BY 1, 2, 3, 4
  ON CONFLICT (jurisdiction, kind, status, ground) DO UPDATE SET n = c.n + EXCLUDED.n;
  SELECT chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(action_ids)));
  SELECT chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(action_ids)));
  SELECT chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(action_ids)));
$$;
