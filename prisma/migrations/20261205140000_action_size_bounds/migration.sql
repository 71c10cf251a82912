-- Hand-written: an action with many targets could not be written. Its sort key for targets
-- ("sortTargets", every name joined) and the index rows that carry its links ("targetIds",
-- "instrumentIds" in "ChartTargetAction"'s primary key and the date indexes) outgrew a btree
-- row (2,704 bytes): 70 targets of 37-letter names failed on "SanctionAction_sortTargets_id",
-- ~650 short ones on "ChartTargetAction_pkey", each with an index error naming neither cause.
-- The sort keys now keep their first 200 characters, which order actions as the whole list
-- did unless those agree (then by id, as any tie). The links are bounded by name: at most 400
-- targets and 100 instruments an action, so that the widest index row stays under the limit.
-- Official lists give one action per entry; an article's action naming more targets than
-- that is better recorded as several actions.
CREATE OR REPLACE FUNCTION action_derived(action_id int, authority_id int, summary text, grounds_text text, target_ids int[], instrument_ids int[])
RETURNS TABLE ("sourceCount" int, "sortAuthority" text, "sortTargets" text, "sortInstruments" text, "searchText" text,
  "targetIds" int[], "instrumentIds" int[])
LANGUAGE sql STABLE ROWS 1 AS $$
  SELECT ev.source_count,
    (SELECT lower(au.name) FROM "Authority" au WHERE au.id = authority_id),
    left(coalesce(tg.sort_targets, ''), 200),
    left(coalesce((SELECT string_agg(i.citation, ', ' ORDER BY i.citation) FROM "LegalInstrument" i WHERE i.id = ANY(instrument_ids)), ''), 200),
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

-- No chart counts the sort keys: the chart triggers stand aside (migration bulk_write).
SET LOCAL sanctions.bulk_write = 'on';
UPDATE "SanctionAction" SET "sortTargets" = left("sortTargets", 200), "sortInstruments" = left("sortInstruments", 200)
WHERE length("sortTargets") > 200 OR length("sortInstruments") > 200;
SET LOCAL sanctions.bulk_write = 'off';

-- An action already past the bounds (100 instruments and few targets fitted every index) stops
-- the migration by name, rather than with the check's "violated by some row".
DO $$
DECLARE crowded text;
BEGIN
  SELECT string_agg(format('%s (id %s: %s targets, %s instruments)', a.slug, a.id, cardinality(a."targetIds"), cardinality(a."instrumentIds")), '; ')
  INTO crowded
  FROM (SELECT * FROM "SanctionAction" WHERE cardinality("targetIds") > 400 OR cardinality("instrumentIds") > 100 ORDER BY id LIMIT 20) a;
  IF crowded IS NOT NULL THEN
    RAISE EXCEPTION 'Actions past the bounds of 400 targets and 100 instruments: %. Record each as several actions, then migrate again.', crowded;
  END IF;
END $$;

ALTER TABLE "SanctionAction"
  ADD CONSTRAINT "SanctionAction_at_most_400_targets" CHECK (cardinality("targetIds") <= 400),
  ADD CONSTRAINT "SanctionAction_at_most_100_instruments" CHECK (cardinality("instrumentIds") <= 100);
