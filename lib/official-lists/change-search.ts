// The changes feed's URL parameters, read leniently like the explorer's: an invalid value falls
// back to its default and, like an unknown parameter, is reported in `problems` (a note on the
// page, a 400 from the feed).
import { z } from "zod";
import { Jurisdiction, ListSource } from "../generated/prisma/enums";
import {
  commaList, type LenientSearch, parseLenient, plainCount, type RawSearchParams, recordId, refuseUnknown,
} from "../search-params/parse-lenient";

export const CHANGE_KINDS = ["DESIGNATION", "DELISTING", "AMENDMENT"] as const;
export const CHANGES_PER_PAGE = 50;

const FIELDS = {
  page: plainCount.pipe(z.number().min(1).max(100_000)),
  kind: commaList(z.enum(CHANGE_KINDS)),
  jurisdiction: commaList(z.enum(Object.values(Jurisdiction))),
  source: commaList(z.enum(Object.values(ListSource))),
  programme: commaList(z.string().max(80)),
  target: commaList(recordId),
};

export type ChangeSearch = LenientSearch<typeof FIELDS>;

export const DEFAULT_CHANGE_SEARCH: ChangeSearch = { page: 1, kind: [], jurisdiction: [], source: [], programme: [], target: [] };

export function parseChangeSearch(raw: RawSearchParams) {
  return refuseUnknown(parseLenient(FIELDS, DEFAULT_CHANGE_SEARCH, raw), raw, Object.keys(FIELDS));
}

/** The search as URL parameters (for links, pages and the feed). */
export function serializeChangeSearch(search: ChangeSearch, overrides: Partial<ChangeSearch> = {}): string {
  const merged = { ...search, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (Array.isArray(value) ? value.length : key === "page" ? value !== 1 : value) params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
