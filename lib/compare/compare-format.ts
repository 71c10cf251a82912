// Compared first dates in words, no more precisely than their interval.
import { formatInterval } from "../dates/format-interval";
import type { DatePrecision } from "../generated/prisma/enums";
import type { DayInterval } from "./compare-lag";

const lastDayOfMonth = (iso: string) => {
  const [y, m] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** The precision an interval of days amounts to: a day, a calendar month or year, or a span. */
export function precisionOf({ start, end }: DayInterval): DatePrecision {
  if (start === null && end === null) return "UNKNOWN";
  if (start === null || end === null) return "SPAN";
  if (start === end) return "DAY";
  if (start.endsWith("-01-01") && end === `${start.slice(0, 4)}-12-31`) return "YEAR";
  if (start.endsWith("-01") && end === lastDayOfMonth(start) && start.slice(0, 7) === end.slice(0, 7)) return "MONTH";
  return "SPAN";
}

export function formatDayInterval(interval: DayInterval | null): string {
  if (!interval) return "—";
  const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  return formatInterval({ dateStart: date(interval.start), dateEnd: date(interval.end), datePrecision: precisionOf(interval) });
}
