import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { actionOrder, actionWhere } from "./action-filters";
import type { ActionSearch } from "./search-params";

/** Counting stops here; past it the total is the planner's estimate, labelled as such. */
export const EXACT_COUNT_LIMIT = 10_000;

export interface ActionTotal {
  value: number;
  exact: boolean;
}

/** One page of the explorer: ids by the filtered, sorted SQL, then their details. */
export async function listActions(search: ActionSearch, db: Db = getDb()) {
  const where = actionWhere(search);
  const offset = (search.page - 1) * search.perPage;
  // Paging over ids alone lets PostgreSQL walk the sort index without touching wide rows,
  // which keeps deep pages (offset in the hundreds of thousands) fast.
  const [idRows, total] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`
      SELECT a.id FROM "SanctionAction" a WHERE ${where}
      ORDER BY ${actionOrder(search)} LIMIT ${search.perPage} OFFSET ${offset}`,
    countActions(where, db),
  ]);
  const ids = idRows.map((r) => r.id);
  const details = await db.sanctionAction.findMany({
    where: { id: { in: ids } },
    include: {
      authority: { select: { id: true, name: true, shortName: true } },
      targets: { select: { target: { select: { id: true, name: true, kind: true } } } },
      instruments: { select: { instrument: { select: { id: true, citation: true } } } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return {
    rows,
    total,
    page: search.page,
    perPage: search.perPage,
    pageCount: Math.max(1, Math.ceil(total.value / search.perPage)),
  };
}

export type ActionPage = Awaited<ReturnType<typeof listActions>>;
export type ActionRow = ActionPage["rows"][number];

export async function countActions(where: Prisma.Sql, db: Db = getDb()): Promise<ActionTotal> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "SanctionAction" a WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}) s`;
  if (n <= EXACT_COUNT_LIMIT) return { value: n, exact: true };
  const [plan] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "SanctionAction" a WHERE ${where}`;
  return { value: Math.max(n, Math.round(plan["QUERY PLAN"][0].Plan["Plan Rows"])), exact: false };
}
