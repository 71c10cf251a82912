// The explorer's filters and sort orders as SQL over "SanctionAction" a. Shared by the
// table, the API, the export and the charts, so that every view of one URL agrees.
import { Prisma } from "../generated/prisma/client";
import { type ActionSearch, boundDays, dateRange, includesProposals, type SortKey } from "./search-params";
import type { SpelledSearch } from "./text-spellings";

const { sql, join, raw } = Prisma;

/** How many relation hops "related" follows from a target (officials of units of units). */
export const RELATED_TARGET_DEPTH = 3;

/** Targets in the filter, plus (with `related`) the units and officials linked to them, to three levels. */
export function targetIds(search: Pick<ActionSearch, "target" | "related">): Prisma.Sql {
  const ids = sql`${search.target}::int[]`;
  if (!search.related) return ids;
  return sql`ARRAY(
    WITH RECURSIVE related(id, depth) AS (
      SELECT unnest(${ids}), 0
      UNION
      SELECT r."fromId", related.depth + 1 FROM "TargetRelation" r JOIN related ON r."toId" = related.id
      WHERE related.depth < ${RELATED_TARGET_DEPTH}
    ) SELECT id FROM related)`;
}

/** A search as its SQL reads it: a text's other spellings are looked up first (withSpellings). */
export type ActionFilter = ActionSearch & Partial<Pick<SpelledSearch, "spelled" | "spelledTargets">>;

export function actionWhere(search: ActionFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (!includesProposals(search)) conditions.push(sql`a.kind <> 'PROPOSAL'`);
  // Compared as enums, not text, so the planner can use the columns' statistics and indexes.
  if (search.jurisdiction.length) conditions.push(sql`a.jurisdiction = ANY(${search.jurisdiction}::"Jurisdiction"[])`);
  if (search.kind.length) conditions.push(sql`a.kind = ANY(${search.kind}::"ActionKind"[])`);
  if (search.status.length) conditions.push(sql`a.status = ANY(${search.status}::"ActionStatus"[])`);
  if (search.authority.length) conditions.push(sql`a."authorityId" = ANY(${search.authority}::int[])`);
  if (search.ground.length) {
    conditions.push(sql`a."groundCategories" && ${search.ground}::"GroundCategory"[]`);
  }
  if (search.instrument.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM "ActionInstrument" ai
      WHERE ai."actionId" = a.id AND ai."instrumentId" = ANY(${search.instrument}::int[]))`);
  }
  if (search.target.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM "ActionTarget" at
      WHERE at."actionId" = a.id AND at."targetId" = ANY(${targetIds(search)}))`);
  }
  // Only actions with no date at all (the partial index "SanctionAction_undated" holds them).
  if (search.undated) conditions.push(sql`a."datePrecision" = 'UNKNOWN'`);
  const { from, to } = dateRange(search);
  // An imprecise date matches a range it overlaps; an unknown date matches no range.
  if (from || to) conditions.push(sql`a."datePrecision" <> 'UNKNOWN'`);
  if (search.exact && (from || to)) {
    // The date's own bounds: it starts within `from` and ends within `to`; a missing bound is a
    // date open at that end. How the timeline's bands count (lib/charts/charts-over-time.ts).
    conditions.push(dateIn(sql`a."dateStart"`, search.from), dateIn(sql`a."dateEnd"`, search.to));
  } else if (search.within) {
    // Only actions known to fall wholly inside the range (how the charts bucket a year).
    if (from) conditions.push(sql`a."dateStart" >= ${from}::date`);
    if (to) conditions.push(sql`a."dateEnd" <= ${to}::date`);
  } else {
    if (from) conditions.push(sql`coalesce(a."dateEnd", 'infinity'::date) >= ${from}::date`);
    if (to) conditions.push(sql`coalesce(a."dateStart", '-infinity'::date) <= ${to}::date`);
  }
  if (search.q.trim()) {
    if (!search.spelled) throw new Error("A text search needs its other spellings looked up first (withSpellings)");
    // name_plain leaves letters a-z, digits and spaces, so the pattern holds no LIKE wildcard; a
    // text with none of those (punctuation, another script) matches nothing rather than everything.
    const text = sql`a."searchText" LIKE '%' || nullif(btrim(name_plain(${search.q})), '') || '%'`;
    conditions.push(search.spelled.length ? sql`(${text} OR a.id = ANY(${search.spelled}::int[]))` : text);
  }
  return conditions.length ? join(conditions, " AND ") : sql`TRUE`;
}

/**
 * The matches of a text search that names targets under other spellings, in two parts that share
 * no action: the action rows a (`rowColumns`) whose text matches, less those of the spelled
 * targets; and the spelled targets' actions, each once, from "ChartTargetAction"'s covering index
 * as a (`targetActionColumns`, from its columns). Reading those actions' rows instead would visit
 * a heap page for nearly each of them (27,000 pages for "Soleimany" at a million actions).
 * With `repeats`, an action of several spelled targets comes once for each: for answers a repeat
 * cannot change (the newest action, a set of targets), which then skip sorting every entry by id.
 */
export function spelledTextParts(
  search: ActionSearch & Pick<SpelledSearch, "spelledTargets">,
  rowColumns: Prisma.Sql,
  targetActionColumns: Prisma.Sql,
  { repeats = false } = {},
): [textRows: Prisma.Sql, spelledTargetActions: Prisma.Sql] {
  const targets = sql`${search.spelledTargets}::int[]`;
  return [
    sql`SELECT ${rowColumns} FROM "SanctionAction" a WHERE ${actionWhere({ ...search, spelled: [] })} AND NOT a."targetIds" && ${targets}`,
    // Every filter but the text reads columns "ChartTargetAction" has, or the action's id.
    sql`SELECT ${eachActionOnce(!repeats)} ${targetActionColumns} FROM "ChartTargetAction" a
      WHERE a."targetId" = ANY(${targets}) AND ${actionWhere({ ...search, q: "" })}`,
  ];
}

/** For rows of "ChartTargetAction" a, one per matched target: `DISTINCT ON (a.id)` when each action must come once. */
export const eachActionOnce = (once: boolean) => (once ? sql`DISTINCT ON (a.id)` : Prisma.empty);

/** A date with no known start ("by September 2021"): it sorts by its end, though it may be older than any other. */
export const openStart = sql`a."dateStart" IS NULL AND a."datePrecision" <> 'UNKNOWN'`;

/** A date column within the days a bound names ("2012": that year), or null when there is no bound. */
function dateIn(column: Prisma.Sql, bound: string): Prisma.Sql {
  if (!bound) return sql`${column} IS NULL`;
  const { first, last } = boundDays(bound);
  return sql`${column} BETWEEN ${first}::date AND ${last}::date`;
}

/**
 * With an upper date bound, the matches of actionWhere fall in two parts: those whose sort
 * date is within the bound (a range of the date index, so a page or a bounded count needs no
 * long walk) and the few with an open start ("by 2021"), sorted by their end. Null without one.
 */
export function actionDateParts(search: ActionSearch): [inRange: Prisma.Sql, openStart: Prisma.Sql] | null {
  const { to } = dateRange(search);
  if (!to) return null;
  return [sql`a."sortDate" <= ${to}::date`, sql`${openStart} AND (a."sortDate" > ${to}::date OR a."sortDate" IS NULL)`];
}

// Every order ends with the id, so pages never overlap or skip rows. Unknown dates sort last
// in both directions. Each order has a matching index (migrations search_and_sort, grounds_sort).
const ORDER_COLUMNS: Record<SortKey, string> = {
  date: `a."sortDate" %DIR% NULLS LAST, a.id %DIR%`,
  jurisdiction: `a.jurisdiction %DIR%, a.id %DIR%`,
  authority: `a."sortAuthority" %DIR%, a.id %DIR%`,
  kind: `a.kind %DIR%, a.id %DIR%`,
  status: `a.status %DIR%, a.id %DIR%`,
  targets: `a."sortTargets" %DIR%, a.id %DIR%`,
  instruments: `a."sortInstruments" %DIR%, a.id %DIR%`,
  // Arrays compare element by element, in the enum's declared order.
  grounds: `a."groundCategories" %DIR%, a.id %DIR%`,
  sources: `a."sourceCount" %DIR%, a.id %DIR%`,
};

export function actionOrder({ sort, dir }: Pick<ActionSearch, "sort" | "dir">): Prisma.Sql {
  // Both values come from allow-lists (SORT_KEYS, SORT_DIRECTIONS), never from raw input.
  return raw(ORDER_COLUMNS[sort].replaceAll("%DIR%", dir === "asc" ? "ASC" : "DESC"));
}

