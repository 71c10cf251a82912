import "server-only";
import { Prisma } from "../generated/prisma/client";
import { actionWhere, targetIds } from "../actions/action-filters";
import type { ActionSearch } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import type { TargetKind } from "../generated/prisma/enums";
import { targetCountScope, topTargetsPath } from "./charts-cells";

export interface TargetCount {
  id: number;
  name: string;
  kind: TargetKind;
  count: number;
}

export const TOP_TARGETS = 10;

/**
 * The most-sanctioned targets. With `related` (the table's own parameter), units and officials
 * count under their top parent (TargetRelation, up to three levels, as the table's filter
 * reads them) — or under the filtered targets — each action once, so a bar's count is the
 * row count of target=<parent>&related=true.
 */
export async function getTopTargets(search: ActionSearch, db: Db = getDb()): Promise<TargetCount[]> {
  const path = topTargetsPath(search);
  const counts = path === "bounded" ? await rankBounded(search, db) : path === "actions" ? countFromActions(search) : countFromCells(search, path);
  return db.$queryRaw<TargetCount[]>`
    WITH c AS (${counts})
    SELECT t.id, t.name, t.kind, c.count FROM c JOIN "Target" t ON t.id = c.id
    ORDER BY c.count DESC, t.name, t.id`;
}

function countFromCells(search: ActionSearch, path: "counts" | "ground-counts" | "rollups"): Prisma.Sql {
  if (path === "ground-counts") {
    return Prisma.sql`SELECT a."targetId" AS id, a.n AS count FROM "ChartTargetGroundCount" a
      WHERE ${targetCountScope(search)} AND a.ground = ${search.ground[0]}::"GroundCategory"
      ORDER BY a.n DESC, a."targetId" LIMIT ${TOP_TARGETS}`;
  }
  return path === "rollups"
    ? Prisma.sql`SELECT a."rootId" AS id, a.n AS count FROM "ChartRollupCount" a
        WHERE ${targetCountScope(search)} ORDER BY a.n DESC, a."rootId" LIMIT ${TOP_TARGETS}`
    : Prisma.sql`SELECT a."targetId" AS id, a.n AS count FROM "ChartTargetCount" a
        WHERE ${targetCountScope(search)} ORDER BY a.n DESC, a."targetId" LIMIT ${TOP_TARGETS}`;
}

/** Candidates read per round, most actions first; the last round reads every target. */
const BOUNDED_ROUNDS = [100, 1000, Infinity];

/**
 * The top targets of a search whose filters "ChartTargetAction" holds (no proposals): a target's
 * count in "ChartTargetCount" (in the search's one jurisdiction, or in all) bounds its filtered
 * count. The filtered counts of the K targets with the largest counts are exact; when the tenth
 * of them beats the largest count left out, no other target can enter the top ten. Else K grows.
 */
async function rankBounded(search: ActionSearch, db: Db): Promise<Prisma.Sql> {
  const scope = search.jurisdiction.length === 1 ? targetCountScope(search) : Prisma.sql`a.jurisdiction IS NULL`;
  for (const k of BOUNDED_ROUNDS) {
    const candidates = k === Infinity ? null : await db.$queryRaw<{ id: number; n: number }[]>`
      SELECT a."targetId" AS id, a.n FROM "ChartTargetCount" a WHERE ${scope}
      ORDER BY a.n DESC, a."targetId" LIMIT ${k + 1}`;
    const bound = candidates && candidates.length > k ? candidates[k].n : 0;
    const among = candidates ? Prisma.sql`a."targetId" = ANY(${candidates.slice(0, k).map((c) => c.id)}::int[])` : Prisma.sql`TRUE`;
    const exact = await db.$queryRaw<{ id: number; count: number }[]>`
      SELECT a."targetId" AS id, count(*)::int AS count FROM "ChartTargetAction" a
      WHERE ${among} AND ${actionWhere(search)}
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_TARGETS}`;
    const proven = exact.length === TOP_TARGETS ? exact[TOP_TARGETS - 1].count > bound : bound === 0;
    if (proven) return Prisma.sql`SELECT * FROM unnest(${exact.map((e) => e.id)}::int[], ${exact.map((e) => e.count)}::int[]) v(id, count)`;
  }
  throw new Error("unreachable: the last round reads every target");
}

function countFromActions(search: ActionSearch): Prisma.Sql {
  // A target filter narrows the bars to the filtered targets, so each bar's link stays exact.
  const onlyFiltered = search.target.length
    ? Prisma.sql`AND at."targetId" = ANY(${targetIds(search)})`
    : Prisma.empty;
  const hits = Prisma.sql`SELECT DISTINCT at."targetId" AS tid, a.id AS aid
    FROM "SanctionAction" a JOIN "ActionTarget" at ON at."actionId" = a.id
    WHERE ${actionWhere(search)} ${onlyFiltered}`;
  const isParent = search.target.length
    ? Prisma.sql`up.ancestor = ANY(${search.target}::int[])`
    : Prisma.sql`NOT EXISTS (SELECT 1 FROM "TargetRelation" r WHERE r."fromId" = up.ancestor)`;
  return search.related
    ? Prisma.sql`WITH RECURSIVE hits AS (${hits}),
        up(tid, ancestor, depth) AS (
          SELECT DISTINCT tid, tid, 0 FROM hits
          UNION
          SELECT up.tid, r."toId", up.depth + 1 FROM up JOIN "TargetRelation" r ON r."fromId" = up.ancestor
          WHERE up.depth < 3
        )
        SELECT up.ancestor AS id, count(DISTINCT hits.aid)::int AS count
        FROM hits JOIN up ON up.tid = hits.tid
        WHERE ${isParent}
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_TARGETS}`
    : Prisma.sql`WITH hits AS (${hits})
        SELECT tid AS id, count(*)::int AS count FROM hits GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_TARGETS}`;
}
