// The explorer's whole state, as URL parameters. One definition serves the client (nuqs
// parsers for useQueryStates), the pages (which fall back to defaults and say so) and the
// API (which answers 400 listing what was wrong or unknown). Sort keys come from an allow-list.
import {
  createSerializer,
  parseAsArrayOf,
  parseAsBoolean,
  parseAsInteger,
  parseAsNumberLiteral,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import { z } from "zod";
import {
  commaList, describeParamIssue, flag, type LenientSearch, parseLenient, plainCount, type RawSearchParams, recordId, refuseUnknown,
} from "../search-params/parse-lenient";
import { ActionKind, ActionStatus, GroundCategory, Jurisdiction } from "../generated/prisma/enums";

export const SORT_KEYS = [
  "date",
  "jurisdiction",
  "authority",
  "kind",
  "status",
  "targets",
  "instruments",
  "grounds",
  "sources",
] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const JURISDICTIONS = Object.values(Jurisdiction);
export const ACTION_KINDS = Object.values(ActionKind);
export const ACTION_STATUSES = Object.values(ActionStatus);
export const GROUND_CATEGORIES = Object.values(GroundCategory);

export type SortKey = (typeof SORT_KEYS)[number];

/** nuqs parsers: the client's view of the same parameters. */
export const actionSearchParsers = {
  page: parseAsInteger.withDefault(1),
  perPage: parseAsNumberLiteral(PAGE_SIZES).withDefault(25),
  sort: parseAsStringLiteral(SORT_KEYS).withDefault("date"),
  dir: parseAsStringLiteral(SORT_DIRECTIONS).withDefault("desc"),
  jurisdiction: parseAsArrayOf(parseAsStringLiteral(JURISDICTIONS)).withDefault([]),
  authority: parseAsArrayOf(parseAsInteger).withDefault([]),
  kind: parseAsArrayOf(parseAsStringLiteral(ACTION_KINDS)).withDefault([]),
  proposals: parseAsBoolean.withDefault(false),
  status: parseAsArrayOf(parseAsStringLiteral(ACTION_STATUSES)).withDefault([]),
  instrument: parseAsArrayOf(parseAsInteger).withDefault([]),
  ground: parseAsArrayOf(parseAsStringLiteral(GROUND_CATEGORIES)).withDefault([]),
  target: parseAsArrayOf(parseAsInteger).withDefault([]),
  related: parseAsBoolean.withDefault(false),
  from: parseAsString.withDefault(""),
  to: parseAsString.withDefault(""),
  within: parseAsBoolean.withDefault(false),
  exact: parseAsBoolean.withDefault(false),
  undated: parseAsBoolean.withDefault(false),
  q: parseAsString.withDefault(""),
};

export const serializeActionSearch = createSerializer(actionSearchParsers);

const id = recordId;
// "2012" means from the start (or to the end) of 2012; "2017-10" likewise for a month. Years
// start at 1000: no sanctions action is older, and PostgreSQL has no year 0000.
const DATE_BOUND = /^[1-9]\d{3}(-\d{2}(-\d{2})?)?$/;
const dateBound = z
  .string()
  .regex(DATE_BOUND, "expected YYYY, YYYY-MM or YYYY-MM-DD, from the year 1000")
  .refine((value) => !DATE_BOUND.test(value) || isCalendarDate(value), "no such date in the calendar");

/** What is wrong with a typed date bound ("2012", "2017-10", "2020-02-29"), or null: the date form's check, the URL's own. */
export function dateBoundProblem(value: string): "format" | "calendar" | null {
  if (!DATE_BOUND.test(value)) return "format";
  return isCalendarDate(value) ? null : "calendar";
}

const FIELDS = {
  page: plainCount.pipe(z.number().min(1).max(1_000_000)),
  perPage: plainCount.pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)))),
  sort: z.enum(SORT_KEYS),
  dir: z.enum(SORT_DIRECTIONS),
  jurisdiction: commaList(z.enum(JURISDICTIONS)),
  authority: commaList(id),
  kind: commaList(z.enum(ACTION_KINDS)),
  proposals: flag,
  status: commaList(z.enum(ACTION_STATUSES)),
  instrument: commaList(id),
  ground: commaList(z.enum(GROUND_CATEGORIES)),
  target: commaList(id),
  related: flag,
  from: dateBound,
  to: dateBound,
  within: flag,
  exact: flag,
  undated: flag,
  q: z.string().max(200),
} satisfies Record<keyof typeof actionSearchParsers, z.ZodType>;

export type ActionSearch = LenientSearch<typeof FIELDS>;
// Pages and the compare view take their raw parameters' type from here.
export type { RawSearchParams };

export const DEFAULT_ACTION_SEARCH: ActionSearch = {
  page: 1,
  perPage: 25,
  sort: "date",
  dir: "desc",
  jurisdiction: [],
  authority: [],
  kind: [],
  proposals: false,
  status: [],
  instrument: [],
  ground: [],
  target: [],
  related: false,
  from: "",
  to: "",
  within: false,
  exact: false,
  undated: false,
  q: "",
};

/**
 * Reads the parameters leniently (see parseLenient): each invalid one falls back to its default
 * and, like an unknown one (beyond `extraKeys`, such as the export's `format`), is listed in
 * `problems`; the API answers 400 with them, the pages name them in a note. A date range that ends
 * before it starts is dropped and reported, as is `undated` beside a range (no range holds an
 * unknown date).
 */
export function parseActionSearch(
  raw: RawSearchParams,
  extraKeys: readonly string[] = [],
): { search: ActionSearch; problems: string[] } {
  const { search, problems } = refuseUnknown(parseLenient(FIELDS, DEFAULT_ACTION_SEARCH, raw, describeIssue), raw, [
    ...Object.keys(FIELDS), ...extraKeys,
  ]);
  if (search.from && search.to && dateRange(search).from > dateRange(search).to) {
    problems.push(`from=${search.from} is after to=${search.to}`);
    search.from = search.to = "";
  }
  if (search.undated && (search.from || search.to)) {
    problems.push("undated=true: cannot be combined with from or to (no date range holds an unknown date)");
    search.undated = false;
  }
  return { search, problems };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_union") return `expected one of ${PAGE_SIZES.join(", ")}`;
  return describeParamIssue(issue);
}

/** Whether "2020", "2020-02" or "2020-02-29" names a real year, month or day (not "2020-02-30"). */
function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first and last ISO day a bound names: the whole year of "2012", the whole month of "2017-10", or the day. */
export function boundDays(bound: string): { first: string; last: string } {
  if (bound.length === 4) return { first: `${bound}-01-01`, last: `${bound}-12-31` };
  if (bound.length === 7) {
    const [y, m] = bound.split("-").map(Number);
    return { first: `${bound}-01`, last: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
  }
  return { first: bound, last: bound };
}

/** The date filter as an inclusive range of ISO days ("" when open). */
export function dateRange({ from, to }: Pick<ActionSearch, "from" | "to">): { from: string; to: string } {
  return { from: from && boundDays(from).first, to: to && boundDays(to).last };
}

/** Whether `from`/`to` match every action whose date overlaps them (the default), not only those within or exactly there. */
export function matchesOverlap(search: Pick<ActionSearch, "within" | "exact">): boolean {
  return !search.within && !search.exact;
}

/** The date filter in words, "" when there is none: "overlapping 2012-01-01 to …", "from 2009 to 2017, exactly", "unknown". */
export function describeDateFilter(search: Pick<ActionSearch, "from" | "to" | "within" | "exact" | "undated">): string {
  if (search.undated) return "unknown (no date recorded)";
  const { from, to } = dateRange(search);
  if (!from && !to) return "";
  if (search.exact) {
    if (!search.from) return `until ${search.to}, no start given`;
    return search.to ? `from ${search.from} to ${search.to}, exactly` : `from ${search.from}, no end given`;
  }
  const range = `${from || "…"} to ${to || "…"}`;
  return search.within ? `wholly within ${range}` : `overlapping ${range}`;
}

/** Whether a search shows proposals: on request, or when the kind filter names them. */
export function includesProposals(search: Pick<ActionSearch, "proposals" | "kind">): boolean {
  return search.proposals || search.kind.includes("PROPOSAL");
}
