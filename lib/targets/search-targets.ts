import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { TargetKind } from "../generated/prisma/enums";
import { holdsWord, skeletonWords } from "./name-words";

export interface TargetMatch {
  id: number;
  name: string;
  kind: TargetKind;
  country: string | null;
  /** The alias that matched, when it is not the canonical name. */
  matchedAlias: string | null;
}

/**
 * Type-ahead over every name and alias, ignoring case, accents, punctuation and common
 * transliteration variants (see name_skeleton in the search_and_sort migration). Runs on
 * trigram indexes; best matches first: exact, then word-prefix, then by similarity.
 */
export async function searchTargets(query: string, limit = 10, db: Db = getDb()): Promise<TargetMatch[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  return db.$queryRaw<TargetMatch[]>`
    WITH words AS (${skeletonWords(q)}),
    q AS (
      -- A text of punctuation alone (or another script) folds to a blank key, which would match every name.
      SELECT nullif(name_plain(${q}), ' ') AS plain, name_skeleton(${q}) AS skeleton,
        (SELECT w.stem FROM words w ORDER BY length(w.word) DESC LIMIT 1) AS longest
    ),
    candidates AS (
      SELECT al."targetId", al.alias, al."plainKey",
        CASE
          WHEN al."plainKey" = q.plain THEN 0
          WHEN al."plainKey" LIKE q.plain || '%' THEN 1
          WHEN al."plainKey" LIKE '%' || q.plain || '%' THEN 2
          WHEN al."skeletonKey" = q.skeleton THEN 3
          ELSE 4
        END AS rank,
        similarity(al."plainKey", q.plain) AS score
      FROM "TargetAlias" al, q
      -- Either the plain text matches, or every word matches the start of some word, or a whole
      -- word in the other number, in any order ("Gholam-Hossein Mohseni" finds "MOHSENI-EJEI,
      -- Qolam-Hossein", "Revolutionary Guards" the "Revolutionary Guard Corps"); the longest word
      -- goes first so the trigram index does the narrowing.
      WHERE al."plainKey" LIKE '%' || q.plain || '%'
        OR (al."skeletonKey" LIKE '% ' || q.longest || '%'
            AND NOT EXISTS (SELECT 1 FROM words w
              WHERE al."skeletonKey" NOT LIKE '% ' || w.word || '%' AND NOT ${holdsWord(Prisma.sql`al."skeletonKey"`, Prisma.sql`w`)}))
      LIMIT 500
    ),
    best AS (
      SELECT DISTINCT ON ("targetId") "targetId", alias, rank, score
      FROM candidates ORDER BY "targetId", rank, score DESC
    )
    SELECT t.id, t.name, t.kind, t.country, CASE WHEN best.alias = t.name THEN NULL ELSE best.alias END AS "matchedAlias"
    FROM best JOIN "Target" t ON t.id = best."targetId"
    ORDER BY best.rank, best.score DESC, t.name, t.id
    LIMIT ${limit}`;
}
