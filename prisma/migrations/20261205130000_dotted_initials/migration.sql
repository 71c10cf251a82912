-- Hand-written: letters written with dots between them are one word. "U.S. Treasury" and
-- "US Treasury", "E.O. 13553" and "EO 13553", "I.R.G.C." and "IRGC" were different texts:
-- name_plain turned each dot into a space ("u s treasury"), so typing the form without dots
-- found nothing. A dot now joins when a single letter stands on each side of it and the
-- letter after it ends its word ("u.s", "a.k.a", "i.r.g.c"); "A.Smith", "J. Smith" and
-- "Plan B." keep theirs. Keys and search text built on name_plain are recomputed for the
-- rows whose words change.
CREATE FUNCTION pg_temp.name_plain_before(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT ' ' || btrim(regexp_replace(
    lower(public.unaccent('public.unaccent'::regdictionary, regexp_replace(input, '[''’‘ʼʿʾ`´]', '', 'g'))),
    '[^a-z0-9]+', ' ', 'g'))
$$;

-- The join is looked for first: the lookbehind costs more than the test (an action's search
-- text, 400 characters, 35 → 60 µs with it run on every text).
CREATE FUNCTION join_dotted_initials(lowered text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN lowered ~ '[a-z]\.[a-z]'
    THEN regexp_replace(lowered, '(?<=(?:^|[^a-z0-9])[a-z])\.(?=[a-z](?:[^a-z0-9]|$))', '', 'g')
    ELSE lowered END
$$;

CREATE OR REPLACE FUNCTION name_plain(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ' ' || btrim(regexp_replace(join_dotted_initials(
    lower(public.unaccent('public.unaccent'::regdictionary, regexp_replace(input, '[''’‘ʼʿʾ`´]', '', 'g')))),
    '[^a-z0-9]+', ' ', 'g'))
$$;

-- Alias keys (trigger target_alias_keys) and, through the alias triggers, the search text of
-- the actions against those targets.
UPDATE "TargetAlias" SET alias = alias
WHERE alias LIKE '%.%' AND name_plain(alias) <> pg_temp.name_plain_before(alias);

-- Actions whose own words, quotes or target names (without aliases) change.
SELECT refresh_action_derived(ARRAY(
  SELECT a.id FROM "SanctionAction" a
  WHERE (a.summary LIKE '%.%' AND name_plain(a.summary) <> pg_temp.name_plain_before(a.summary))
     OR (a."groundsText" LIKE '%.%' AND name_plain(a."groundsText") <> pg_temp.name_plain_before(a."groundsText"))
  UNION
  SELECT at."actionId" FROM "ActionTarget" at JOIN "Target" t ON t.id = at."targetId"
  WHERE t.name LIKE '%.%' AND name_plain(t.name) <> pg_temp.name_plain_before(t.name)
  UNION
  SELECT e."actionId" FROM "Evidence" e
  WHERE e.quote LIKE '%.%' AND name_plain(e.quote) <> pg_temp.name_plain_before(e.quote)));
