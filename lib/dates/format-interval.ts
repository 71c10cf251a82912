// Shows a date interval no more precisely than the source gave it.
import type { DatePrecision } from "../generated/prisma/enums";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface DateInterval {
  dateStart: Date | null;
  dateEnd: Date | null;
  datePrecision: DatePrecision;
}

const year = (d: Date) => String(d.getUTCFullYear());
const month = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const dayOf = (d: Date) => `${d.getUTCDate()} ${month(d)}`;

export function formatInterval({ dateStart, dateEnd, datePrecision }: DateInterval): string {
  switch (datePrecision) {
    case "UNKNOWN":
      return "Unknown";
    case "DAY":
      return dateStart ? dayOf(dateStart) : "Unknown";
    case "MONTH":
      return dateStart ? month(dateStart) : "Unknown";
    case "YEAR":
      return dateStart ? year(dateStart) : "Unknown";
    case "SPAN":
      return formatSpan(dateStart, dateEnd);
  }
}

function formatSpan(start: Date | null, end: Date | null): string {
  if (start && end) {
    // Spans that start and end on a month boundary read best as months, else as years.
    const monthly = start.getUTCDate() === 1 && end.getUTCDate() >= 28;
    const fmt = monthly ? month : year;
    const [a, b] = [fmt(start), fmt(end)];
    return a === b ? a : `${a}–${b}`;
  }
  if (end) return `by ${month(end)}`;
  if (start) return `from ${month(start)}`;
  return "Unknown";
}

/** ISO day (YYYY-MM-DD) of a @db.Date value. */
export function isoDay(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
