// Which rows answer a search: the one place that decides. Pre-aggregated cells (migrations
// chart_cells to chart_undated_cells) answer every filter that does not name single actions
// (instrument, target, text, and actions with no date); those are selective, so their charts
// aggregate the matched actions directly. See docs/overview-and-compare.md, "Overview speed: which rows answer a search".
import { actionWhere, eachActionOnce, spelledTextParts, targetIds } from "../actions/action-filters";
import { type ActionSearch, dateRange, includesProposals, matchesOverlap } from "../actions/search-params";
import { Prisma } from "../generated/prisma/client";
import type { ChartSearch } from "./charts-text-match";

const { sql } = Prisma;

/**
 * Filters that pick out single actions: the cells hold none of them. Actions with no date are
 * read as such too: few (5% of the synthetic million), and held by a partial index of their own.
 */
export function namesActions(search: ActionSearch): boolean {
  return search.instrument.length > 0 || search.target.length > 0 || search.q.trim() !== "" || search.undated;
}

const hasDates = (search: ActionSearch) => search.from !== "" || search.to !== "";

/** A range of whole years, which the cells' dates (rounded out to years) answer exactly. */
function isWholeYears(search: ActionSearch): boolean {
  const { from, to } = dateRange(search);
  return (!from || from.endsWith("-01-01")) && (!to || to.endsWith("-12-31"));
}

// In the column order of "ChartActionCell", so that action rows and cells can be added up.
const cellColumns = sql`a.jurisdiction, a.kind, a.status, a."authorityId", a."groundCategories", a."datePrecision",
  a."dateStart", a."dateEnd"`;
// Every column here is in the covering date indexes (migration action_link_ids), so the
// actions at the edges of a range of days are read from index entries alone.
const actionRowColumns = sql`${cellColumns}, cardinality(a."instrumentIds") > 0 AS "hasInstruments"`;

/** A target filter without instrument or text: its targets' actions are read from "ChartTargetAction". */
export function readsTargetActions(search: ActionSearch): boolean {
  return search.target.length > 0 && !search.instrument.length && !search.q.trim();
}

/** A text naming targets under other spellings, not matched as ids: their actions are read from "ChartTargetAction" (spelledTextParts). */
export function readsSpelledTargetActions(search: ChartSearch): boolean {
  return !search.matched && search.q.trim() !== "" && (search.spelledTargets?.length ?? 0) > 0;
}

// The columns of "ChartTargetAction" a that matchedActions gives.
const targetActionColumns = sql`a.id, a.jurisdiction, a.kind, a.status, a."authorityId", a."groundCategories", a."datePrecision",
  a."dateStart", a."dateEnd", a."hasInstruments"`;

/**
 * The actions a search matches, each once, with their `id` and the columns of "ChartActionCell".
 * A target filter reads its targets' actions from the covering index of "ChartTargetAction"
 * rather than the action rows, as does a text its spelled targets'; a text matched already, its
 * matches by id. `linkIds` adds the action's "targetIds" or "instrumentIds" (matchedLinks), which
 * action rows and "ChartTargetAction" rows both carry. With `repeats`, an action read from
 * "ChartTargetAction" comes once for each of its matched targets, unsorted: for answers a repeat
 * cannot change (the newest action, a set of targets).
 */
export function matchedActions(search: ChartSearch, { linkIds = Prisma.empty, repeats = false } = {}): Prisma.Sql {
  if (search.matched) {
    // Matched once for every chart (charts-text-match): those rows, the other filters applied again (proposals).
    return sql`SELECT a.id, ${actionRowColumns} ${linkIds} FROM unnest(${search.matched}::int[]) m(id) JOIN "SanctionAction" a ON a.id = m.id
      WHERE ${actionWhere({ ...search, q: "" })}`;
  }
  if (readsTargetActions(search)) {
    return sql`SELECT ${eachActionOnce(!repeats)} ${targetActionColumns} ${linkIds}
      FROM "ChartTargetAction" a WHERE a."targetId" = ANY(${targetIds(search)}) AND ${actionWhere({ ...search, target: [] })}`;
  }
  if (!search.q.trim()) return sql`SELECT a.id, ${actionRowColumns} ${linkIds} FROM "SanctionAction" a WHERE ${actionWhere(search)}`;
  if (!search.spelledTargets) throw new Error("A text search needs its text matched first (withTextMatch)");
  if (!readsSpelledTargetActions(search)) {
    return sql`SELECT a.id, ${actionRowColumns} ${linkIds} FROM "SanctionAction" a WHERE ${actionWhere({ ...search, spelled: [] })}`;
  }
  const [textRows, spelledTargetActions] = spelledTextParts(
    { ...search, spelledTargets: search.spelledTargets }, sql`a.id, ${actionRowColumns} ${linkIds}`, sql`${targetActionColumns} ${linkIds}`, { repeats });
  return sql`(${textRows}) UNION ALL (${spelledTargetActions})`;
}

const LINK_IDS = { targets: sql`"targetIds"`, instruments: sql`"instrumentIds"` };

/**
 * The matched actions a, each with one of its targets or instruments as l.id (each pair once, or
 * with `repeats` as often as matchedActions gives the action), from the ids the action carries.
 */
export function matchedLinks(search: ChartSearch, link: keyof typeof LINK_IDS, { repeats = false } = {}): Prisma.Sql {
  const ids = LINK_IDS[link];
  return sql`(${matchedActions(search, { linkIds: sql`, a.${ids}`, repeats })}) a CROSS JOIN unnest(a.${ids}) l(id)`;
}

/**
 * The search's rows with the columns of "ChartActionCell" (those of "ChartUndatedCell" unless
 * `dated`), each counting `n` actions: cells, or the matched actions. A range of days is read
 * as the whole years around it, less the actions those years let in that the days do not.
 */
export function chartRows(search: ChartSearch, { dated = false } = {}): Prisma.Sql {
  // Exact bounds in months or days (chart links name whole years, which the cells answer) pick out
  // actions by days the cells do not hold: read like named actions.
  if (namesActions(search) || (search.exact && !isWholeYears(search))) {
    // OFFSET 0 keeps a caller's condition (pending proposals) out of the match, which the
    // planner would otherwise start from, reading every proposal to find the few named.
    return sql`SELECT a.jurisdiction, a.kind, a.status, a."authorityId", a."groundCategories", a."datePrecision", a."dateStart",
      a."dateEnd", a."hasInstruments", 1 AS n FROM (${matchedActions(search)} OFFSET 0) a`;
  }
  // Without dates in the search or the answer, the cells summed over dates.
  if (!dated && !hasDates(search)) return sql`SELECT a.* FROM "ChartUndatedCell" a WHERE ${actionWhere(search)}`;
  // The timeline without authority, ground or date filters: the ten times smaller date cells
  // (migration chart_cells), their years as year-rounded dates.
  if (!hasDates(search) && !search.authority.length && !search.ground.length) {
    return sql`SELECT a.jurisdiction, a.kind, a.status,
        (CASE WHEN a."startYear" IS NULL AND a."endYear" IS NULL THEN 'UNKNOWN' ELSE 'YEAR' END)::"DatePrecision" AS "datePrecision",
        make_date(a."startYear", 1, 1) AS "dateStart", make_date(a."endYear", 12, 31) AS "dateEnd", a."hasInstruments", a.n
      FROM "ChartDateCell" a WHERE ${actionWhere(search)}`;
  }
  if (isWholeYears(search)) return sql`SELECT a.* FROM "ChartActionCell" a WHERE ${actionWhere(search)}`;
  const years = { ...search, from: search.from.slice(0, 4), to: search.to.slice(0, 4) };
  const { from, to } = dateRange(search);
  // An action the years let in and the days do not ends before `from` in the first year, or
  // starts after `to` in the last (within: starts before, ends after): a range of a date index.
  const [first, last] = [sql`a."sortDate"`, sql`coalesce(a."dateEnd", a."dateStart")`];
  const [early, late] = search.within ? [first, last] : [last, first];
  const edges = [
    ...(from ? [sql`${early} >= ${`${from.slice(0, 4)}-01-01`}::date AND ${early} < ${from}::date`] : []),
    ...(to ? [sql`${late} > ${to}::date AND ${late} <= ${`${to.slice(0, 4)}-12-31`}::date`] : []),
  ];
  // Each boundary action once: the second edge leaves out those of the first.
  const boundary = edges.map((edge, i) => sql`SELECT ${actionRowColumns}, -1 AS n FROM "SanctionAction" a
    WHERE ${edge} ${i ? sql`AND NOT coalesce(${edges[0]}, false)` : Prisma.empty}
      AND ${actionWhere(years)} AND NOT coalesce(${actionWhere(search)}, false)`);
  return sql`SELECT a.* FROM "ChartActionCell" a WHERE ${actionWhere(years)} UNION ALL ${Prisma.join(boundary, " UNION ALL ")}`;
}

/**
 * The instrument cells for a search: per instrument and jurisdiction, kind, status (one ground:
 * the per-ground twin, small), or with authority and grounds too. Null: the cells have no dates.
 */
export function instrumentCells(search: ActionSearch): Prisma.Sql | null {
  if (namesActions(search) || hasDates(search)) return null;
  if (search.authority.length || search.ground.length > 1) return sql`"ChartInstrumentActionCell"`;
  return search.ground.length
    ? sql`(SELECT c.*, ARRAY[c.ground] AS "groundCategories" FROM "ChartInstrumentGroundCell" c)`
    : sql`"ChartInstrumentCell"`;
}

/** "ChartInstrumentYearSum" holds years 1970 (and before) to 2032 and "ever" (2033), element i being year 1969 + i. */
const [FIRST_SUM_YEAR, LAST_SUM_YEAR] = [1970, 2033];
const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * Per instrument ("instrumentId", n rows, to be summed), the actions of a search with dates, from
 * "ChartInstrumentYearSum": the actions starting by the end of the range less those ending before
 * its start (see the migration). A range of days takes the whole years before it from the sums and
 * its partial first and last years from the actions' date indexes. Null when the search holds a
 * filter the sums do not (authority, ground, "within" or "exact") or a year outside theirs.
 */
export function instrumentDatedCounts(search: ActionSearch): Prisma.Sql | null {
  if (!hasDates(search) || namesActions(search) || search.authority.length || search.ground.length || !matchesOverlap(search)) return null;
  const { from, to } = dateRange(search);
  if (from && to && from > to) return null;
  const startsBefore = to ? (to.endsWith("-12-31") ? yearOf(to) : yearOf(to) - 1) : LAST_SUM_YEAR;
  const endsBefore = from ? yearOf(from) - 1 : null;
  const inSums = (year: number) => year >= FIRST_SUM_YEAR && year < LAST_SUM_YEAR;
  if ((to && !inSums(startsBefore)) || (endsBefore !== null && !inSums(endsBefore))) return null;
  const undated = actionWhere({ ...search, from: "", to: "" });
  const element = (year: number) => year - FIRST_SUM_YEAR + 1;
  const ends = endsBefore === null ? Prisma.empty : sql`- a.ends[${element(endsBefore)}]`;
  const terms = [sql`SELECT a."instrumentId", a.starts[${element(startsBefore)}] ${ends} AS n FROM "ChartInstrumentYearSum" a WHERE ${undated}`];
  // Read from the covering date indexes, which carry each action's instrument ids.
  const linked = (sign: Prisma.Sql, during: Prisma.Sql) => sql`SELECT ai."instrumentId", ${sign}count(*) AS n
    FROM "SanctionAction" a CROSS JOIN unnest(a."instrumentIds") ai("instrumentId")
    WHERE a."datePrecision" <> 'UNKNOWN' AND ${during} AND ${undated} GROUP BY 1`;
  // Starts in the last year up to `to` (sortDate is the start when there is one), and ends in the
  // first year before `from` (the "lastDate" index is the end when there is one).
  if (to && !to.endsWith("-12-31")) {
    terms.push(linked(Prisma.empty, sql`a."dateStart" IS NOT NULL AND a."sortDate" BETWEEN ${`${to.slice(0, 4)}-01-01`}::date AND ${to}::date`));
  }
  if (from && !from.endsWith("-01-01")) {
    const end = sql`coalesce(a."dateEnd", a."dateStart")`;
    terms.push(linked(sql`-`, sql`a."dateEnd" IS NOT NULL AND ${end} >= ${`${from.slice(0, 4)}-01-01`}::date AND ${end} < ${from}::date`));
  }
  return Prisma.join(terms, " UNION ALL ");
}

/**
 * How "how many targets" is counted. Each "ChartTargetCount" row (a target in a jurisdiction, or
 * in all) has masks of what its actions (other than proposals) hold: (kind, status) pairs,
 * grounds, authorities, years spanned. A mask answers exactly for its own filter, so "masks"
 * serves jurisdiction plus at most one of kind/status, grounds, authority, a range of whole
 * years; a range of days alone, the masks with the per-year rows ("day-range"); other filters
 * the cells hold count the targets' actions ("ChartTargetAction"); the rest, the actions.
 */
export function targetCountPath(search: ActionSearch): "masks" | "day-range" | "target-actions" | "actions" {
  if (namesActions(search) || includesProposals(search)) return "actions";
  const masks = targetMasks(search);
  if (masks && masks.length <= 1) return "masks";
  return dayRangeOnly(search) ? "day-range" : "target-actions";
}

/** The bounds of a search whose only filter is a range of days (open on one side or not) in 1971–2031. */
function dayRangeOnly(search: ActionSearch): { from: string; to: string } | null {
  const others = [search.jurisdiction, search.kind, search.status, search.ground, search.authority].some((f) => f.length);
  if (!hasDates(search) || others || !matchesOverlap(search) || isWholeYears(search)) return null;
  const { from, to } = dateRange(search);
  // The first and last years of "ChartTargetYearCount" hold the years beyond them too.
  const ownRow = (day: string) => yearOf(day) > 1970 && yearOf(day) < 2032;
  if ((from && !ownRow(from)) || (to && !ownRow(to)) || (from && to && from > to)) return null;
  return { from, to };
}

/**
 * How many targets have an action overlapping the days of a "day-range" search: those whose
 * "yearMask" holds a year strictly inside, plus those without one whose first- or last-year row
 * covers one of the days, or whose open-ended actions reach them (migration chart_year_days).
 */
export function dayRangeTargetCount(search: ActionSearch): Prisma.Sql {
  const bounds = dayRangeOnly(search);
  if (!bounds) throw new Error("dayRangeTargetCount: not a day-range search");
  const { from, to } = bounds;
  const inside = sql`chart_year_bits(${from ? yearOf(from) + 1 : null}::int, ${to ? yearOf(to) - 1 : null}::int)`;
  // Days first to last (inclusive) of one year, as bits of that year's "dayMask".
  const covers = (year: number, first: string, last: string) => sql`a.year = ${year}::smallint
    AND bit_count(a."dayMask" & chart_day_bits(${first}::date - ${`${year}-01-01`}::date, ${last}::date - ${`${year}-01-01`}::date)) > 0`;
  const reaching = [
    sql`a.year = 0 AND (a."firstDay" <= ${to || "infinity"}::date OR a."lastDay" >= ${from || "-infinity"}::date)`,
    ...(from ? [covers(yearOf(from), from, to && yearOf(to) === yearOf(from) ? to : `${yearOf(from)}-12-31`)] : []),
    ...(to && (!from || yearOf(from) < yearOf(to)) ? [covers(yearOf(to), `${yearOf(to)}-01-01`, to)] : []),
  ].map((term) => sql`SELECT a."targetId" FROM "ChartTargetYearCount" a WHERE ${term} AND a."yearMask" & ${inside} = 0`);
  return sql`SELECT (SELECT count(*) FROM "ChartTargetCount" a WHERE a.jurisdiction IS NULL AND a."yearMask" & ${inside} <> 0)
    + (SELECT count(DISTINCT a."targetId") FROM (${Prisma.join(reaching, " UNION ALL ")}) a) AS n`;
}

/** The mask conditions of a search on "ChartTargetCount" a; null when one of its filters has no exact mask. */
export function targetMasks(search: ActionSearch): Prisma.Sql[] | null {
  const masks: Prisma.Sql[] = [];
  if (search.kind.length || search.status.length) {
    masks.push(sql`a."pairMask" & chart_pair_mask(${search.kind}::"ActionKind"[], ${search.status}::"ActionStatus"[]) <> 0`);
  }
  if (search.ground.length) masks.push(sql`a."groundMask" & chart_ground_mask(${search.ground}::"GroundCategory"[]) <> 0`);
  if (search.authority.length) {
    if (!search.authority.every((id) => id >= 1 && id <= 31)) return null;
    masks.push(sql`a."authorityMask" & ${search.authority.reduce((bits, id) => bits | (1 << (id - 1)), 0)}::int <> 0`);
  }
  if (hasDates(search)) {
    const { from, to } = dateRange(search);
    const ownBit = (day: string) => !day || (yearOf(day) > 1970 && yearOf(day) < 2032);
    if (!matchesOverlap(search) || !isWholeYears(search) || !ownBit(from) || !ownBit(to)) return null;
    masks.push(sql`a."yearMask" & chart_year_bits(${from ? yearOf(from) : null}::int, ${to ? yearOf(to) : null}::int) <> 0`);
  }
  return masks;
}

/** The "ChartTargetCount" rows of a search: its jurisdictions', or the totals. */
export function targetCountScope({ jurisdiction }: ActionSearch): Prisma.Sql {
  // One jurisdiction as an equality, so that the ordered index reads the top rows.
  if (jurisdiction.length === 1) return sql`a.jurisdiction = ${jurisdiction[0]}::"Jurisdiction"`;
  return jurisdiction.length ? sql`a.jurisdiction = ANY(${jurisdiction}::"Jurisdiction"[])` : sql`a.jurisdiction IS NULL`;
}

/**
 * How the most-sanctioned targets are found: from the per-target (or per-parent) counts of
 * targetCountSource when they are the answer; "bounded" when they bound it (see rankBounded);
 * with a target filter, the filtered targets' own counts; else from the actions.
 */
export function topTargetsPath(search: ActionSearch): TopTargetsPath {
  if (readsTargetActions(search)) return "filtered-targets";
  if (namesActions(search) || includesProposals(search)) return "actions";
  return targetCountSource(search).exact ? "counts" : "bounded";
}

export type TopTargetsPath = "counts" | "bounded" | "filtered-targets" | "actions";

/** Per-target (or, `related`, per-parent) count rows a, each n counting `id`'s actions (no proposals). */
export interface TargetCountList {
  table: Prisma.Sql;
  id: Prisma.Sql;
  where: Prisma.Sql;
}

/** Count lists whose n, summed per target, bound its count under a search; or are it, when `exact` (one list). */
export interface TargetCountSource {
  lists: TargetCountList[];
  exact: boolean;
}

/**
 * The narrowest per-target counts a search without proposals allows: those of the one year its
 * dates lie in (with the actions open at one end, which overlap it or not), of its one kind, of
 * its one ground, or the totals; in its one jurisdiction, or in all.
 */
export function targetCountSource(search: ActionSearch): TargetCountSource {
  const narrows = {
    dates: hasDates(search), authority: search.authority.length > 0, kind: search.kind.length > 0,
    status: search.status.length > 0, ground: search.ground.length > 0, jurisdictions: search.jurisdiction.length > 1,
  };
  type Filter = keyof typeof narrows;
  const onlyFilters = (...allowed: Filter[]) => Object.entries(narrows).every(([filter, on]) => !on || allowed.includes(filter as Filter));
  const scope = search.jurisdiction.length === 1 ? targetCountScope(search) : sql`a.jurisdiction IS NULL`;
  const [targetId, rootId] = [sql`"targetId"`, sql`"rootId"`];
  const year = yearHolding(search);
  if (!search.related && year !== null) {
    const inYear = (y: number) => ({ table: sql`"ChartTargetYearCount"`, id: targetId, where: sql`a.year = ${y}::smallint` });
    return { lists: [inYear(year), inYear(0)], exact: false };
  }
  if (!search.related && search.kind.length === 1) {
    const where = sql`a.kind = ${search.kind[0]}::"ActionKind" AND ${scope}`;
    return { lists: [{ table: sql`"ChartTargetKindCount"`, id: targetId, where }], exact: onlyFilters("kind") };
  }
  if (search.ground.length === 1) {
    const table = search.related ? sql`"ChartRollupGroundCount"` : sql`"ChartTargetGroundCount"`;
    const where = sql`a.ground = ${search.ground[0]}::"GroundCategory" AND ${scope}`;
    return { lists: [{ table, id: search.related ? rootId : targetId, where }], exact: onlyFilters("ground") };
  }
  const table = search.related ? sql`"ChartRollupCount"` : sql`"ChartTargetCount"`;
  return { lists: [{ table, id: search.related ? rootId : targetId, where: scope }], exact: onlyFilters() };
}

/** The one year a search's dates lie in, when it has a count of its own ("ChartTargetYearCount": 1971–2031). */
function yearHolding(search: ActionSearch): number | null {
  const { from, to } = dateRange(search);
  if (!from || !to || yearOf(from) !== yearOf(to)) return null;
  return yearOf(from) > 1970 && yearOf(from) < 2032 ? yearOf(from) : null;
}
