// Whether a date interval lies wholly inside a filter range or only overlaps it, so the
// explorer can mark imprecise dates that matched a range without being known to fall in it.
import type { DateInterval } from "./format-interval";

/** Inclusive range of ISO days; "" means open on that side. */
export interface DayRange {
  from: string;
  to: string;
}

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/** True when the range is set and the interval reaches beyond it on either side. */
export function partlyInRange({ dateStart, dateEnd, datePrecision }: DateInterval, range: DayRange): boolean {
  if (datePrecision === "UNKNOWN" || (!range.from && !range.to)) return false;
  const startsBefore = range.from !== "" && (dateStart === null || day(dateStart) < range.from);
  const endsAfter = range.to !== "" && (dateEnd === null || day(dateEnd) > range.to);
  return startsBefore || endsAfter;
}
