// The comparison's URL parameters: two different jurisdictions, ?a=US&b=EU.
import { z } from "zod";
import { JURISDICTIONS, type RawSearchParams } from "../actions/search-params";
import type { Jurisdiction } from "../generated/prisma/enums";

export interface CompareSearch {
  a: Jurisdiction;
  b: Jurisdiction;
}

export const DEFAULT_COMPARE_SEARCH: CompareSearch = { a: "US", b: "EU" };

const side = z.enum(JURISDICTIONS);

/** Invalid values fall back to US and EU and are listed in `problems` (the CSV route answers 400). */
export function parseCompareSearch(raw: RawSearchParams): { search: CompareSearch; problems: string[] } {
  const get = (key: string) => {
    const value = raw instanceof URLSearchParams ? raw.get(key) : raw[key];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const search = { ...DEFAULT_COMPARE_SEARCH };
  const problems: string[] = [];
  for (const key of ["a", "b"] as const) {
    const value = get(key);
    if (value === undefined || value === null || value === "") continue;
    const parsed = side.safeParse(value.toUpperCase());
    if (parsed.success) search[key] = parsed.data;
    else problems.push(`${key}=${JSON.stringify(value)}: expected one of ${JURISDICTIONS.join(", ")}`);
  }
  if (search.a === search.b) {
    problems.push(`a and b are both ${search.a}: choose two different jurisdictions`);
    return { search: { ...DEFAULT_COMPARE_SEARCH }, problems };
  }
  return { search, problems };
}
