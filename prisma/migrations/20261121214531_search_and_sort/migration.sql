-- Hand-written: name matching across spellings, derived sort/search columns kept correct by
-- triggers, and the indexes that keep sorting, filtering and search in SQL at a million actions.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Lower case, no accents, punctuation to single spaces, with a leading space so that
-- "word starts with" is the index-friendly LIKE '% word%'.
CREATE FUNCTION name_plain(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ' ' || btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, input)), '[^a-z0-9]+', ' ', 'g'))
$$;

-- A consonant skeleton that folds the usual transliteration variants of Persian and Arabic
-- names onto one key: Assadi/Asadi, Mohseni-Ejei/Mohseni-Ejehi, Qods/Quds, Qasem/Ghasem,
-- Soleimani/Suleimani, Esmail/Ismail, Heydar/Heidar/Haidar. Per word: gh→q, kh→k, dj→j,
-- ph→f, w→v; h between vowels dropped; vowels dropped except a leading one, which becomes
-- "a"; doubled letters collapsed.
CREATE FUNCTION name_skeleton(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ' ' || coalesce(string_agg(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(
            replace(replace(replace(replace(replace(word, 'gh', 'q'), 'kh', 'k'), 'dj', 'j'), 'ph', 'f'), 'w', 'v'),
            '([aeiouy])h(?=[aeiouy])', '\1', 'g'),
          '^[aeiouy]+', 'a'),
        '(?<=.)[aeiouy]+', '', 'g'),
      '(.)\1+', '\1', 'g'),
    ' ' ORDER BY position), '')
  FROM regexp_split_to_table(btrim(name_plain(input)), ' ') WITH ORDINALITY AS w(word, position)
  WHERE word <> ''
$$;

ALTER TABLE "TargetAlias"
  ADD COLUMN "plainKey" text GENERATED ALWAYS AS (name_plain("alias")) STORED,
  ADD COLUMN "skeletonKey" text GENERATED ALWAYS AS (name_skeleton("alias")) STORED;
CREATE INDEX "TargetAlias_plainKey_trgm" ON "TargetAlias" USING gin ("plainKey" gin_trgm_ops);
CREATE INDEX "TargetAlias_skeletonKey_trgm" ON "TargetAlias" USING gin ("skeletonKey" gin_trgm_ops);

-- Date sort key: the earliest known bound; unknown dates sort last in both directions.
ALTER TABLE "SanctionAction" ADD COLUMN "sortDate" date GENERATED ALWAYS AS (coalesce("dateStart", "dateEnd")) STORED;

-- Every sortable column gets an index in both directions with the id tiebreaker.
CREATE INDEX "SanctionAction_sortDate_asc" ON "SanctionAction" ("sortDate" ASC NULLS LAST, id ASC);
CREATE INDEX "SanctionAction_sortDate_desc" ON "SanctionAction" ("sortDate" DESC NULLS LAST, id DESC);
CREATE INDEX "SanctionAction_jurisdiction_sortDate" ON "SanctionAction" (jurisdiction, "sortDate" DESC NULLS LAST, id DESC);
CREATE INDEX "SanctionAction_kind_id" ON "SanctionAction" (kind, id);
CREATE INDEX "SanctionAction_status_id" ON "SanctionAction" (status, id);
CREATE INDEX "SanctionAction_jurisdiction_id" ON "SanctionAction" (jurisdiction, id);
CREATE INDEX "SanctionAction_sortAuthority_id" ON "SanctionAction" ("sortAuthority", id);
CREATE INDEX "SanctionAction_sortTargets_id" ON "SanctionAction" ("sortTargets", id);
CREATE INDEX "SanctionAction_sortInstruments_id" ON "SanctionAction" ("sortInstruments", id);
CREATE INDEX "SanctionAction_sourceCount_id" ON "SanctionAction" ("sourceCount", id);
CREATE INDEX "SanctionAction_groundCategories" ON "SanctionAction" USING gin ("groundCategories");
CREATE INDEX "SanctionAction_searchText_trgm" ON "SanctionAction" USING gin ("searchText" gin_trgm_ops);

-- Recomputes the derived columns of the given actions in one set-based statement.
CREATE FUNCTION refresh_action_derived(action_ids int[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "SanctionAction" a SET
    "sourceCount" = d.source_count,
    "sortAuthority" = d.sort_authority,
    "sortTargets" = d.sort_targets,
    "sortInstruments" = d.sort_instruments,
    "searchText" = d.search_text
  FROM (
    SELECT a2.id,
      (SELECT count(DISTINCT e."documentId")::int FROM "Evidence" e WHERE e."actionId" = a2.id) AS source_count,
      lower(au.name) AS sort_authority,
      coalesce((SELECT string_agg(lower(t.name), '; ' ORDER BY lower(t.name))
                FROM "ActionTarget" at JOIN "Target" t ON t.id = at."targetId" WHERE at."actionId" = a2.id), '') AS sort_targets,
      coalesce((SELECT string_agg(i.citation, ', ' ORDER BY i.citation)
                FROM "ActionInstrument" ai JOIN "LegalInstrument" i ON i.id = ai."instrumentId" WHERE ai."actionId" = a2.id), '') AS sort_instruments,
      name_plain(concat_ws(' ', a2.summary, a2."groundsText",
        (SELECT string_agg(coalesce((SELECT string_agg(al.alias, ' ' ORDER BY al.alias) FROM "TargetAlias" al WHERE al."targetId" = t.id), t.name), ' ' ORDER BY t.name, t.id)
           FROM "ActionTarget" at JOIN "Target" t ON t.id = at."targetId" WHERE at."actionId" = a2.id),
        (SELECT string_agg(e.quote, ' ' ORDER BY e."documentId", e."startOffset", e.id) FROM "Evidence" e WHERE e."actionId" = a2.id))) AS search_text
    FROM unnest(action_ids) AS ids(id)
    JOIN "SanctionAction" a2 ON a2.id = ids.id
    JOIN "Authority" au ON au.id = a2."authorityId"
  ) d
  WHERE a.id = d.id
$$;

-- Statement-level triggers with transition tables: one set-based refresh per statement, so a
-- bulk load of a million rows refreshes once rather than a million times.
CREATE FUNCTION refresh_actions_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_action_derived(ARRAY(SELECT DISTINCT "actionId" FROM new_rows));
  RETURN NULL;
END $$;
CREATE FUNCTION refresh_actions_from_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_action_derived(ARRAY(SELECT DISTINCT "actionId" FROM old_rows));
  RETURN NULL;
END $$;
CREATE FUNCTION refresh_new_actions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_action_derived(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END $$;
CREATE FUNCTION refresh_actions_of_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_action_derived(ARRAY(
    SELECT DISTINCT at."actionId" FROM "ActionTarget" at
    WHERE at."targetId" IN (SELECT "targetId" FROM changed_rows)));
  RETURN NULL;
END $$;
CREATE FUNCTION refresh_actions_of_changed_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_action_derived(ARRAY(
    SELECT DISTINCT at."actionId" FROM "ActionTarget" at WHERE at."targetId" IN (SELECT id FROM changed_rows)));
  RETURN NULL;
END $$;
CREATE FUNCTION refresh_actions_of_changed_authorities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_action_derived(ARRAY(
    SELECT a.id FROM "SanctionAction" a WHERE a."authorityId" IN (SELECT id FROM changed_rows)));
  RETURN NULL;
END $$;
CREATE FUNCTION refresh_actions_of_changed_instruments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_action_derived(ARRAY(
    SELECT DISTINCT ai."actionId" FROM "ActionInstrument" ai WHERE ai."instrumentId" IN (SELECT id FROM changed_rows)));
  RETURN NULL;
END $$;

CREATE TRIGGER action_inserted AFTER INSERT ON "SanctionAction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_new_actions();
CREATE TRIGGER action_updated AFTER UPDATE ON "SanctionAction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION refresh_new_actions();

CREATE TRIGGER action_target_inserted AFTER INSERT ON "ActionTarget"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_from_new_rows();
CREATE TRIGGER action_target_deleted AFTER DELETE ON "ActionTarget"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_from_old_rows();
CREATE TRIGGER action_instrument_inserted AFTER INSERT ON "ActionInstrument"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_from_new_rows();
CREATE TRIGGER action_instrument_deleted AFTER DELETE ON "ActionInstrument"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_from_old_rows();
CREATE TRIGGER evidence_inserted AFTER INSERT ON "Evidence"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_from_new_rows();
CREATE TRIGGER evidence_updated AFTER UPDATE ON "Evidence"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_from_new_rows();
CREATE TRIGGER evidence_deleted AFTER DELETE ON "Evidence"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_from_old_rows();

CREATE TRIGGER alias_inserted AFTER INSERT ON "TargetAlias"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_of_targets();
CREATE TRIGGER alias_updated AFTER UPDATE ON "TargetAlias"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_of_targets();
CREATE TRIGGER alias_deleted AFTER DELETE ON "TargetAlias"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_of_targets();
CREATE TRIGGER target_updated AFTER UPDATE ON "Target"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_of_changed_targets();
CREATE TRIGGER authority_updated AFTER UPDATE ON "Authority"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_of_changed_authorities();
CREATE TRIGGER instrument_updated AFTER UPDATE ON "LegalInstrument"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_actions_of_changed_instruments();
