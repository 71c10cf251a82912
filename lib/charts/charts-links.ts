// Where a click on a chart goes: the table, filtered to exactly the actions behind the bar.
import type { GroundCategory, Jurisdiction } from "../generated/prisma/enums";
import { type ActionSearch, serializeActionSearch } from "../actions/search-params";

export const TABLE_PATH = "/actions";

/** The table for a search, with the paging reset. */
export function linkToTable(search: ActionSearch, changes: Partial<ActionSearch> = {}): string {
  return serializeActionSearch(TABLE_PATH, { ...search, ...changes, page: 1 });
}

/** The same search on another page (the overview, with a chart toggle). */
export function linkToPage(path: string, search: ActionSearch, changes: Partial<ActionSearch> = {}): string {
  return serializeActionSearch(path, { ...search, ...changes, page: 1 }) || path;
}

/** Actions dated wholly within one year, as the timeline counts them. */
export function linkToYear(search: ActionSearch, year: number, jurisdiction: Jurisdiction): string {
  return linkToTable(search, { jurisdiction: [jurisdiction], from: String(year), to: String(year), within: true, exact: false });
}

/** Actions dated to a span from `startYear` to `endYear` exactly, as a band counts them (null: no start or end given). */
export function linkToSpan(search: ActionSearch, startYear: number | null, endYear: number | null, jurisdiction: Jurisdiction): string {
  return linkToTable(search, {
    jurisdiction: [jurisdiction],
    from: startYear === null ? "" : String(startYear),
    to: endYear === null ? "" : String(endYear),
    within: false,
    exact: true,
  });
}

/** Actions with no date at all, as the timeline counts them beside it. */
export function linkToUndated(search: ActionSearch, jurisdiction: Jurisdiction): string {
  return linkToTable(search, { jurisdiction: [jurisdiction], from: "", to: "", within: false, exact: false, undated: true });
}

export function linkToGround(search: ActionSearch, ground: GroundCategory, jurisdiction: Jurisdiction): string {
  return linkToTable(search, { ground: [ground], jurisdiction: [jurisdiction] });
}

export function linkToInstrument(search: ActionSearch, instrumentId: number): string {
  return linkToTable(search, { instrument: [instrumentId] });
}

export function linkToTarget(search: ActionSearch, targetId: number): string {
  return linkToTable(search, { target: [targetId], related: search.related });
}
