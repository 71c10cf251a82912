import "server-only";
import { actionWhere } from "../actions/action-filters";
import type { ActionSearch } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { DatePrecision, Jurisdiction } from "../generated/prisma/enums";
import { chartRows, isTargetCountSearch, targetCountScope } from "./charts-cells";

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
  const [perJurisdiction, targets, [proposals], recent] = await Promise.all([
    db.$queryRaw<{ actions: number; inForce: number }[]>`
      SELECT sum(a.n)::int AS actions, coalesce(sum(a.n) FILTER (WHERE a.status = 'IN_FORCE'), 0)::int AS "inForce"
      FROM (${chartRows(search)}) a GROUP BY a.jurisdiction HAVING sum(a.n) <> 0`,
    countTargets(search, db),
    // Pending proposals are counted under the same filters with proposals let in.
    db.$queryRaw<{ n: number }[]>`
      SELECT coalesce(sum(a.n), 0)::int AS n FROM (${chartRows({ ...search, proposals: true })}) a
      WHERE a.kind = 'PROPOSAL' AND a.status = 'PROPOSED'`,
    // The first row of the table's default order (newest first, unknown dates last).
    db.$queryRaw<NonNullable<HeadlineFigures["mostRecent"]>[]>`
      SELECT a.id, a.summary, a.jurisdiction, a."dateStart", a."dateEnd", a."datePrecision"
      FROM "SanctionAction" a WHERE ${where} AND a."sortDate" IS NOT NULL
      ORDER BY a."sortDate" DESC, a.id DESC LIMIT 1`,
  ]);
  return {
    actions: perJurisdiction.reduce((sum, j) => sum + j.actions, 0),
    inForce: perJurisdiction.reduce((sum, j) => sum + j.inForce, 0),
    jurisdictions: perJurisdiction.length,
    targets,
    proposalsPending: proposals.n,
    mostRecent: recent[0] ?? null,
  };
}

/** Targets with at least one matched action: from the per-target counts' masks when they can tell, else from the actions. */
async function countTargets(search: ActionSearch, db: Db): Promise<number> {
  if (!isTargetCountSearch(search)) {
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT at."targetId")::int AS n
      FROM "SanctionAction" a JOIN "ActionTarget" at ON at."actionId" = a.id WHERE ${actionWhere(search)}`;
    return n;
  }
  // A target counts when any of its actions states a filtered ground, or has a filtered kind and status.
  const withGround = search.ground.length
    ? Prisma.sql`AND a."groundMask" & chart_ground_mask(${search.ground}::"GroundCategory"[]) <> 0`
    : Prisma.empty;
  const withPair = search.kind.length || search.status.length
    ? Prisma.sql`AND a."pairMask" & chart_pair_mask(${search.kind}::"ActionKind"[], ${search.status}::"ActionStatus"[]) <> 0`
    : Prisma.empty;
  // One row per target, unless several jurisdictions' rows are read.
  const count = search.jurisdiction.length > 1 ? Prisma.sql`count(DISTINCT a."targetId")` : Prisma.sql`count(*)`;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT ${count}::int AS n FROM "ChartTargetCount" a
    WHERE ${targetCountScope(search)} ${withGround} ${withPair}`;
  return n;
}
