// Lenient reading of URL parameters against a table of zod schemas: each invalid value falls
// back to its default and is reported in `problems` (pages show them; APIs answer 400).
import { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

type Fields = Record<string, z.ZodType>;
export type LenientSearch<F extends Fields> = { [K in keyof F]: z.output<F[K]> };

/** A record id in a URL: a positive int4 written plainly (not 0x1F, 1e3 or 99999999999). */
export const recordId = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "expected an id (a positive whole number)")
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, "expected an id (a positive whole number)");

/** A count in a URL (a page, a page size) written plainly: digits only, not 1e3, 0x10, 2.0 or " 2". */
export const plainCount = z.string().regex(/^\d{1,9}$/, "expected a whole number").transform(Number);

/** A yes/no switch in a URL: `true` or `false`. */
export const flag = z.enum(["true", "false"]).transform((v) => v === "true");

// Schemas whose parameter may be repeated (?kind=A&kind=B reads as kind=A,B); any other given twice is a problem.
const LIST_SCHEMAS = new WeakSet<z.ZodType>();

/** A comma-separated list (or repeated parameter) of items; one invalid item rejects the list. */
export const commaList = <T extends z.ZodType<unknown, string>>(item: T) => {
  const list = z
    .string()
    .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(50, "at most 50 values"));
  LIST_SCHEMAS.add(list);
  return list;
};

// Tracking tags that newsletters, feed readers and social sites add to the links they pass on
// (utm_*, Facebook's fbclid, Google's gclid and dclid, Microsoft's msclkid, Mailchimp's mc_cid
// and mc_eid): they mean nothing here, and refusing them would break a shared link.
const CAMPAIGN_TAG = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/i;

/**
 * A lenient reading that also lists every parameter outside `known` (campaign tags aside) as a
 * problem: an API answers 400 with them, a page names them in its note (a mistyped
 * "jurisdictoin=EU" would otherwise show every action without a word).
 */
export function refuseUnknown<T extends { problems: string[] }>(parsed: T, params: RawSearchParams, known: Iterable<string>): T {
  const knownKeys = new Set(known);
  const given = params instanceof URLSearchParams ? params.keys() : Object.keys(params).filter((key) => params[key] !== undefined);
  const unknown = [...new Set(given)]
    .filter((key) => !knownKeys.has(key) && !CAMPAIGN_TAG.test(key))
    .map((key) => `${key}: unknown parameter`);
  return { ...parsed, problems: [...parsed.problems, ...unknown] };
}

/** What was wrong with a parameter, in words for the person who typed it (not zod's). */
export function describeParamIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_value":
      return `expected one of ${issue.values.join(", ")}`;
    case "invalid_type":
      return issue.expected === "number" ? "expected a number" : issue.expected === "int" ? "expected a whole number" : `expected ${issue.expected}`;
    case "too_small":
      return issue.origin === "string" ? `expected at least ${issue.minimum} characters`
        : issue.inclusive ? `expected at least ${issue.minimum}` : `expected more than ${issue.minimum}`;
    case "too_big":
      return issue.origin === "string" ? `expected at most ${issue.maximum} characters`
        : issue.origin === "array" ? `at most ${issue.maximum} values` : `expected at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

export function parseLenient<F extends Fields>(
  fields: F,
  defaults: LenientSearch<F>,
  raw: RawSearchParams,
  describeIssue: (issue: z.core.$ZodIssue) => string = describeParamIssue,
): { search: LenientSearch<F>; problems: string[] } {
  const getAll = (key: string) => {
    const value = raw instanceof URLSearchParams ? raw.getAll(key) : raw[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const search: Record<string, unknown> = { ...defaults };
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(fields)) {
    const values = getAll(key);
    if (values.length > 1 && !LIST_SCHEMAS.has(schema)) {
      problems.push(`${key}: given ${values.length} times (${values.map((v) => JSON.stringify(v)).join(", ")}); expected once`);
      continue;
    }
    const value = values.join(",");
    if (value === "") continue;
    // PostgreSQL text cannot hold NUL, so such a value is refused here rather than by the query.
    if (value.includes("\0")) {
      problems.push(`${key}=${JSON.stringify(value)}: contains a NUL character (%00)`);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) search[key] = parsed.data;
    else problems.push(`${key}=${JSON.stringify(value)}: ${parsed.error.issues.map(describeIssue).join("; ")}`);
  }
  return { search: search as LenientSearch<F>, problems };
}
