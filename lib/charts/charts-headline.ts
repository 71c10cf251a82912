import "server-only";
import { actionDateParts, actionOrder, actionWhere, openStart } from "../actions/action-filters";
import { type ActionSearch, includesProposals } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { DatePrecision, Jurisdiction } from "../generated/prisma/enums";
import {
  chartRows, dayRangeTargetCount, matchedActions, matchedLinks, namesActions, readsSpelledTargetActions, readsTargetActions,
  targetCountPath, targetCountScope, targetMasks,
} from "./charts-cells";
import { type ChartSearch, withTextMatch } from "./charts-text-match";

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
export async function getHeadlineFigures(search: ChartSearch, db: Db = getDb()): Promise<HeadlineFigures> {
  search = await withTextMatch(search, db);
  // Pending proposals are counted under the same filters with proposals let in. The matches of a
  // search that names actions serve both counts (one match); cells are read twice, as proposals
  // would keep the date indexes' partial ranges, which leave them out, from answering.
  const together = namesActions(search) || includesProposals(search);
  const [perJurisdiction, pending, targets, recent] = await Promise.all([
    countPerJurisdiction(together ? { ...search, proposals: true } : search, includesProposals(search), db),
    together ? null : countPendingProposals(search, db),
    countTargets(search, db),
    findMostRecent(search, db),
  ]);
  const total = (rows: JurisdictionCounts[], figure: keyof JurisdictionCounts) => rows.reduce((sum, j) => sum + j[figure], 0);
  return {
    actions: total(perJurisdiction, "actions"),
    inForce: total(perJurisdiction, "inForce"),
    jurisdictions: perJurisdiction.filter((j) => j.actions !== 0).length,
    targets,
    proposalsPending: pending ?? total(perJurisdiction, "proposals"),
    mostRecent: recent,
  };
}

/** Pending proposals alone: the condition reaches the cells and date indexes the rows come from. */
async function countPendingProposals(search: ChartSearch, db: Db): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT coalesce(sum(a.n), 0)::int AS n FROM (${chartRows({ ...search, proposals: true })}) a
    WHERE a.kind = 'PROPOSAL' AND a.status = 'PROPOSED'`;
  return n;
}

interface JurisdictionCounts {
  actions: number;
  inForce: number;
  proposals: number;
}

/** Per jurisdiction: its actions (proposals among them only if `countProposals`), those in force, its pending proposals. */
function countPerJurisdiction(search: ChartSearch, countProposals: boolean, db: Db) {
  const counted = countProposals ? Prisma.sql`TRUE` : Prisma.sql`a.kind <> 'PROPOSAL'`;
  return db.$queryRaw<JurisdictionCounts[]>`
    SELECT coalesce(sum(a.n) FILTER (WHERE ${counted}), 0)::int AS actions,
      coalesce(sum(a.n) FILTER (WHERE ${counted} AND a.status = 'IN_FORCE'), 0)::int AS "inForce",
      coalesce(sum(a.n) FILTER (WHERE a.kind = 'PROPOSAL' AND a.status = 'PROPOSED'), 0)::int AS proposals
    FROM (${chartRows(search)}) a GROUP BY a.jurisdiction`;
}

// An open start is dated by its end alone, which the headline cannot rank above a known start.
const knownStart = Prisma.sql`a."dateStart" IS NOT NULL`;
const endOnly = Prisma.sql`${openStart} AND a."dateEnd" IS NOT NULL`;

/**
 * The action with the latest known start. An open-start date ("by September 2021") sorts by its
 * end in the table, but may be older than any other, so it is the answer only when no matching
 * action has a known start. With an upper date bound, the date index is read from the bound down.
 */
async function findMostRecent(search: ChartSearch, db: Db): Promise<HeadlineFigures["mostRecent"]> {
  // No action without a date is more recent than another (and the date index would be read to its end to find none).
  if (search.undated) return null;
  if (readsTargetActions(search) || search.matched || readsSpelledTargetActions(search)) {
    // The filtered targets' actions (their index entries), a text's, or the matched ids, then the row.
    const [recent] = await db.$queryRaw<NonNullable<HeadlineFigures["mostRecent"]>[]>`
      SELECT r.id, r.summary, r.jurisdiction, r."dateStart", r."dateEnd", r."datePrecision" FROM "SanctionAction" r
      WHERE r.id = (SELECT a.id FROM (${matchedActions(search, { repeats: true })}) a WHERE ${knownStart} OR (${endOnly})
        ORDER BY ${knownStart} DESC, coalesce(a."dateStart", a."dateEnd") DESC, a.id DESC LIMIT 1)`;
    return recent ?? null;
  }
  // A text here names no target under another spelling: it matches by itself.
  const where = actionWhere({ ...search, spelled: [] });
  const inRange = actionDateParts(search)?.[0] ?? Prisma.sql`TRUE`;
  // The table's own order (unknown dates last), which its date index serves from the newest down.
  const newest = (dated: Prisma.Sql) => db.$queryRaw<NonNullable<HeadlineFigures["mostRecent"]>[]>`
    SELECT a.id, a.summary, a.jurisdiction, a."dateStart", a."dateEnd", a."datePrecision" FROM "SanctionAction" a
    WHERE ${where} AND ${dated} ORDER BY ${actionOrder({ sort: "date", dir: "desc" })} LIMIT 1`;
  const [known] = await newest(Prisma.sql`${knownStart} AND ${inRange}`);
  return known ?? (await newest(endOnly))[0] ?? null;
}

/** Targets with at least one matched action (targetCountPath). */
async function countTargets(search: ActionSearch, db: Db): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>(targetCountQuery(search));
  return n;
}

function targetCountQuery(search: ActionSearch): Prisma.Sql {
  switch (targetCountPath(search)) {
    case "masks":
      return Prisma.sql`SELECT ${search.jurisdiction.length > 1 ? Prisma.sql`count(DISTINCT a."targetId")` : Prisma.sql`count(*)`}::int AS n
        FROM "ChartTargetCount" a WHERE ${Prisma.join([targetCountScope(search), ...(targetMasks(search) ?? [])], " AND ")}`;
    case "day-range":
      return Prisma.sql`SELECT a.n::int FROM (${dayRangeTargetCount(search)}) a`;
    case "target-actions":
      return Prisma.sql`SELECT count(DISTINCT a."targetId")::int AS n FROM "ChartTargetAction" a WHERE ${actionWhere(search)}`;
    case "actions":
      // A set of targets, which an action read twice does not change.
      return Prisma.sql`SELECT count(*)::int AS n FROM (SELECT DISTINCT l.id FROM ${matchedLinks(search, "targets", { repeats: true })}) t`;
  }
}
