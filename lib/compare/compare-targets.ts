import "server-only";
import { actionWhere, targetIds } from "../actions/action-filters";
import { DEFAULT_ACTION_SEARCH } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { GroundCategory, TargetKind, TargetRelationKind } from "../generated/prisma/enums";
import { compareFirstDates, type DayInterval, type LagOutcome } from "./compare-lag";
import { isSide, orderFirstTargets, orderTargets, targetRoots } from "./compare-order";
import type { CompareSearch } from "./compare-search";

export interface CompareTargetRow {
  targetId: number;
  name: string;
  kind: TargetKind;
  actionsA: number;
  actionsB: number;
  firstA: DayInterval | null;
  firstB: DayInterval | null;
  lag: LagOutcome;
  groundsA: GroundCategory[];
  groundsB: GroundCategory[];
  instrumentsA: string[];
  instrumentsB: string[];
  /** The top parent the target is grouped under (itself when it has none), and how it relates. */
  group: { id: number; name: string };
  relations: { kind: TargetRelationKind; toName: string }[];
}

export interface CompareTargetSets {
  both: number;
  onlyA: number;
  onlyB: number;
}

interface PerTarget {
  targetId: number;
  name: string;
  kind: TargetKind;
  actionsA: number;
  actionsB: number;
  startA: string | null;
  endA: string | null;
  startB: string | null;
  endB: string | null;
  groundsA: GroundCategory[];
  groundsB: GroundCategory[];
  instrumentIdsA: number[] | null;
  instrumentIdsB: number[] | null;
}

/** The actions the comparison covers: the table's default (no proposals), the two jurisdictions, its targets. */
export const compareWhere = ({ a, b, target, related }: CompareSearch) =>
  actionWhere({ ...DEFAULT_ACTION_SEARCH, jurisdiction: [a, b], target, related });

/**
 * Per target acted on by A or B: counts, first dates (as intervals, see mergeFirstIntervals),
 * grounds and instruments of each side, for the `limit` targets with the most actions, in the
 * comparison's order (compare-order.ts). The set counts cover every target.
 */
export async function compareTargets(search: CompareSearch, limit: number, db: Db = getDb()) {
  const [sets, ids] = await Promise.all([countTargetSets(search, db), orderTargets(search, limit, db)]);
  return { rows: await describeTargets(search, ids, db), sets, total: sets.both + sets.onlyA + sets.onlyB };
}

/** How the comparison streams: at most `limit` targets, `first` of them in the first chunk, then `chunk` a chunk. */
export interface CompareStreamSizes {
  limit: number;
  first: number;
  chunk: number;
}

/**
 * The same rows as compareTargets, a chunk at a time, in the same order. The first chunk is ordered
 * from the targets with the largest totals when that proves it (orderFirstTargets), before the rest are.
 * `sets`: the set counts, when the caller has them already.
 */
export async function* streamCompareTargets(
  search: CompareSearch,
  { limit, first, chunk }: CompareStreamSizes,
  db: Db = getDb(),
  sets?: CompareTargetSets,
) {
  const count = Math.min(first, limit);
  const { both, onlyA, onlyB } = sets ?? (await countTargetSets(search, db));
  const proven = await orderFirstTargets(search, { count, limit, total: both + onlyA + onlyB }, db);
  let from = 0;
  if (proven && !proven.all) {
    yield describeTargets(search, proven.ids, db);
    from = proven.ids.length;
  }
  const ids = proven?.all ? proven.ids : await orderTargets(search, limit, db);
  while (from < ids.length) {
    const size = from === 0 ? count : chunk;
    yield describeTargets(search, ids.slice(from, from + size), db);
    from += size;
  }
}

/** Both / only A / only B: from 16 mask rows, or from the per-target counts of a narrowed comparison. */
export async function countTargetSets(search: CompareSearch, db: Db = getDb()): Promise<CompareTargetSets> {
  const { a, b } = search;
  if (search.target.length) {
    const [sets] = await db.$queryRaw<CompareTargetSets[]>`
      WITH sides AS (
        SELECT bool_or(${isSide(a)}) AS "actedA", bool_or(${isSide(b)}) AS "actedB" FROM "ChartTargetCount" a
        WHERE a."targetId" = ANY(${targetIds(search)}) AND (${isSide(a)} OR ${isSide(b)}) GROUP BY a."targetId"
      )
      SELECT count(*) FILTER (WHERE "actedA" AND "actedB")::int AS both, count(*) FILTER (WHERE "actedA" AND NOT "actedB")::int AS "onlyA",
        count(*) FILTER (WHERE "actedB" AND NOT "actedA")::int AS "onlyB" FROM sides`;
    return sets;
  }
  const [sets] = await db.$queryRaw<CompareTargetSets[]>`
    SELECT
      coalesce(sum(n) FILTER (WHERE mask & chart_jurisdiction_bit(${a}::"Jurisdiction") <> 0
        AND mask & chart_jurisdiction_bit(${b}::"Jurisdiction") <> 0), 0)::int AS both,
      coalesce(sum(n) FILTER (WHERE mask & chart_jurisdiction_bit(${a}::"Jurisdiction") <> 0
        AND mask & chart_jurisdiction_bit(${b}::"Jurisdiction") = 0), 0)::int AS "onlyA",
      coalesce(sum(n) FILTER (WHERE mask & chart_jurisdiction_bit(${a}::"Jurisdiction") = 0
        AND mask & chart_jurisdiction_bit(${b}::"Jurisdiction") <> 0), 0)::int AS "onlyB"
    FROM "ChartTargetMask"`;
  return sets;
}

/** The comparison rows of the given targets, in their order. */
async function describeTargets({ a, b }: CompareSearch, ids: number[], db: Db): Promise<CompareTargetRow[]> {
  const [per, groups, relations] = await Promise.all([
    db.$queryRaw<PerTarget[]>`
      WITH per AS (
        SELECT a."targetId" AS tid,
          coalesce(sum(a.n) FILTER (WHERE ${isSide(a)}), 0)::int AS "actionsA",
          coalesce(sum(a.n) FILTER (WHERE ${isSide(b)}), 0)::int AS "actionsB",
          CASE WHEN sum(a."openStarts") FILTER (WHERE ${isSide(a)}) > 0 THEN NULL
            ELSE to_char(min(a."minStart") FILTER (WHERE ${isSide(a)}), 'YYYY-MM-DD') END AS "startA",
          to_char(min(a."minEnd") FILTER (WHERE ${isSide(a)}), 'YYYY-MM-DD') AS "endA",
          CASE WHEN sum(a."openStarts") FILTER (WHERE ${isSide(b)}) > 0 THEN NULL
            ELSE to_char(min(a."minStart") FILTER (WHERE ${isSide(b)}), 'YYYY-MM-DD') END AS "startB",
          to_char(min(a."minEnd") FILTER (WHERE ${isSide(b)}), 'YYYY-MM-DD') AS "endB",
          coalesce(bit_or(a."groundMask") FILTER (WHERE ${isSide(a)}), 0) AS "groundMaskA",
          coalesce(bit_or(a."groundMask") FILTER (WHERE ${isSide(b)}), 0) AS "groundMaskB",
          max(a."instrumentIds") FILTER (WHERE ${isSide(a)}) AS "instrumentIdsA",
          max(a."instrumentIds") FILTER (WHERE ${isSide(b)}) AS "instrumentIdsB"
        FROM "ChartTargetCount" a WHERE a."targetId" = ANY(${ids}::int[]) AND (${isSide(a)} OR ${isSide(b)})
        GROUP BY 1
      ),
      -- Each distinct mask listed once, rather than twice per target.
      grounds AS (SELECT m, chart_ground_list(m)::text[] AS list FROM (SELECT "groundMaskA" FROM per UNION SELECT "groundMaskB" FROM per) x(m))
      SELECT per.tid AS "targetId", t.name, t.kind, per."actionsA", per."actionsB", per."startA", per."endA",
        per."startB", per."endB", ga.list AS "groundsA", gb.list AS "groundsB", per."instrumentIdsA", per."instrumentIdsB"
      FROM per JOIN "Target" t ON t.id = per.tid JOIN grounds ga ON ga.m = per."groundMaskA" JOIN grounds gb ON gb.m = per."groundMaskB"`,
    listGroups(ids, db),
    db.$queryRaw<{ tid: number; kind: TargetRelationKind; toName: string }[]>`
      SELECT r."fromId" AS tid, r.kind, (SELECT t.name FROM "Target" t WHERE t.id = r."toId") AS "toName" FROM "TargetRelation" r
      WHERE r."fromId" = ANY(${ids}::int[]) ORDER BY r."fromId", "toName"`,
  ]);
  const byId = new Map(per.map((p) => [p.targetId, p]));
  // The chunk's instruments read once, in citation order, rather than a sorted look-up per target and side.
  const instrumentIds = [...new Set(per.flatMap((p) => [...(p.instrumentIdsA ?? []), ...(p.instrumentIdsB ?? [])]))];
  const cited = await db.$queryRaw<{ id: number; citation: string }[]>`
    SELECT i.id, i.citation FROM "LegalInstrument" i WHERE i.id = ANY(${instrumentIds}::int[]) ORDER BY i.citation`;
  const citationOrder = new Map(cited.map((c, i) => [c.id, i]));
  const citations = (instrumentIds: number[] | null) =>
    (instrumentIds ?? []).map((id) => citationOrder.get(id) as number).sort((x, y) => x - y).map((i) => cited[i].citation);
  const relationsOf = new Map<number, CompareTargetRow["relations"]>();
  for (const { tid, kind, toName } of relations) relationsOf.set(tid, [...(relationsOf.get(tid) ?? []), { kind, toName }]);
  const side = (start: string | null, end: string | null, count: number): DayInterval | null =>
    count > 0 ? { start, end } : null;
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const firstA = side(p.startA, p.endA, p.actionsA);
    const firstB = side(p.startB, p.endB, p.actionsB);
    return [{
      targetId: p.targetId,
      name: p.name,
      kind: p.kind,
      actionsA: p.actionsA,
      actionsB: p.actionsB,
      firstA,
      firstB,
      lag: compareFirstDates(firstA, firstB),
      groundsA: p.groundsA,
      groundsB: p.groundsB,
      instrumentsA: citations(p.instrumentIdsA),
      instrumentsB: citations(p.instrumentIdsB),
      group: groups.get(p.targetId) ?? { id: p.targetId, name: p.name },
      relations: relationsOf.get(id) ?? [],
    }];
  });
}

/** Each target's top parent (targetRoots) with its name. */
async function listGroups(ids: number[], db: Db) {
  const rows = await db.$queryRaw<{ tid: number; id: number; name: string }[]>`
    SELECT roots.tid, t.id, t.name FROM (${targetRoots(Prisma.sql`${ids}`)}) roots JOIN "Target" t ON t.id = roots.id`;
  return new Map(rows.map((r) => [r.tid, { id: r.id, name: r.name }]));
}
