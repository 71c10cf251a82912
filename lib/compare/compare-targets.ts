import "server-only";
import { actionWhere, targetIds } from "../actions/action-filters";
import { DEFAULT_ACTION_SEARCH } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { GroundCategory, TargetKind, TargetRelationKind } from "../generated/prisma/enums";
import { compareFirstDates, type DayInterval, type LagOutcome } from "./compare-lag";
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
  instrumentsA: string[];
  instrumentsB: string[];
}

/** The actions the comparison covers: the table's default (no proposals), the two jurisdictions, its targets. */
export const compareWhere = ({ a, b, target, related }: CompareSearch) =>
  actionWhere({ ...DEFAULT_ACTION_SEARCH, jurisdiction: [a, b], target, related });

/**
 * Per target acted on by A or B: counts, first dates (as intervals, see mergeFirstIntervals),
 * grounds and instruments of each side, for the `limit` targets with the most actions; targets
 * acted on by both first. The set counts cover every target.
 */
export async function compareTargets(search: CompareSearch, limit: number, db: Db = getDb()) {
  const [sets, ids] = await Promise.all([countTargetSets(search, db), rankTargets(search, limit, db)]);
  return { rows: await describeTargets(search, ids, db), sets, total: sets.both + sets.onlyA + sets.onlyB };
}

/** The same rows `chunk` targets at a time, in the same order: the first come before the rest are read. */
export async function* streamCompareTargets(search: CompareSearch, limit: number, chunk: number, db: Db = getDb()) {
  const ids = await rankTargets(search, limit, db);
  for (let start = 0; start < ids.length; start += chunk) yield describeTargets(search, ids.slice(start, start + chunk), db);
}

// From the pre-aggregated counts (migration chart_cells), whose scope — actions other than
// proposals, per jurisdiction — is the comparison's.
const isSide = (j: string) => Prisma.sql`a.jurisdiction = ${j}::"Jurisdiction"`;

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

/** The `limit` targets A or B acted on with the most actions (by the totals' index), both sides first, then by A + B. */
async function rankTargets(search: CompareSearch, limit: number, db: Db): Promise<number[]> {
  const { a, b } = search;
  const focus = search.target.length ? Prisma.sql`AND t."targetId" = ANY(${targetIds(search)})` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH top AS (
      SELECT t."targetId" AS tid FROM "ChartTargetCount" t
      WHERE t.jurisdiction IS NULL ${focus} AND EXISTS (SELECT 1 FROM "ChartTargetCount" a
        WHERE a."targetId" = t."targetId" AND (${isSide(a)} OR ${isSide(b)}))
      ORDER BY t.n DESC, t."targetId" LIMIT ${limit}
    )
    SELECT top.tid AS id FROM top JOIN "ChartTargetCount" a ON a."targetId" = top.tid AND (${isSide(a)} OR ${isSide(b)})
    JOIN "Target" t ON t.id = top.tid
    GROUP BY top.tid, t.name ORDER BY count(*) = 2 DESC, sum(a.n) DESC, t.name, top.tid`;
  return rows.map((r) => r.id);
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
          chart_ground_list(coalesce(bit_or(a."groundMask") FILTER (WHERE ${isSide(a)}), 0))::text[] AS "groundsA",
          chart_ground_list(coalesce(bit_or(a."groundMask") FILTER (WHERE ${isSide(b)}), 0))::text[] AS "groundsB",
          max(a."instrumentIds") FILTER (WHERE ${isSide(a)}) AS "instrumentIdsA",
          max(a."instrumentIds") FILTER (WHERE ${isSide(b)}) AS "instrumentIdsB"
        FROM "ChartTargetCount" a WHERE a."targetId" = ANY(${ids}::int[]) AND (${isSide(a)} OR ${isSide(b)})
        GROUP BY 1
      )
      SELECT per.tid AS "targetId", t.name, t.kind, per."actionsA", per."actionsB", per."startA", per."endA",
        per."startB", per."endB", per."groundsA", per."groundsB",
        ARRAY(SELECT i.citation FROM "LegalInstrument" i WHERE i.id = ANY(per."instrumentIdsA") ORDER BY i.citation) AS "instrumentsA",
        ARRAY(SELECT i.citation FROM "LegalInstrument" i WHERE i.id = ANY(per."instrumentIdsB") ORDER BY i.citation) AS "instrumentsB"
      FROM per JOIN "Target" t ON t.id = per.tid`,
    listGroups(ids, db),
    db.$queryRaw<{ tid: number; kind: TargetRelationKind; toName: string }[]>`
      SELECT r."fromId" AS tid, r.kind, t.name AS "toName" FROM "TargetRelation" r JOIN "Target" t ON t.id = r."toId"
      WHERE r."fromId" = ANY(${ids}::int[]) ORDER BY r."fromId", t.name`,
  ]);
  const byId = new Map(per.map((p) => [p.targetId, p]));
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
      instrumentsA: p.instrumentsA,
      instrumentsB: p.instrumentsB,
      group: groups.get(p.targetId) ?? { id: p.targetId, name: p.name },
      relations: relationsOf.get(id) ?? [],
    }];
  });
}

/** Each target's top parent, following TargetRelation up to three levels as the table's `related` filter does. */
async function listGroups(ids: number[], db: Db) {
  const rows = await db.$queryRaw<{ tid: number; id: number; name: string }[]>`
    WITH RECURSIVE up(tid, ancestor, depth) AS (
      SELECT id, id, 0 FROM unnest(${ids}::int[]) id
      UNION
      SELECT up.tid, r."toId", up.depth + 1 FROM up JOIN "TargetRelation" r ON r."fromId" = up.ancestor WHERE up.depth < 3
    ), roots AS (
      SELECT DISTINCT ON (tid) tid, ancestor FROM up
      WHERE NOT EXISTS (SELECT 1 FROM "TargetRelation" r WHERE r."fromId" = up.ancestor)
      ORDER BY tid, depth DESC, ancestor
    )
    SELECT roots.tid, t.id, t.name FROM roots JOIN "Target" t ON t.id = roots.ancestor`;
  return new Map(rows.map((r) => [r.tid, { id: r.id, name: r.name }]));
}
