import "server-only";
import { actionWhere } from "../actions/action-filters";
import { DEFAULT_ACTION_SEARCH } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import type { Jurisdiction } from "../generated/prisma/enums";

export interface Coverage {
  jurisdiction: Jurisdiction;
  actions: number;
  /** Actions loaded from an official list rather than read from an article. */
  fromOfficialLists: number;
  /** Source documents quoted as evidence for the side's actions. */
  documents: number;
  earliest: string | null;
  latest: string | null;
  undated: number;
}

/** What the data holds for one side, so a "first" or an "only" can be read against it. */
export async function getCoverage(jurisdiction: Jurisdiction, db: Db = getDb()): Promise<Coverage> {
  const where = actionWhere({ ...DEFAULT_ACTION_SEARCH, jurisdiction: [jurisdiction] });
  const [[counts], [documents]] = await Promise.all([
    db.$queryRaw<Omit<Coverage, "jurisdiction" | "documents">[]>`
      SELECT count(*)::int AS actions,
        count(*) FILTER (WHERE a.origin = 'OFFICIAL_LIST')::int AS "fromOfficialLists",
        to_char(min(a."dateStart"), 'YYYY-MM-DD') AS earliest,
        to_char(max(a."dateEnd"), 'YYYY-MM-DD') AS latest,
        count(*) FILTER (WHERE a."dateStart" IS NULL AND a."dateEnd" IS NULL)::int AS undated
      FROM "SanctionAction" a WHERE ${where}`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT e."documentId")::int AS n
      FROM "SanctionAction" a JOIN "Evidence" e ON e."actionId" = a.id WHERE ${where}`,
  ]);
  return { jurisdiction, ...counts, documents: documents.n };
}
