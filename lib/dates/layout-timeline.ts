// Places dated items on a year axis as bars that cover their whole interval, so a year, a
// month or an administration's term is drawn as the span it is, never as a precise day.
import type { DateInterval } from "./format-interval";

export interface TimelineBar<T> {
  item: T;
  /** Percentages of the axis width. */
  left: number;
  width: number;
  /** The interval has no known start (or end): the bar runs to the axis edge. */
  openStart: boolean;
  openEnd: boolean;
}

export interface TimelineLayout<T> {
  /** First day of each labelled year, as a percentage of the axis width. */
  ticks: { year: number; left: number }[];
  bars: TimelineBar<T>[];
  /** Items with no date at all, kept apart rather than placed anywhere. */
  undated: T[];
}

const DAY_MS = 86_400_000;
const TICK_STEPS = [1, 2, 5, 10, 20, 50, 100];
const MAX_TICKS = 12;

export function isDated(d: DateInterval): boolean {
  return d.datePrecision !== "UNKNOWN" && (d.dateStart !== null || d.dateEnd !== null);
}

export function layoutTimeline<T extends DateInterval>(items: readonly T[]): TimelineLayout<T> {
  const dated = items.filter(isDated);
  const undated = items.filter((d) => !isDated(d));
  const years = dated.flatMap((d) => [d.dateStart, d.dateEnd]).flatMap((d) => (d ? [d.getUTCFullYear()] : []));
  if (years.length === 0) return { ticks: [], bars: [], undated };

  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years) + 1];
  const axisStart = Date.UTC(firstYear, 0, 1);
  const axisEnd = Date.UTC(lastYear, 0, 1);
  const at = (ms: number) => ((ms - axisStart) / (axisEnd - axisStart)) * 100;

  const step = TICK_STEPS.find((s) => (lastYear - firstYear) / s <= MAX_TICKS) ?? 100;
  const ticks = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    ticks.push({ year, left: at(Date.UTC(year, 0, 1)) });
  }

  const bars = dated.map((item) => {
    const start = item.dateStart ? item.dateStart.getTime() : axisStart;
    // dateEnd is the last day the action may have happened on, so the bar covers all of it.
    const end = item.dateEnd ? item.dateEnd.getTime() + DAY_MS : axisEnd;
    return {
      item,
      left: at(start),
      width: at(end) - at(start),
      openStart: item.dateStart === null,
      openEnd: item.dateEnd === null,
    };
  });
  return { ticks, bars, undated };
}
