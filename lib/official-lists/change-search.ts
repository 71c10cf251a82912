// The changes feed's URL parameters, read leniently like the explorer's: an invalid value
// falls back to its default and is reported in `problems` (a note on the page, a 400 from the feed).
import { z } from "zod";
import { Jurisdiction, ListSource } from "../generated/prisma/enums";

export const CHANGE_KINDS = ["DESIGNATION", "DELISTING", "AMENDMENT"] as const;
export const CHANGES_PER_PAGE = 50;

const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(50, "at most 50 values"));

const FIELDS = {
  page: z.coerce.number().int().min(1).max(100_000),
  kind: list(z.enum(CHANGE_KINDS)),
  jurisdiction: list(z.enum(Object.values(Jurisdiction))),
  source: list(z.enum(Object.values(ListSource))),
  programme: list(z.string().max(80)),
  target: list(z.coerce.number<string>().int().positive()),
};

export type ChangeSearch = { [K in keyof typeof FIELDS]: z.output<(typeof FIELDS)[K]> };

export const DEFAULT_CHANGE_SEARCH: ChangeSearch = { page: 1, kind: [], jurisdiction: [], source: [], programme: [], target: [] };

export function parseChangeSearch(raw: Record<string, string | string[] | undefined> | URLSearchParams) {
  const get = (key: string) => {
    const value = raw instanceof URLSearchParams ? raw.getAll(key) : raw[key];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const search: Record<string, unknown> = { ...DEFAULT_CHANGE_SEARCH };
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    const value = get(key);
    if (value === undefined || value === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) search[key] = parsed.data;
    else problems.push(`${key}=${JSON.stringify(value)}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return { search: search as ChangeSearch, problems };
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
