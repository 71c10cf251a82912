// How a typed text's words are compared with the words of a name, by their consonant skeletons
// (TargetAlias "skeletonKey", name_skeleton in migration search_and_sort). Shared by the target
// type-ahead and free text's other spellings, so that both fold a name alike.
import { Prisma } from "../generated/prisma/client";

const { sql } = Prisma;

/**
 * The text's skeleton words as rows (word, stem): the stem drops a plural "s" ("Revolutionary
 * Guards" names the "Revolutionary Guard Corps") unless fewer than three letters would remain
 * (Qods, Abbas, Rais keep theirs: two letters name too many things).
 */
export function skeletonWords(q: string): Prisma.Sql {
  return sql`SELECT w AS word, CASE WHEN w LIKE '%s' AND length(w) > 3 THEN left(w, -1) ELSE w END AS stem
    FROM unnest(string_to_array(btrim(name_skeleton(${q})), ' ')) w`;
}

/** A skeleton key `key` holds a word that is `word`'s stem, or that stem with an "s" (either number of the same word). */
export function holdsWord(key: Prisma.Sql, word: Prisma.Sql): Prisma.Sql {
  return sql`(${key} || ' ' LIKE '% ' || ${word}.stem || ' %' OR ${key} || ' ' LIKE '% ' || ${word}.stem || 's %')`;
}
