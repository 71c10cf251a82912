import "server-only";
import { actionWhere } from "../actions/action-filters";
import type { ActionSearch } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { DatePrecision, Jurisdiction } from "../generated/prisma/enums";
import { cellSource, isCellSearch, isTargetCountSearch, targetCountScope } from "./charts-cells";

export interface HeadlineFigures {
  actions: number;
  inForce: number;
  targets: number;
  jurisdictions: number;
  proposalsPending: number;
  mostRecent: {
    id: number;
    summary: string;
    jurisdiction: Jurisdiction;
    dateStart: Date | null;
    dateEnd: Date | null;
    datePrecision: DatePrecision;
  } | null;
}

/** The figures above the charts, for the same filters as the table. */
export async function getHeadlineFigures(search: ActionSearch, db: Db = getDb()): Promise<HeadlineFigures> {
  const where = actionWhere(search);
  // Pending proposals are counted under the same filters with proposals let in.
  const proposalWhere = actionWhere({ ...search, proposals: true });
  const cells = isCellSearch(search);
  // A target counts when any of its actions states the ground.
  const withGround = search.ground.length
    ? Prisma.sql`AND a."groundMask" & chart_ground_mask(${search.ground}::"GroundCategory"[]) <> 0`
    : Prisma.empty;
  // One row per cell or per action: both count the same actions.
  const source = cells ? cellSource(search, "ChartDateCell") : Prisma.sql`(SELECT a.*, 1 AS n FROM "SanctionAction" a)`;
  const [[counts], [targets], [proposals], recent] = await Promise.all([
    db.$queryRaw<{ actions: number; inForce: number; jurisdictions: number }[]>`
      SELECT coalesce(sum(a.n), 0)::int AS actions,
        coalesce(sum(a.n) FILTER (WHERE a.status = 'IN_FORCE'), 0)::int AS "inForce",
        count(DISTINCT a.jurisdiction)::int AS jurisdictions
      FROM ${source} a WHERE ${where}`,
    isTargetCountSearch(search)
      ? db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "ChartTargetCount" a WHERE ${targetCountScope(search)} ${withGround}`
      : db.$queryRaw<{ n: number }[]>`
        SELECT count(DISTINCT at."targetId")::int AS n
        FROM "SanctionAction" a JOIN "ActionTarget" at ON at."actionId" = a.id WHERE ${where}`,
    db.$queryRaw<{ n: number }[]>`
      SELECT coalesce(sum(a.n), 0)::int AS n FROM ${source} a
      WHERE ${proposalWhere} AND a.kind = 'PROPOSAL' AND a.status = 'PROPOSED'`,
    // The first row of the table's default order (newest first, unknown dates last).
    db.$queryRaw<NonNullable<HeadlineFigures["mostRecent"]>[]>`
      SELECT a.id, a.summary, a.jurisdiction, a."dateStart", a."dateEnd", a."datePrecision"
      FROM "SanctionAction" a WHERE ${where} AND a."sortDate" IS NOT NULL
      ORDER BY a."sortDate" DESC, a.id DESC LIMIT 1`,
  ]);
  return { ...counts, targets: targets.n, proposalsPending: proposals.n, mostRecent: recent[0] ?? null };
}
