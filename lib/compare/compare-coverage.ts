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
  // Counts from the pre-aggregated cells; the date range from the two date indexes.
  const [[counts], [documents], [earliest], [latest]] = await Promise.all([
    db.$queryRaw<{ actions: number; fromOfficialLists: number; undated: number }[]>`
      SELECT coalesce(sum(a.n), 0)::int AS actions,
        coalesce(sum(a.n) FILTER (WHERE a.origin = 'OFFICIAL_LIST'), 0)::int AS "fromOfficialLists",
        coalesce(sum(a.n) FILTER (WHERE a."startYear" IS NULL AND a."endYear" IS NULL), 0)::int AS undated
      FROM "ChartDateCell" a WHERE ${where}`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ChartDocumentCount" WHERE jurisdiction = ${jurisdiction}::"Jurisdiction"`,
    db.$queryRaw<{ day: string }[]>`
      SELECT to_char(a."sortDate", 'YYYY-MM-DD') AS day FROM "SanctionAction" a
      WHERE ${where} AND a."sortDate" IS NOT NULL ORDER BY a."sortDate" LIMIT 1`,
    db.$queryRaw<{ day: string }[]>`
      SELECT to_char(coalesce(a."dateEnd", a."dateStart"), 'YYYY-MM-DD') AS day FROM "SanctionAction" a
      WHERE ${where} AND coalesce(a."dateEnd", a."dateStart") IS NOT NULL
      ORDER BY coalesce(a."dateEnd", a."dateStart") DESC NULLS LAST LIMIT 1`,
  ]);
  return { jurisdiction, ...counts, documents: documents.n, earliest: earliest?.day ?? null, latest: latest?.day ?? null };
}
