import "server-only";
// Which targets a comparison lists and in what order, the page and the CSV alike. Targets are
// ranked (acted on by both sides first, then by A + B actions, name) and gathered under their top
// parent: groups acted on by both sides first, each where its first target ranks.
import { targetIds } from "../actions/action-filters";
import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { CompareSearch } from "./compare-search";

const { sql } = Prisma;

// From the pre-aggregated counts (migration chart_cells), whose scope — actions other than
// proposals, per jurisdiction — is the comparison's.
export const isSide = (j: string) => sql`a.jurisdiction = ${j}::"Jurisdiction"`;

const inFocus = (search: CompareSearch, tid: Prisma.Sql) =>
  search.target.length ? sql`AND ${tid} = ANY(${targetIds(search)})` : Prisma.empty;

/** Targets acted on by A or B ("tid", n: actions in every jurisdiction), most actions first (the totals' index), `limit` of them. */
function topTargets(search: CompareSearch, limit: number): Prisma.Sql {
  const { a, b } = search;
  return sql`SELECT t."targetId" AS tid, t.n FROM "ChartTargetCount" t
    WHERE t.jurisdiction IS NULL ${inFocus(search, sql`t."targetId"`)} AND EXISTS (SELECT 1 FROM "ChartTargetCount" a
      WHERE a."targetId" = t."targetId" AND (${isSide(a)} OR ${isSide(b)}))
    ORDER BY t.n DESC, t."targetId" LIMIT ${limit}`;
}

/**
 * Each target ("tid") of an int[] with its top parent ("id"): the furthest ancestor with no parent
 * of its own, following TargetRelation up to three levels as the table's `related` filter does; else itself.
 */
export function targetRoots(ids: Prisma.Sql): Prisma.Sql {
  // Whether an ancestor has a parent is probed by index, ancestor by ancestor, rather than by hashing every relation.
  return sql`WITH RECURSIVE up(tid, ancestor, depth) AS (
      SELECT id, id, 0 FROM unnest(${ids}::int[]) id
      UNION
      SELECT up.tid, r."toId", up.depth + 1 FROM up JOIN "TargetRelation" r ON r."fromId" = up.ancestor WHERE up.depth < 3
    )
    SELECT DISTINCT ON (up.tid) up.tid, up.ancestor AS id FROM up
    LEFT JOIN LATERAL (SELECT true AS yes FROM "TargetRelation" r WHERE r."fromId" = up.ancestor LIMIT 1) parent ON true
    ORDER BY up.tid, parent.yes NULLS FIRST, CASE WHEN parent.yes THEN up.depth ELSE -up.depth END, up.ancestor`;
}

/** The targets of an int[] ("tid") with their top parents ("root"). */
const withRoots = (ids: Prisma.Sql) => sql`SELECT r.tid, r.id AS root FROM (${targetRoots(ids)}) r`;

/** Targets ("tid", "root") acted on by A or B, each with its sides, A + B actions and rank. */
function rankTargets({ a, b }: CompareSearch, targets: Prisma.Sql): Prisma.Sql {
  return sql`SELECT top.tid AS id, top.root, bool_or(${isSide(a)}) AS "actedA", bool_or(${isSide(b)}) AS "actedB",
      bool_or(${isSide(a)}) AND bool_or(${isSide(b)}) AS "both", sum(a.n)::int AS n,
      row_number() OVER (ORDER BY bool_or(${isSide(a)}) AND bool_or(${isSide(b)}) DESC, sum(a.n) DESC, t.name, top.tid) AS rank
    FROM (${targets}) top JOIN "ChartTargetCount" a ON a."targetId" = top.tid AND (${isSide(a)} OR ${isSide(b)})
    JOIN "Target" t ON t.id = top.tid GROUP BY top.tid, top.root, t.name`;
}

/** Targets ("tid", "root") in the comparison's order (see the top of this file), `limit` of them. */
function groupedOrder(search: CompareSearch, targets: Prisma.Sql, limit: number): Prisma.Sql {
  return sql`SELECT id FROM (
      SELECT r.id, r.rank, bool_or(r."actedA") OVER g AND bool_or(r."actedB") OVER g AS "groupBoth", min(r.rank) OVER g AS "groupRank"
      FROM (${rankTargets(search, targets)}) r WINDOW g AS (PARTITION BY r.root)
    ) r ORDER BY "groupBoth" DESC, "groupRank", rank LIMIT ${limit}`;
}

const queryIds = async (db: Db, query: Prisma.Sql) => (await db.$queryRaw<{ id: number }[]>(query)).map((r) => r.id);

/** The `limit` targets A or B acted on with the most actions in every jurisdiction, in the comparison's order. */
export function orderTargets(search: CompareSearch, limit: number, db: Db): Promise<number[]> {
  return queryIds(db, groupedOrder(search, withRoots(sql`ARRAY(SELECT tid FROM (${topTargets(search, limit)}) t)`), limit));
}

export interface FirstTargetSizes {
  count: number;
  limit: number;
  /** How many targets A or B acted on. */
  total: number;
}

/**
 * The first `count` of orderTargets' order without ranking all `limit` (null when the totals do not
 * prove them; `all` when these are every target). A target's A + B actions are at most its total,
 * so when the last of the first `count` ranked among the K largest totals was acted on by both and
 * has more A + B actions than the next total, no other target ranks before it (K: twice, then four
 * times `count`). Their groups, acted on by both, then come first, whole: every target under their
 * top parents that orderTargets lists.
 */
export async function orderFirstTargets(search: CompareSearch, { count, limit, total }: FirstTargetSizes, db: Db) {
  for (const k of [2 * count, 4 * count].filter((k) => k < limit)) {
    const candidates = await db.$queryRaw<{ tid: number; n: number }[]>(topTargets(search, k + 1));
    const tids = sql`${candidates.slice(0, k).map((c) => c.tid)}::int[]`;
    if (candidates.length <= k) return { ids: await queryIds(db, groupedOrder(search, withRoots(tids), limit)), all: true };
    const ranked = await db.$queryRaw<{ root: number; both: boolean; n: number }[]>`
      SELECT root, "both", n FROM (${rankTargets(search, withRoots(tids))}) r ORDER BY rank LIMIT ${count}`;
    const worst = ranked.at(-1);
    if (ranked.length === count && worst?.both && worst.n > candidates[k].n) {
      const roots = [...new Set(ranked.map((r) => r.root))];
      const ids = await orderFirstGroups(search, roots, count, null, db);
      // Past `limit` targets orderTargets reads only the largest totals. Targets before the limit-th
      // of every target's total are among them; past it, the exact cut decides (~35 ms at 100,000 targets).
      if (total <= limit || !(await anyPastLimit(ids, limit, db))) return { ids, all: false };
      return { ids: await orderFirstGroups(search, roots, count, await lastTarget(search, limit, db), db), all: false };
    }
  }
  return null;
}

/** Whether one of the targets comes after the `limit`-th in every target's totals (an index range). */
async function anyPastLimit(ids: number[], limit: number, db: Db): Promise<boolean> {
  const [{ past }] = await db.$queryRaw<{ past: boolean }[]>`
    WITH cut AS (SELECT n, "targetId" FROM "ChartTargetCount" WHERE jurisdiction IS NULL
      ORDER BY n DESC, "targetId" OFFSET ${limit - 1} LIMIT 1)
    SELECT EXISTS (SELECT 1 FROM "ChartTargetCount" t JOIN cut ON t.n < cut.n OR (t.n = cut.n AND t."targetId" > cut."targetId")
      WHERE t."targetId" = ANY(${ids}::int[]) AND t.jurisdiction IS NULL) AS past`;
  return past;
}

/**
 * The first `count` targets of the groups under `roots`, which come first in this order: a few
 * groups whole at a time (a group is every target under a root, up to three levels), until they
 * hold `count` targets; `last`: the last target orderTargets reads, when it cuts.
 */
async function orderFirstGroups(search: CompareSearch, roots: number[], count: number, last: CutTarget | null, db: Db) {
  for (let n = 1; ; n *= 2) {
    const ids = await queryIds(db, groupedOrder(search, groupMembers(search, roots.slice(0, n), last), count));
    if (ids.length === count || n >= roots.length) return ids;
  }
}

type CutTarget = { tid: number; n: number };

/** The last of the `limit` largest totals that orderTargets reads. */
async function lastTarget(search: CompareSearch, limit: number, db: Db) {
  const [last] = await db.$queryRaw<CutTarget[]>`
    SELECT tid, n FROM (${topTargets(search, limit)}) t ORDER BY n, tid DESC LIMIT 1`;
  return last;
}

/** The targets ("tid", "root") under the given top parents, within the narrowing, and not past `last` in the totals' order. */
function groupMembers(search: CompareSearch, roots: number[], last: CutTarget | null): Prisma.Sql {
  // Every target whose top parent a root is lies within three levels under it.
  const under = withRoots(targetIds({ target: roots, related: true }));
  const inTop = last ? sql`AND EXISTS (SELECT 1 FROM "ChartTargetCount" t WHERE t."targetId" = m.tid AND t.jurisdiction IS NULL
      AND (t.n > ${last.n} OR (t.n = ${last.n} AND t."targetId" <= ${last.tid})))` : Prisma.empty;
  return sql`SELECT m.tid, m.root FROM (${under}) m WHERE m.root = ANY(${roots}::int[]) ${inFocus(search, sql`m.tid`)} ${inTop}`;
}
