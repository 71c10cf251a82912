// Summaries of compared targets that need no database: groups of related targets and lags.
import { compareFirstDates, type DayInterval, type LagOutcome, mergeFirstIntervals } from "./compare-lag";

interface Groupable {
  group: { id: number; name: string };
  actionsA: number;
  actionsB: number;
  firstA: DayInterval | null;
  firstB: DayInterval | null;
}

export interface TargetGroup<Row extends Groupable> {
  id: number;
  name: string;
  rows: Row[];
  actedA: boolean;
  actedB: boolean;
  /** Who acted first on any target of the group. */
  lag: LagOutcome;
}

/** Rows gathered under their top parent, in the order of their first row. */
export function groupRows<Row extends Groupable>(rows: Row[]): TargetGroup<Row>[] {
  const groups = new Map<number, TargetGroup<Row>>();
  for (const row of rows) {
    const group = groups.get(row.group.id) ?? { ...row.group, rows: [], actedA: false, actedB: false, lag: { kind: "none" } };
    group.rows.push(row);
    group.actedA ||= row.actionsA > 0;
    group.actedB ||= row.actionsB > 0;
    groups.set(row.group.id, group);
  }
  for (const group of groups.values()) {
    const first = (pick: (r: Row) => DayInterval | null) =>
      mergeFirstIntervals(group.rows.flatMap((r) => pick(r) ?? []));
    group.lag = compareFirstDates(first((r) => r.firstA), first((r) => r.firstB));
  }
  return [...groups.values()];
}

export const LAG_CATEGORIES = ["A-exact", "A-range", "same", "B-exact", "B-range", "overlap", "unknown-date"] as const;
export type LagCategory = (typeof LAG_CATEGORIES)[number];

/** Which kind of answer a comparison gave; only targets both sides acted on have one. */
export function categoriseLag(lag: LagOutcome): LagCategory | null {
  switch (lag.kind) {
    case "exact":
      return lag.first === "same" ? "same" : `${lag.first}-exact`;
    case "range":
      return `${lag.first}-range`;
    case "cannot-tell":
      return lag.reason;
    default:
      return null;
  }
}

export function countLagCategories(lags: LagOutcome[]): Record<LagCategory, number> {
  const counts = Object.fromEntries(LAG_CATEGORIES.map((c) => [c, 0])) as Record<LagCategory, number>;
  for (const lag of lags) {
    const category = categoriseLag(lag);
    if (category) counts[category] += 1;
  }
  return counts;
}
