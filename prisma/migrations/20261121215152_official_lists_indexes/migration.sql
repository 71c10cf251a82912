-- Hand-written: indexes for the changes feed (list-derived actions by date, filtered by
-- programme) and the order-insensitive name key used to propose matches.

CREATE INDEX "SanctionAction_origin_sortDate" ON "SanctionAction" (origin, "sortDate" DESC NULLS LAST, id DESC);
CREATE INDEX "ListEntry_programmes" ON "ListEntry" USING gin (programmes);

-- The skeleton's words in alphabetical order: "MOSLEHI, Heydar" and "Heidar Moslehi" share it.
CREATE FUNCTION name_word_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(word, ' ' ORDER BY word), '')
  FROM regexp_split_to_table(btrim(name_skeleton(input)), ' ') AS w(word)
  WHERE word <> ''
$$;

ALTER TABLE "TargetAlias" ADD COLUMN "wordKey" text GENERATED ALWAYS AS (name_word_key("alias")) STORED;
CREATE INDEX "TargetAlias_plainKey" ON "TargetAlias" ("plainKey");
CREATE INDEX "TargetAlias_wordKey" ON "TargetAlias" ("wordKey");
