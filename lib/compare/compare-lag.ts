// Who acted first, and by how long, from date intervals — never more precisely than the
// sources allow. Pure functions: the rules are unit-tested on their own.
import { countNoun } from "../format/count-noun";

/** An interval of ISO days (YYYY-MM-DD); null is an open end, both null an unknown date. */
export interface DayInterval {
  start: string | null;
  end: string | null;
}

export type Side = "A" | "B";

export type LagOutcome =
  /** Both first dates are single days. */
  | { kind: "exact"; first: Side | "same"; days: number }
  /** The intervals do not overlap: the order is certain, the lag only within bounds (max null: unbounded). */
  | { kind: "range"; first: Side; minDays: number; maxDays: number | null }
  | { kind: "cannot-tell"; reason: "unknown-date" | "overlap" }
  | { kind: "one-side"; first: Side }
  | { kind: "none" };

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const isUnknown = (i: DayInterval) => i.start === null && i.end === null;
const isDay = (i: DayInterval) => i.start !== null && i.start === i.end;
const earlier = (x: string, y: string) => (x < y ? x : y);

/**
 * The interval in which the first of several actions happened: it cannot have been after
 * the earliest known end, and an action with an open or unknown start could be the first
 * at any earlier time.
 */
export function mergeFirstIntervals(intervals: DayInterval[]): DayInterval | null {
  if (intervals.length === 0) return null;
  let start: string | null = intervals[0].start;
  let end: string | null = null;
  for (const i of intervals) {
    start = start === null || i.start === null ? null : earlier(start, i.start);
    if (i.end !== null) end = end === null ? i.end : earlier(end, i.end);
  }
  return { start, end };
}

/** Compares the first dates of side A and side B (null: the side did not act). */
export function compareFirstDates(a: DayInterval | null, b: DayInterval | null): LagOutcome {
  if (!a && !b) return { kind: "none" };
  if (!a) return { kind: "one-side", first: "B" };
  if (!b) return { kind: "one-side", first: "A" };
  if (isUnknown(a) || isUnknown(b)) return { kind: "cannot-tell", reason: "unknown-date" };
  if (isDay(a) && isDay(b)) {
    const days = daysBetween(a.start as string, b.start as string);
    return { kind: "exact", first: days > 0 ? "A" : days < 0 ? "B" : "same", days: Math.abs(days) };
  }
  if (a.end !== null && b.start !== null && a.end < b.start) return ordered("A", a, b);
  if (b.end !== null && a.start !== null && b.end < a.start) return ordered("B", b, a);
  return { kind: "cannot-tell", reason: "overlap" };
}

function ordered(first: Side, earlierOne: DayInterval, later: DayInterval): LagOutcome {
  const minDays = daysBetween(earlierOne.end as string, later.start as string);
  const maxDays = earlierOne.start !== null && later.end !== null ? daysBetween(earlierOne.start, later.end) : null;
  return { kind: "range", first, minDays, maxDays };
}

const n = (days: number) => countNoun(days, "day");

/** The outcome in words, with the jurisdictions' names. */
export function describeLag(outcome: LagOutcome, names: Record<Side, string>): string {
  switch (outcome.kind) {
    case "none":
      return "Neither acted";
    case "one-side":
      return `Only ${names[outcome.first]} acted`;
    case "cannot-tell":
      return outcome.reason === "unknown-date"
        ? "Cannot tell: a first date is unknown"
        : "Cannot tell: the possible first dates overlap";
    case "exact":
      return outcome.first === "same" ? "Same day" : `${names[outcome.first]} first, by ${n(outcome.days)}`;
    case "range":
      return outcome.maxDays === null
        ? `${names[outcome.first]} first, by at least ${n(outcome.minDays)}`
        : `${names[outcome.first]} first, by ${outcome.minDays.toLocaleString("en")} to ${n(outcome.maxDays)}`;
  }
}
