// name_skeleton and name_word_key were rewritten for speed (migration import_write_once)
// while the TargetAlias columns they fill stay stored: the new definitions must give exactly
// what the first ones (word by word, migrations search_and_sort and official_lists_indexes)
// gave, for real list names and for random strings rich in the cases the rules treat.
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listFixture } from "../helpers/official-lists";

// The first definitions, kept here only as the reference the rewrite is checked against.
const FIRST_DEFINITIONS = String.raw`
CREATE FUNCTION pg_temp.skeleton_by_word(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
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
CREATE FUNCTION pg_temp.word_key_by_word(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(string_agg(word, ' ' ORDER BY word), '')
  FROM regexp_split_to_table(btrim(pg_temp.skeleton_by_word(input)), ' ') AS w(word)
  WHERE word <> ''
$$;`;

const EDGE_CASES = [
  "", " ", "---", "a", "aaa", "bbbbbbbbbbbbbbbbbbbbb", "Hhh", "ahha", "oho aha", "yy", "Ayatollah", "Mohseni-Ejei",
  "MOHSENI-EJEHI, Gholam-Hossein", "Assadollah Assadi", "Qasem Soleimani", "Ghasem Suleimani", "O'Brien", "Müller",
  "Œuvre ß Æsir", "1a2e3", "a1", "x  y", "Djibril Phwaa", "khhhk", "ghgh", "uuu bbb a", "b a b a", "SURNAME, Given",
];

/** A deterministic pseudo-random generator (mulberry32). */
function randomOf(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomNames(count: number): string[] {
  const random = randomOf(42);
  const pieces = ["a", "e", "i", "o", "u", "y", "h", "gh", "kh", "dj", "ph", "w", "b", "s", "ss", "t", "q", "n", "m", "r", "1", "0", "é", "Ö", " ", "-", "'", ",", "  "];
  return Array.from({ length: count }, () => {
    let name = "";
    const length = 1 + Math.floor(random() * 14);
    for (let i = 0; i < length; i++) name += pieces[Math.floor(random() * pieces.length)];
    return random() < 0.5 ? name.toUpperCase() : name;
  });
}

/** Every SDN_name of OFAC's 2024 SDN.CSV (the second, quoted field of each row). */
function ofacNames(): string[] {
  const text = readFileSync(listFixture("ofac-csv", "2024-06", "sdn.csv"), "latin1");
  return [...text.matchAll(/^\d+,"([^"]*)"/gm)].map((m) => m[1]);
}

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  await client.query(FIRST_DEFINITIONS);
});
afterAll(() => client.end());

describe("name keys", () => {
  it("name_skeleton and name_word_key equal their word-by-word definitions", async () => {
    const names = [...EDGE_CASES, ...ofacNames(), ...randomNames(20_000)];
    expect(names.length).toBeGreaterThan(35_000);
    const { rows } = await client.query(
      `SELECT x, name_skeleton(x) AS skeleton, pg_temp.skeleton_by_word(x) AS skeleton_by_word,
         name_word_key(x) AS word_key, pg_temp.word_key_by_word(x) AS word_key_by_word
       FROM unnest($1::text[]) AS x
       WHERE name_skeleton(x) IS DISTINCT FROM pg_temp.skeleton_by_word(x) OR name_word_key(x) IS DISTINCT FROM pg_temp.word_key_by_word(x)`,
      [names],
    );
    expect(rows).toEqual([]);
  });

  it("are the stored keys of every alias (written by the trigger)", async () => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS aliases, count(*) FILTER (WHERE ("plainKey", "skeletonKey", "wordKey")
         IS DISTINCT FROM (name_plain(alias), name_skeleton(alias), name_word_key(alias)))::int AS stale FROM "TargetAlias"`,
    );
    expect(rows[0].aliases).toBeGreaterThan(0);
    expect(rows[0].stale).toBe(0);
  });

  it("makes initials one word however they are written, and leaves a letter alone as it is", async () => {
    const plain = async (...texts: string[]) =>
      (await client.query<{ plain: string }>("SELECT name_plain(x) AS plain FROM unnest($1::text[]) WITH ORDINALITY AS t(x, n) ORDER BY n", [texts]))
        .rows.map((r) => r.plain);
    expect(await plain("U.S. Treasury", "U. S. Treasury", "U S Treasury", "US Treasury")).toEqual(Array(4).fill(" us treasury"));
    expect(await plain("M.A. Khan", "M. A. Khan", "KHAN, M.A.", "I.R.G.C.-Qods", "E.O. 13553")).toEqual([" ma khan", " ma khan", " khan ma", " irgc qods", " eo 13553"]);
    expect(await plain("J. Smith", "A.Smith", "Plan B", "Section 3 a", "a")).toEqual([" j smith", " a smith", " plan b", " section 3 a", " a"]);
    // Keys built on the plain form agree: a list's "KHAN, M.A." has the word key of "M. A. Khan".
    const { rows } = await client.query("SELECT name_word_key('KHAN, M.A.') = name_word_key('M. A. Khan') AS same");
    expect(rows[0].same).toBe(true);
  });

  it("still folds transliteration variants onto one key", async () => {
    const { rows } = await client.query(
      `SELECT name_skeleton('Qasem Soleimani') = name_skeleton('Ghasem Suleimani') AS same_skeleton,
         name_word_key('MOSLEHI, Heydar') = name_word_key('Heidar Moslehi') AS same_words,
         name_skeleton('Assadollah') AS skeleton, name_word_key('') AS empty`,
    );
    expect(rows[0]).toEqual({ same_skeleton: true, same_words: true, skeleton: " asdlh", empty: "" });
  });
});
