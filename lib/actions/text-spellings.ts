// Free text also finds the actions of targets it names under another spelling (Etelaat for
// Ettela’at, Soleimany for Soleimani), by the keys the type-ahead compares (TargetAlias
// "skeletonKey", name_skeleton in migration search_and_sort). They are looked up before the
// search runs and reach its SQL as a list of action ids, a constant PostgreSQL hashes.
import type { Db } from "../db/client";
import { shareInFlight } from "../db/share-in-flight";
import { Prisma } from "../generated/prisma/client";
import type { ActionSearch } from "./search-params";

const { sql } = Prisma;

/** A search whose text's other spellings were looked up: the ids of the actions they add. */
export type SpelledSearch = ActionSearch & { spelled: number[] };

/**
 * The actions of the targets one of whose names holds every word of the text as a word with
 * the same consonant skeleton (any order, whole words: "Soleimany Qasem" names "SOLEIMANI,
 * Qasem"). Skeletons shorter than three letters (Ali, Al, Eli) name too many targets to tell
 * apart, and the trigram index cannot narrow them, so a text needs a longer word to be folded.
 * Targets with a name holding the text as typed are left out: the search text has their actions.
 * Their action ids come from "ChartTargetAction"'s primary key, index entries alone (ActionTarget's
 * index on targetId would read a row per link).
 */
function spelledActions(q: string): Prisma.Sql {
  const words = sql`string_to_array(btrim(name_skeleton(${q})), ' ')`;
  const longest = sql`(SELECT w FROM unnest(${words}) w WHERE length(w) >= 3 ORDER BY length(w) DESC LIMIT 1)`;
  return sql`SELECT ARRAY(SELECT DISTINCT t.id FROM "ChartTargetAction" t WHERE t."targetId" IN (
      SELECT al."targetId" FROM "TargetAlias" al
      WHERE al."skeletonKey" LIKE '% ' || ${longest} || '%'
        AND NOT EXISTS (SELECT 1 FROM unnest(${words}) w WHERE al."skeletonKey" || ' ' NOT LIKE '% ' || w || ' %')
      EXCEPT
      SELECT al."targetId" FROM "TargetAlias" al WHERE al."plainKey" LIKE '%' || btrim(name_plain(${q})) || '%'
    ) ORDER BY 1) AS ids`;
}

/** The search with its text's other spellings looked up (none without a text); one lookup for a page's table and charts. */
export async function withSpellings<S extends ActionSearch>(search: S, db: Db): Promise<S & SpelledSearch> {
  if (!search.q.trim()) return { ...search, spelled: [] };
  const spelled = await shareInFlight(db, `spellings:${search.q}`, async () => {
    const [{ ids }] = await db.$queryRaw<{ ids: number[] }[]>(spelledActions(search.q));
    return ids;
  });
  return { ...search, spelled };
}
