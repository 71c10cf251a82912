import "server-only";
// Free text searches what was said about an action (its targets, grounds and quotes), not who
// acted: "US Treasury" finds the one quote that says so, not the Treasury's other actions. The
// explorer offers the authority filter instead when the text names authorities.
import { getDb, type Db } from "../db/client";
import type { FilterOptions } from "./list-filter-options";

export type NamedAuthority = FilterOptions["authorities"][number];

/**
 * The authorities whose name or short name holds every word of the text as a word, in any order
 * and folded as free text is ("US Treasury" names "U.S. Department of the Treasury"), and that
 * have an action the table would show: only proposals count for one while they are shown (the
 * NCRI's calls for action). A text of short words only ("US", "of the": none of four letters)
 * names none: too many names hold them.
 */
export async function listNamedAuthorities(q: string, withProposals: boolean, db: Db = getDb()): Promise<NamedAuthority[]> {
  if (!q.trim()) return [];
  return db.$queryRaw<NamedAuthority[]>`
    WITH words AS (SELECT w FROM unnest(string_to_array(btrim(name_plain(${q})), ' ')) w WHERE w <> '')
    SELECT au.id, au.name, au."shortName" FROM "Authority" au
    WHERE EXISTS (SELECT 1 FROM words WHERE length(w) >= 4)
      AND NOT EXISTS (SELECT 1 FROM words WHERE name_plain(concat_ws(' ', au.name, au."shortName")) || ' ' NOT LIKE '% ' || w || ' %')
      AND EXISTS (SELECT 1 FROM "SanctionAction" a WHERE a."authorityId" = au.id AND (${withProposals} OR a.kind <> 'PROPOSAL'))
    ORDER BY au.name, au.id
    LIMIT 5`;
}
