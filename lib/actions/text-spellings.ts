// Free text also finds the actions of targets it names under another spelling (Etelaat for
// Ettela’at, Soleimany for Soleimani), by the keys the type-ahead compares (TargetAlias
// "skeletonKey", name_skeleton in migration search_and_sort). Those targets are looked up before
// the search runs; the table's SQL takes their actions as a list of ids, a constant PostgreSQL
// hashes, and the charts and counts read the actions from "ChartTargetAction" by target.
import type { Db } from "../db/client";
import { shareInFlight } from "../db/share-in-flight";
import { Prisma } from "../generated/prisma/client";
import { holdsWord, skeletonWords } from "../targets/name-words";
import type { ActionSearch } from "./search-params";

const { sql } = Prisma;

/** A search whose text's other spellings were looked up: the targets they name and those targets' actions. */
export type SpelledSearch = ActionSearch & { spelled: number[]; spelledTargets: number[] };

/**
 * The targets one of whose names holds every word of the text as a word with the same consonant
 * skeleton, in either number (any order, whole words: "Soleimany Qasem" names "SOLEIMANI,
 * Qasem", "Revolutionary Guards" the "Revolutionary Guard Corps"). Skeletons shorter than three
 * letters (Ali, Al, Eli) name too many targets to tell apart, and the trigram index cannot narrow
 * them, so a text needs a longer word to be folded. Targets with a name holding the text as typed
 * are left out: the search text has their actions.
 */
function spelledTargetsSql(q: string): Prisma.Sql {
  return sql`WITH words AS (${skeletonWords(q)})
    SELECT ARRAY(
      SELECT al."targetId" FROM "TargetAlias" al
      WHERE al."skeletonKey" LIKE '% ' || (SELECT w.stem FROM words w WHERE length(w.stem) >= 3 ORDER BY length(w.word) DESC LIMIT 1) || '%'
        AND NOT EXISTS (SELECT 1 FROM words w WHERE NOT ${holdsWord(sql`al."skeletonKey"`, sql`w`)})
      EXCEPT
      SELECT al."targetId" FROM "TargetAlias" al WHERE al."plainKey" LIKE '%' || btrim(name_plain(${q})) || '%'
      ORDER BY 1) AS ids`;
}

/** The targets a text names under another spelling (none without a text); one lookup for a page's table and charts. */
export function lookUpSpelledTargets(q: string, db: Db): Promise<number[]> {
  if (!q.trim()) return Promise.resolve([]);
  return shareInFlight(db, `spelled-targets:${q}`, async () => {
    const [{ ids }] = await db.$queryRaw<{ ids: number[] }[]>(spelledTargetsSql(q));
    return ids;
  });
}

/** The search with its text's other spellings looked up, and their targets' actions listed (the table's SQL needs them). */
export async function withSpellings<S extends ActionSearch>(search: S, db: Db): Promise<S & SpelledSearch> {
  return withSpelledActions({ ...search, spelledTargets: await lookUpSpelledTargets(search.q, db) }, db);
}

/** The spelled targets' actions listed, from "ChartTargetAction"'s primary key: index entries alone (ActionTarget's index on targetId would read a row per link). */
export async function withSpelledActions<S extends ActionSearch & Pick<SpelledSearch, "spelledTargets">>(
  search: S,
  db: Db,
): Promise<S & SpelledSearch> {
  const { spelledTargets } = search;
  if (!spelledTargets.length) return { ...search, spelled: [] };
  const spelled = await shareInFlight(db, `spelled-actions:${search.q}`, async () => {
    const [{ ids }] = await db.$queryRaw<{ ids: number[] }[]>`
      SELECT ARRAY(SELECT DISTINCT t.id FROM "ChartTargetAction" t WHERE t."targetId" = ANY(${spelledTargets}::int[]) ORDER BY 1) AS ids`;
    return ids;
  });
  return { ...search, spelled };
}
