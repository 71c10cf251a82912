// How a typed text's words are compared with the words of a name, by their consonant skeletons
// (TargetAlias "skeletonKey", name_skeleton in migration search_and_sort). Shared by the target
// type-ahead and free text's other spellings, so that both fold a name alike.
import { Prisma } from "../generated/prisma/client";

const { sql } = Prisma;

/**
 * The text's skeleton words as rows (word, stem). The stem drops a plural "s" ("Revolutionary
 * Guards" names the "Revolutionary Guard Corps"): only where the word as typed ends as English
 * plurals do, in "es" or a consonant and "s" (Guards, Forces, Ministries), not in "is", "us",
 * "os", "as" or "ss" (Idris, Lazarus, Carlos, Abbas, Hess: names, not plurals), and only when
 * three letters or more remain (Qods keeps its s: two letters name too many things). Skeleton
 * rules never reach across a space, so the plain and skeleton words pair up by position.
 */
export function skeletonWords(q: string): Prisma.Sql {
  return sql`SELECT w.skeleton AS word,
      CASE WHEN w.plain ~ '(es|[^aeiousy]s)$' AND length(w.skeleton) > 3 THEN left(w.skeleton, -1) ELSE w.skeleton END AS stem
    FROM unnest(string_to_array(btrim(name_plain(${q})), ' '), string_to_array(btrim(name_skeleton(${q})), ' ')) AS w(plain, skeleton)`;
}

/** A skeleton key `key` holds a word that is `word`'s stem, or that stem with an "s" (either number of the same word). */
export function holdsWord(key: Prisma.Sql, word: Prisma.Sql): Prisma.Sql {
  return sql`(${key} || ' ' LIKE '% ' || ${word}.stem || ' %' OR ${key} || ' ' LIKE '% ' || ${word}.stem || 's %')`;
}
