import "server-only";
import { Prisma } from "../generated/prisma/client";
import { actionWhere, RELATED_TARGET_DEPTH, targetIds } from "../actions/action-filters";
import type { ActionSearch } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import type { TargetKind } from "../generated/prisma/enums";
import { matchedLinks, type TargetCountList, targetCountSource, topTargetsPath } from "./charts-cells";
import { type ChartSearch, withTextMatch } from "./charts-text-match";

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
export async function getTopTargets(search: ChartSearch, db: Db = getDb()): Promise<TargetCount[]> {
  search = await withTextMatch(search, db);
  const path = topTargetsPath(search);
  const counts = path === "bounded" ? await rankBounded(search, db)
    : path === "actions" ? countFromActions(search)
    // A target filter narrows the bars to the filtered targets, so each bar's link stays exact.
    : path === "filtered-targets" ? (search.related ? rollupCounts : targetCounts)({ ...search, target: [] }, search.target)
    : topOfCounts(targetCountSource(search).lists[0], TOP_TARGETS);
  return db.$queryRaw<TargetCount[]>`
    WITH c AS (${counts})
    SELECT t.id, t.name, t.kind, c.count FROM c JOIN "Target" t ON t.id = c.id
    ORDER BY c.count DESC, t.name, t.id`;
}

/** The `limit` rows of a per-target (or per-parent) count list with the largest n, by their ordered index. */
function topOfCounts({ table, id, where }: TargetCountList, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT a.${id} AS id, a.n AS count FROM ${table} a WHERE ${where} ORDER BY a.n DESC, a.${id} LIMIT ${limit}`;
}

/** Candidates read per round, most actions first: after the last, every target, or (roll-ups) the actions. */
const BOUNDED_ROUNDS = { targets: [100, 1000, Infinity], rollups: [20, 100] };

/**
 * The top targets of a search whose filters "ChartTargetAction" holds (no proposals): a target's
 * counts in targetCountSource's lists (a year's and the open-ended ones', a kind's, a ground's or
 * the total; a top parent's for roll-ups) add up to a bound of its filtered count. The filtered
 * counts of the K targets with the largest counts in each list are exact; a target in none of
 * them has at most the sum of each list's count after its K first; when the tenth filtered count
 * beats that, no other target can enter the top ten. Else K grows.
 */
async function rankBounded(search: ActionSearch, db: Db): Promise<Prisma.Sql> {
  const { lists } = targetCountSource(search);
  for (const k of BOUNDED_ROUNDS[search.related ? "rollups" : "targets"]) {
    const tops = k === Infinity ? null
      : await Promise.all(lists.map((list) => db.$queryRaw<{ id: number; count: number }[]>(topOfCounts(list, k + 1))));
    const bound = tops ? tops.reduce((sum, top) => sum + (top.length > k ? top[k].count : 0), 0) : 0;
    const ids = tops ? [...new Set(tops.flatMap((top) => top.slice(0, k).map((c) => c.id)))] : null;
    const exact = await db.$queryRaw<{ id: number; count: number }[]>(search.related ? rollupCounts(search, ids ?? []) : targetCounts(search, ids));
    const proven = exact.length === TOP_TARGETS ? exact[TOP_TARGETS - 1].count > bound : bound === 0;
    if (proven) return Prisma.sql`SELECT * FROM unnest(${exact.map((e) => e.id)}::int[], ${exact.map((e) => e.count)}::int[]) v(id, count)`;
  }
  return countFromActions(search);
}

/** The filtered counts of the given targets (null: all), top ten: from their actions in "ChartTargetAction". */
const targetCounts = (search: ActionSearch, ids: number[] | null) => Prisma.sql`
  SELECT a."targetId" AS id, count(*)::int AS count FROM "ChartTargetAction" a
  WHERE ${ids ? Prisma.sql`a."targetId" = ANY(${ids}::int[])` : Prisma.sql`TRUE`} AND ${actionWhere(search)}
  GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_TARGETS}`;

/** The filtered counts of the given top parents with their units and officials (as "ChartRollupCount" counts them), top ten. */
const rollupCounts = (search: ActionSearch, roots: number[]) => Prisma.sql`
  WITH RECURSIVE down(root, id, depth) AS (
    SELECT r, r, 0 FROM unnest(${roots}::int[]) r
    UNION
    SELECT down.root, rel."fromId", down.depth + 1 FROM down JOIN "TargetRelation" rel ON rel."toId" = down.id
    WHERE down.depth < ${RELATED_TARGET_DEPTH}
  )
  SELECT down.root AS id, count(DISTINCT a.id)::int AS count FROM down JOIN "ChartTargetAction" a ON a."targetId" = down.id
  WHERE ${actionWhere(search)} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_TARGETS}`;

function countFromActions(search: ActionSearch): Prisma.Sql {
  // A target filter narrows the bars to the filtered targets, so each bar's link stays exact.
  const onlyFiltered = search.target.length
    ? Prisma.sql`l.id = ANY(${targetIds(search)})`
    : Prisma.sql`TRUE`;
  const hits = Prisma.sql`SELECT l.id AS tid, a.id AS aid FROM ${matchedLinks(search, "targets")} WHERE ${onlyFiltered}`;
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
