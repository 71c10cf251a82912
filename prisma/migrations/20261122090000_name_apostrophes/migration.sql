-- Hand-written: an apostrophe inside a transliterated name stands for a letter (ayn or hamza:
-- Ettela’at, Ma'soumeh, Shi'a); it does not split the word. So "Ettela’at", "Ettelaat" and
-- "Etelaat" are one name, where name_plain used to read "ettela at". The keys and search
-- text built on name_plain are recomputed for the rows whose text has such a mark.
CREATE OR REPLACE FUNCTION name_plain(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ' ' || btrim(regexp_replace(
    lower(public.unaccent('public.unaccent'::regdictionary, regexp_replace(input, '[''’‘ʼʿʾ`´]', '', 'g'))),
    '[^a-z0-9]+', ' ', 'g'))
$$;

-- Alias keys (trigger target_alias_keys) and, through the alias triggers, the search text of
-- the actions against those targets.
UPDATE "TargetAlias" SET alias = alias WHERE alias ~ '[''’‘ʼʿʾ`´]';

-- Actions whose own words or quotes have such a mark.
SELECT refresh_action_derived(ARRAY(
  SELECT a.id FROM "SanctionAction" a WHERE a.summary ~ '[''’‘ʼʿʾ`´]' OR a."groundsText" ~ '[''’‘ʼʿʾ`´]'
  UNION
  SELECT at."actionId" FROM "ActionTarget" at JOIN "Target" t ON t.id = at."targetId" WHERE t.name ~ '[''’‘ʼʿʾ`´]'
  UNION
  SELECT e."actionId" FROM "Evidence" e WHERE e.quote ~ '[''’‘ʼʿʾ`´]'));
