// The comparison's URL parameters: two different jurisdictions (?a=US&b=EU), optionally
// narrowed to targets as the table narrows them (&target=12&related=true: MOIS and the units
// and officials under it).
import { z } from "zod";
import { JURISDICTIONS, type RawSearchParams } from "../actions/search-params";
import type { Jurisdiction } from "../generated/prisma/enums";
import { commaList, flag, parseLenient, recordId, refuseUnknown } from "../search-params/parse-lenient";

export interface CompareSearch {
  a: Jurisdiction;
  b: Jurisdiction;
  /** Only these targets (and, with `related`, those under them); empty: every target. */
  target: number[];
  related: boolean;
}

export const DEFAULT_COMPARE_SEARCH: CompareSearch = { a: "US", b: "EU", target: [], related: false };

// Codes as the table's jurisdiction filter takes them: "us" is refused there, so here too.
const side = z.enum(JURISDICTIONS);
const FIELDS = {
  a: side,
  b: side,
  target: commaList(recordId),
  related: flag,
};

/** Invalid values fall back to the defaults and, like unknown parameters, are listed in `problems` (the CSV route answers 400). */
export function parseCompareSearch(raw: RawSearchParams): { search: CompareSearch; problems: string[] } {
  const { search, problems } = refuseUnknown(parseLenient(FIELDS, DEFAULT_COMPARE_SEARCH, raw), raw, Object.keys(FIELDS));
  if (search.a !== search.b) return { search, problems };
  // The side the user did not choose (?a=EU, or ?a=EU&b=XX, already reported), or b when both
  // name the same one (the form's "with" set to "Compare"'s), becomes the first default side the
  // other is not: never a clash with a default the user never chose, nor both defaults.
  const chosen = (side: "a" | "b") => isGiven(raw, side) && !problems.some((p) => p.startsWith(`${side}=`) || p.startsWith(`${side}:`));
  const replaced = chosen("b") && !chosen("a") ? "a" : "b";
  if (chosen("a") && chosen("b")) problems.push(`a and b are both ${search.a}: choose two different jurisdictions`);
  const other = [DEFAULT_COMPARE_SEARCH.a, DEFAULT_COMPARE_SEARCH.b].find((side) => side !== search.a) ?? DEFAULT_COMPARE_SEARCH.b;
  return { search: { ...search, [replaced]: other }, problems };
}

function isGiven(raw: RawSearchParams, key: string): boolean {
  return raw instanceof URLSearchParams ? raw.has(key) : raw[key] !== undefined;
}

/** The search as URL parameters, for links between comparisons and to the CSV. */
export function serializeCompareSearch(search: CompareSearch): string {
  const params = new URLSearchParams({ a: search.a, b: search.b });
  if (search.target.length) params.set("target", search.target.join(","));
  if (search.related) params.set("related", "true");
  return `?${params}`;
}
