-- Hand-written: a first import writes each action and each alias once. An action's derived
-- columns come from one definition, action_derived, which a writer can apply to rows it is about
-- to insert (passing the links it will insert) instead of rewriting every row and its indexes;
-- alias keys are computed faster (same values) and, in bulk mode, once per distinct name.

-- The derived columns of one action from its own columns and its links; evidence is read by
-- the action's id. A set-returning SQL function, so the planner inlines it into the caller's
-- FROM (LATERAL) and each target and piece of evidence is read once for both columns using it.
CREATE FUNCTION action_derived(action_id int, authority_id int, summary text, grounds_text text, target_ids int[], instrument_ids int[])
RETURNS TABLE ("sourceCount" int, "sortAuthority" text, "sortTargets" text, "sortInstruments" text, "searchText" text)
LANGUAGE sql STABLE ROWS 1 AS $$
  SELECT ev.source_count,
    (SELECT lower(au.name) FROM "Authority" au WHERE au.id = authority_id),
    coalesce(tg.sort_targets, ''),
    coalesce((SELECT string_agg(i.citation, ', ' ORDER BY i.citation) FROM "LegalInstrument" i WHERE i.id = ANY(instrument_ids)), ''),
    name_plain(concat_ws(' ', summary, grounds_text, tg.names, ev.quotes))
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
    "searchText" = d."searchText"
  FROM unnest(action_ids) AS ids(id)
  JOIN "SanctionAction" a2 ON a2.id = ids.id
  -- The links are gathered apart: a sub-select among the arguments would stop the inlining.
  CROSS JOIN LATERAL (SELECT ARRAY(SELECT at."targetId" FROM "ActionTarget" at WHERE at."actionId" = a2.id) AS target_ids,
    ARRAY(SELECT ai."instrumentId" FROM "ActionInstrument" ai WHERE ai."actionId" = a2.id) AS instrument_ids) l
  CROSS JOIN LATERAL action_derived(a2.id, a2."authorityId", a2.summary, a2."groundsText", l.target_ids, l.instrument_ids) d
  WHERE a.id = a2.id
$$;

-- As before (migration chart_ground_cells), less refresh_action_derived: the bulk writer now
-- inserts its actions with their derived columns (action_derived), so only the chart cells
-- and the counts of their targets, instruments and documents catch up here.
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
  SELECT chart_refresh_targets(ARRAY(SELECT DISTINCT "targetId" FROM "ActionTarget" WHERE "actionId" = ANY(action_ids)));
  SELECT chart_refresh_instruments(ARRAY(SELECT DISTINCT "instrumentId" FROM "ActionInstrument" WHERE "actionId" = ANY(action_ids)));
  SELECT chart_refresh_documents(ARRAY(SELECT DISTINCT "documentId" FROM "Evidence" WHERE "actionId" = ANY(action_ids)));
$$;

-- Name keys: the same values as before (migrations search_and_sort, official_lists_indexes),
-- computed faster and each from the previous one. The skeleton is now computed over the whole
-- plain name at once rather than word by word: none of its rules reaches across the single
-- spaces between words (\m is a word's start, \Y a point inside a word). Runs of one letter are
-- collapsed with the cheap '(.)\1' unless a run of three or more exists ('(.)\1+' costs several
-- times more). tests/integration/name-keys.test.ts compares them with the first definitions.
CREATE FUNCTION name_skeleton_of_plain(plain text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  s text := regexp_replace(regexp_replace(regexp_replace(
    replace(replace(replace(replace(replace(btrim(plain), 'gh', 'q'), 'kh', 'k'), 'dj', 'j'), 'ph', 'f'), 'w', 'v'),
    '([aeiouy])h(?=[aeiouy])', '\1', 'g'),
    '\m[aeiouy]+', 'a', 'g'),
    '\Y[aeiouy]+', '', 'g');
BEGIN
  RETURN ' ' || CASE WHEN s ~ '(.)\1\1' THEN regexp_replace(s, '(.)\1+', '\1', 'g') ELSE regexp_replace(s, '(.)\1', '\1', 'g') END;
END $$;

CREATE FUNCTION name_word_key_of_skeleton(skeleton text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_string(array_sort(string_to_array(btrim(skeleton), ' ')), ' ')
$$;

CREATE OR REPLACE FUNCTION name_skeleton(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT name_skeleton_of_plain(name_plain(input))
$$;

CREATE OR REPLACE FUNCTION name_word_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT name_word_key_of_skeleton(name_skeleton(input))
$$;

-- The alias keys were generated columns, each computed from the alias alone (the plain form
-- three times, the skeleton twice). A trigger now writes them, each from the previous one. In
-- bulk mode (migration bulk_write) an INSERT that brings its keys keeps them: the importer
-- computes them once per distinct name with these same functions, for matching and aliases.
ALTER TABLE "TargetAlias"
  ALTER COLUMN "plainKey" DROP EXPRESSION,
  ALTER COLUMN "skeletonKey" DROP EXPRESSION,
  ALTER COLUMN "wordKey" DROP EXPRESSION;

CREATE FUNCTION target_alias_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW."plainKey" IS NOT NULL AND current_setting('sanctions.bulk_write', true) = 'on' THEN
    RETURN NEW;
  END IF;
  NEW."plainKey" := name_plain(NEW.alias);
  NEW."skeletonKey" := name_skeleton_of_plain(NEW."plainKey");
  NEW."wordKey" := name_word_key_of_skeleton(NEW."skeletonKey");
  RETURN NEW;
END $$;

CREATE TRIGGER target_alias_keys BEFORE INSERT OR UPDATE ON "TargetAlias"
  FOR EACH ROW EXECUTE FUNCTION target_alias_keys();
