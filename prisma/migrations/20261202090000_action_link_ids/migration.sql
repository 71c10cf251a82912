-- Hand-written: each action carries the ids of its targets and of the instruments it cites
-- ("targetIds", "instrumentIds": derived columns from action_derived, like "sortTargets"), and the
-- three date indexes the charts read carry the instrument ids. A chart then reads the links of
-- the actions it counts from their rows (a text matching 31,000 actions: its distinct targets
-- counted in 113–115 ms, against 127–161 ms through "ActionTarget"), and the instruments chart
-- the actions a range of days cuts at its edges (lib/charts/charts-cells.ts) from index entries
-- alone (it joined each to "ActionInstrument": 24,000 probes for 2012-03-15 to 2019-07-01 at a
-- million actions).
ALTER TABLE "SanctionAction" ADD COLUMN "targetIds" int[] NOT NULL DEFAULT '{}',
  ADD COLUMN "instrumentIds" int[] NOT NULL DEFAULT '{}';

-- The chart cells do not depend on the new columns: their triggers stand aside for the backfill.
SET LOCAL sanctions.bulk_write = 'on';
UPDATE "SanctionAction" a SET
  "targetIds" = ARRAY(SELECT at."targetId" FROM "ActionTarget" at WHERE at."actionId" = a.id ORDER BY 1),
  "instrumentIds" = ARRAY(SELECT ai."instrumentId" FROM "ActionInstrument" ai WHERE ai."actionId" = a.id ORDER BY 1);
SET LOCAL sanctions.bulk_write = 'off';

DROP FUNCTION action_derived(int, int, text, text, int[], int[]);
CREATE FUNCTION action_derived(action_id int, authority_id int, summary text, grounds_text text, target_ids int[], instrument_ids int[])
RETURNS TABLE ("sourceCount" int, "sortAuthority" text, "sortTargets" text, "sortInstruments" text, "searchText" text,
  "targetIds" int[], "instrumentIds" int[])
LANGUAGE sql STABLE ROWS 1 AS $$
  SELECT ev.source_count,
    (SELECT lower(au.name) FROM "Authority" au WHERE au.id = authority_id),
    coalesce(tg.sort_targets, ''),
    coalesce((SELECT string_agg(i.citation, ', ' ORDER BY i.citation) FROM "LegalInstrument" i WHERE i.id = ANY(instrument_ids)), ''),
    name_plain(concat_ws(' ', summary, grounds_text, tg.names, ev.quotes)),
    ARRAY(SELECT DISTINCT t FROM unnest(target_ids) t ORDER BY t),
    ARRAY(SELECT DISTINCT i FROM unnest(instrument_ids) i ORDER BY i)
  FROM (
    SELECT string_agg(lower(t.name), '; ' ORDER BY lower(t.name)) AS sort_targets,
      string_agg(coalesce((SELECT string_agg(al.alias, ' ' ORDER BY al.alias) FROM "TargetAlias" al WHERE al."targetId" = t.id), t.name),
        ' ' ORDER BY t.name, t.id) AS names
    FROM "Target" t WHERE t.id = ANY(target_ids)
  ) tg, (
    SELECT count(DISTINCT e."documentId")::int AS source_count,
      string_agg(e.quote, ' ' ORDER BY e."documentId", e."startOffset", e.id) AS quotes
    FROM "Evidence" e WHERE e."actionId" = action_id
  ) ev
$$;

CREATE OR REPLACE FUNCTION refresh_action_derived(action_ids int[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "SanctionAction" a SET
    "sourceCount" = d."sourceCount",
    "sortAuthority" = d."sortAuthority",
    "sortTargets" = d."sortTargets",
    "sortInstruments" = d."sortInstruments",
    "searchText" = d."searchText",
    "targetIds" = d."targetIds",
    "instrumentIds" = d."instrumentIds"
  FROM unnest(action_ids) AS ids(id)
  JOIN "SanctionAction" a2 ON a2.id = ids.id
  -- The links are gathered apart: a sub-select among the arguments would stop the inlining.
  CROSS JOIN LATERAL (SELECT ARRAY(SELECT at."targetId" FROM "ActionTarget" at WHERE at."actionId" = a2.id) AS target_ids,
    ARRAY(SELECT ai."instrumentId" FROM "ActionInstrument" ai WHERE ai."actionId" = a2.id) AS instrument_ids) l
  CROSS JOIN LATERAL action_derived(a2.id, a2."authorityId", a2.summary, a2."groundsText", l.target_ids, l.instrument_ids) d
  WHERE a.id = a2.id
$$;

DROP INDEX "SanctionAction_default_sortDate_desc";
CREATE INDEX "SanctionAction_default_sortDate_desc" ON "SanctionAction" ("sortDate" DESC NULLS LAST, id DESC)
  INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd", "instrumentIds")
  WHERE kind <> 'PROPOSAL';
DROP INDEX "SanctionAction_default_sortDate_asc";
CREATE INDEX "SanctionAction_default_sortDate_asc" ON "SanctionAction" ("sortDate" ASC NULLS LAST, id ASC)
  INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd", "instrumentIds")
  WHERE kind <> 'PROPOSAL';
DROP INDEX "SanctionAction_lastDate";
CREATE INDEX "SanctionAction_lastDate" ON "SanctionAction" ((coalesce("dateEnd", "dateStart")) DESC NULLS LAST)
  INCLUDE (jurisdiction, kind, status, "authorityId", "groundCategories", "datePrecision", "dateStart", "dateEnd", "instrumentIds");
