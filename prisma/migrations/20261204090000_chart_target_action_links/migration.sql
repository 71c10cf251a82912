-- Hand-written: each "ChartTargetAction" row carries its action's target and instrument ids
-- (the action's derived "targetIds" and "instrumentIds", migration action_link_ids), in the
-- primary key's covering columns. A chart over many targets' actions (a text naming 2,037
-- targets under another spelling: 27,000 actions) then reads their other targets and their
-- instruments from the same index entries, where it probed "ActionTarget" and
-- "ActionInstrument" once per action (100-140 ms at a million actions).
ALTER TABLE "ChartTargetAction" ADD COLUMN "targetIds" int[] NOT NULL DEFAULT '{}',
  ADD COLUMN "instrumentIds" int[] NOT NULL DEFAULT '{}';
UPDATE "ChartTargetAction" c SET "targetIds" = a."targetIds", "instrumentIds" = a."instrumentIds"
FROM "SanctionAction" a WHERE a.id = c.id;
ALTER TABLE "ChartTargetAction" DROP CONSTRAINT "ChartTargetAction_pkey",
  ADD CONSTRAINT "ChartTargetAction_pkey" PRIMARY KEY ("targetId", id)
  INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd", "hasInstruments",
    "targetIds", "instrumentIds");

-- As in migration chart_year_and_kind_counts, the rows written with their link ids. The derived
-- columns are current when it runs: the bulk writer inserts actions with them, and the
-- derived-column triggers (action_*) fire before the chart triggers (chart_*), in name order.
CREATE OR REPLACE FUNCTION chart_refresh_target_cells(ids int[]) RETURNS void LANGUAGE sql AS $function$
  SELECT chart_count_masks(ids, -1);
  DELETE FROM "ChartTargetAction" WHERE "targetId" = ANY(ids);
  INSERT INTO "ChartTargetAction" ("targetId", id, jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision",
    "dateStart", "dateEnd", "hasInstruments", "targetIds", "instrumentIds")
  SELECT at."targetId", a.id, a.jurisdiction, a.kind, a.status, a."authorityId", a."groundCategories", a."datePrecision",
    a."dateStart", a."dateEnd", EXISTS (SELECT 1 FROM "ActionInstrument" ai WHERE ai."actionId" = a.id), a."targetIds", a."instrumentIds"
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
$function$;

-- As in migration chart_target_actions; and an action whose links changed (its derived
-- "targetIds" or "instrumentIds") has every one of its targets' rows rewritten, since each row
-- of its carries the ids: the links' own triggers rewrite only the targets added or removed.
CREATE OR REPLACE FUNCTION chart_refresh_links_of_updated_actions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed int[] := ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.jurisdiction, n.kind, n.status, n."authorityId", n."datePrecision", n."dateStart", n."dateEnd", n."groundCategories")
      IS DISTINCT FROM (o.jurisdiction, o.kind, o.status, o."authorityId", o."datePrecision", o."dateStart", o."dateEnd", o."groundCategories"));
  relinked int[] := ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."targetIds", n."instrumentIds") IS DISTINCT FROM (o."targetIds", o."instrumentIds"));
BEGIN
  IF current_setting('sanctions.bulk_write', true) = 'on' THEN RETURN NULL; END IF;
  IF cardinality(changed) > 0 OR cardinality(relinked) > 0 THEN
    PERFORM chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(changed || relinked)));
  END IF;
  IF cardinality(changed) > 0 THEN
    PERFORM chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(changed)));
    PERFORM chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(changed)));
  END IF;
  RETURN NULL;
END $$;
