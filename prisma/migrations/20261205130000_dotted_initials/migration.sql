-- Hand-written: initials are one word, however they are written. "U.S. Treasury", "U. S.
-- Treasury" and "US Treasury", "E.O. 13553" and "EO 13553", "I.R.G.C." and "IRGC", "M.A. Khan"
-- and "M. A. Khan" were different texts: name_plain made each letter a word ("u s treasury"),
-- so typing the form without dots found nothing, and a list's "KHAN, M.A." could not meet an
-- article's "M. A. Khan" once either joined them. Two or more single letters in a row, between
-- any punctuation or spaces, are now one word ("us", "irgc", "ma khan"); a letter alone stays a
-- word ("J. Smith", "Plan B"). Keys and search text built on name_plain are recomputed for the
-- rows whose words change.

-- name_plain's words (a-z and 0-9 between single spaces) with runs of single letters joined.
-- A run is looked for with LIKE first: the lookbehind costs more, and most texts have none (an
-- action's search text, 400 characters: 35 µs a text without the test, 60 with the lookbehind
-- run on every one).
CREATE FUNCTION join_single_letters(words text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN ' ' || words || ' ' LIKE '% _ _ %'
    THEN regexp_replace(words, '(?<=(?:^| )[a-z]) (?=[a-z](?: |$))', '', 'g')
    ELSE words END
$$;

CREATE OR REPLACE FUNCTION name_plain(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ' ' || join_single_letters(btrim(regexp_replace(
    lower(public.unaccent('public.unaccent'::regdictionary, regexp_replace(input, '[''’‘ʼʿʾ`´]', '', 'g'))),
    '[^a-z0-9]+', ' ', 'g')))
$$;

-- Only a key or search text holding a run of two one-character words can change: the stored
-- values say which. Aliases first, outside bulk mode: their triggers rewrite the keys and the
-- search text of their targets' actions.
UPDATE "TargetAlias" SET alias = alias WHERE ' ' || "plainKey" || ' ' LIKE '% _ _ %';

-- The other actions whose search text holds such a run (their own words, quotes or target
-- names), refreshed once: in bulk mode the action triggers would otherwise refresh each again,
-- and no chart cell holds text.
SET LOCAL sanctions.bulk_write = 'on';
SELECT refresh_action_derived(ARRAY(
  SELECT a.id FROM "SanctionAction" a WHERE ' ' || a."searchText" || ' ' LIKE '% _ _ %'));
SET LOCAL sanctions.bulk_write = 'off';
