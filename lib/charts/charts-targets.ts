import "server-only";
import { Prisma } from "../generated/prisma/client";
import { actionWhere, targetIds } from "../actions/action-filters";
import type { ActionSearch } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import type { TargetKind } from "../generated/prisma/enums";
import { isTargetCountSearch, targetCountScope } from "./charts-cells";

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
  const fromCells = isTargetCountSearch(search) && !search.target.length;
  // Roll-ups are not kept per ground: a ground with related=true reads the actions.
  const counts = fromCells && search.ground.length && !search.related
    ? Prisma.sql`SELECT a."targetId" AS id, a.n AS count FROM "ChartTargetGroundCount" a
        WHERE ${targetCountScope(search)} AND a.ground = ${search.ground[0]}::"GroundCategory"
        ORDER BY a.n DESC, a."targetId" LIMIT ${TOP_TARGETS}`
    : fromCells && !search.related
    ? Prisma.sql`SELECT a."targetId" AS id, a.n AS count FROM "ChartTargetCount" a
        WHERE ${targetCountScope(search)} ORDER BY a.n DESC, a."targetId" LIMIT ${TOP_TARGETS}`
    : fromCells && !search.ground.length
    ? Prisma.sql`SELECT a."rootId" AS id, a.n AS count FROM "ChartRollupCount" a
        WHERE ${targetCountScope(search)} ORDER BY a.n DESC, a."rootId" LIMIT ${TOP_TARGETS}`
    : search.related
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
  return db.$queryRaw<TargetCount[]>`
    WITH c AS (${counts})
    SELECT t.id, t.name, t.kind, c.count FROM c JOIN "Target" t ON t.id = c.id
    ORDER BY c.count DESC, t.name, t.id`;
}
