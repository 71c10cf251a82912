import "server-only";
import { actionWhere } from "../actions/action-filters";
import { DEFAULT_ACTION_SEARCH } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
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
  both: number;
  onlyA: number;
  onlyB: number;
}

/** The actions the comparison covers: the table's default (no proposals), the two jurisdictions. */
export const compareWhere = ({ a, b }: CompareSearch) => actionWhere({ ...DEFAULT_ACTION_SEARCH, jurisdiction: [a, b] });

/**
 * Per target acted on by A or B: counts, first dates (as intervals, see mergeFirstIntervals),
 * grounds and instruments of each side; targets acted on by both first. The set counts cover
 * every target; the rows stop at `limit`.
 */
export async function compareTargets(search: CompareSearch, limit: number, db: Db = getDb()) {
  const where = compareWhere(search);
  const { a, b } = search;
  const per = await db.$queryRaw<PerTarget[]>`
    WITH hits AS (
      SELECT at."targetId" AS tid, a.jurisdiction::text AS side, a."dateStart" AS s, a."dateEnd" AS e
      FROM "SanctionAction" a JOIN "ActionTarget" at ON at."actionId" = a.id
      WHERE ${where}
    ), per AS (
      SELECT tid,
        count(*) FILTER (WHERE side = ${a})::int AS "actionsA",
        count(*) FILTER (WHERE side = ${b})::int AS "actionsB",
        CASE WHEN bool_or(side = ${a} AND s IS NULL) THEN NULL ELSE to_char(min(s) FILTER (WHERE side = ${a}), 'YYYY-MM-DD') END AS "startA",
        to_char(min(e) FILTER (WHERE side = ${a}), 'YYYY-MM-DD') AS "endA",
        CASE WHEN bool_or(side = ${b} AND s IS NULL) THEN NULL ELSE to_char(min(s) FILTER (WHERE side = ${b}), 'YYYY-MM-DD') END AS "startB",
        to_char(min(e) FILTER (WHERE side = ${b}), 'YYYY-MM-DD') AS "endB"
      FROM hits GROUP BY tid
    ), ranked AS (
      SELECT per.*,
        count(*) FILTER (WHERE "actionsA" > 0 AND "actionsB" > 0) OVER ()::int AS both,
        count(*) FILTER (WHERE "actionsB" = 0) OVER ()::int AS "onlyA",
        count(*) FILTER (WHERE "actionsA" = 0) OVER ()::int AS "onlyB"
      FROM per
      ORDER BY ("actionsA" > 0 AND "actionsB" > 0) DESC, "actionsA" + "actionsB" DESC, tid
      LIMIT ${limit}
    )
    SELECT ranked.tid AS "targetId", t.name, t.kind, ranked."actionsA", ranked."actionsB", ranked."startA", ranked."endA",
      ranked."startB", ranked."endB", ranked.both, ranked."onlyA", ranked."onlyB"
    FROM ranked JOIN "Target" t ON t.id = ranked.tid
    ORDER BY (ranked."actionsA" > 0 AND ranked."actionsB" > 0) DESC, ranked."actionsA" + ranked."actionsB" DESC, t.name, t.id`;
  const ids = per.map((p) => p.targetId);
  const [details, groups, relations] = await Promise.all([
    listSideDetails(search, ids, db),
    listGroups(ids, db),
    db.$queryRaw<{ tid: number; kind: TargetRelationKind; toName: string }[]>`
      SELECT r."fromId" AS tid, r.kind, t.name AS "toName" FROM "TargetRelation" r JOIN "Target" t ON t.id = r."toId"
      WHERE r."fromId" = ANY(${ids}::int[]) ORDER BY r."fromId", t.name`,
  ]);
  const side = (start: string | null, end: string | null, count: number): DayInterval | null =>
    count > 0 ? { start, end } : null;
  const rows: CompareTargetRow[] = per.map((p) => {
    const firstA = side(p.startA, p.endA, p.actionsA);
    const firstB = side(p.startB, p.endB, p.actionsB);
    const d = (s: string) => details.get(`${p.targetId}:${s}`);
    return {
      targetId: p.targetId,
      name: p.name,
      kind: p.kind,
      actionsA: p.actionsA,
      actionsB: p.actionsB,
      firstA,
      firstB,
      lag: compareFirstDates(firstA, firstB),
      groundsA: d(a)?.grounds ?? [],
      groundsB: d(b)?.grounds ?? [],
      instrumentsA: d(a)?.instruments ?? [],
      instrumentsB: d(b)?.instruments ?? [],
      group: groups.get(p.targetId) ?? { id: p.targetId, name: p.name },
      relations: relations.filter((r) => r.tid === p.targetId).map(({ kind, toName }) => ({ kind, toName })),
    };
  });
  const sets: CompareTargetSets = per[0] ? { both: per[0].both, onlyA: per[0].onlyA, onlyB: per[0].onlyB } : { both: 0, onlyA: 0, onlyB: 0 };
  return { rows, sets, total: sets.both + sets.onlyA + sets.onlyB };
}

async function listSideDetails({ a, b }: CompareSearch, ids: number[], db: Db) {
  const where = compareWhere({ a, b });
  const [grounds, instruments] = await Promise.all([
    db.$queryRaw<{ tid: number; side: string; values: GroundCategory[] }[]>`
      SELECT at."targetId" AS tid, a.jurisdiction::text AS side, array_agg(DISTINCT g::text ORDER BY g::text) AS values
      FROM "SanctionAction" a JOIN "ActionTarget" at ON at."actionId" = a.id CROSS JOIN LATERAL unnest(a."groundCategories") g
      WHERE ${where} AND at."targetId" = ANY(${ids}::int[]) GROUP BY 1, 2`,
    db.$queryRaw<{ tid: number; side: string; values: string[] }[]>`
      SELECT at."targetId" AS tid, a.jurisdiction::text AS side, array_agg(DISTINCT i.citation ORDER BY i.citation) AS values
      FROM "SanctionAction" a JOIN "ActionTarget" at ON at."actionId" = a.id
      JOIN "ActionInstrument" ai ON ai."actionId" = a.id JOIN "LegalInstrument" i ON i.id = ai."instrumentId"
      WHERE ${where} AND at."targetId" = ANY(${ids}::int[]) GROUP BY 1, 2`,
  ]);
  const details = new Map<string, { grounds: GroundCategory[]; instruments: string[] }>();
  const entry = (tid: number, side: string) => {
    const key = `${tid}:${side}`;
    if (!details.has(key)) details.set(key, { grounds: [], instruments: [] });
    return details.get(key) as { grounds: GroundCategory[]; instruments: string[] };
  };
  for (const g of grounds) entry(g.tid, g.side).grounds = g.values;
  for (const i of instruments) entry(i.tid, i.side).instruments = i.values;
  return details;
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
