// List dates come in several spellings; none is passed to Date.parse blindly.
import type { DatePrecision } from "../../generated/prisma/enums";

export interface ListDate {
  start: string;
  end: string;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A day, month or year from numeric parts; null when the parts are not a real date. */
export function listDate(year: number, month?: number, day?: number): ListDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (!month) return { start: `${year}-01-01`, end: `${year}-12-31`, precision: "YEAR" };
  if (month < 1 || month > 12) return null;
  if (!day) return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${lastDay(year, month)}`, precision: "MONTH" };
  if (day < 1 || day > lastDay(year, month)) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { start: iso, end: iso, precision: "DAY" };
}

/** "2008-06-23", "2026-08-05T16:47:04.449+02:00" (the date as written, not shifted to UTC). */
export function parseIsoDate(text: string | undefined | null): ListDate | null {
  const m = text?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? listDate(+m[1], +m[2], +m[3]) : null;
}

/** dd/mm/yyyy with "00" or "dd"/"mm" placeholders for unknown parts (UK lists). */
export function parseDayMonthYear(text: string | undefined | null): ListDate | null {
  const m = text?.trim().match(/^(\d{2}|dd)\/(\d{2}|mm)\/(\d{4})$/i);
  if (!m) return null;
  const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : 0);
  return listDate(+m[3], num(m[2]) || undefined, num(m[2]) ? num(m[1]) || undefined : undefined);
}

/** MM/DD/YYYY (OFAC Publish_Date). */
export function parseMonthDayYear(text: string | undefined | null): ListDate | null {
  const m = text?.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  return m ? listDate(+m[3], +m[1], +m[2]) : null;
}

export function addListedParts(
  add: (field: "listedText" | "listedStart" | "listedEnd" | "listedPrecision" | "listedBasis", value: string) => void,
  text: string,
  date: ListDate | null,
  basis: string,
) {
  if (!date) return;
  add("listedText", text);
  add("listedStart", date.start);
  add("listedEnd", date.end);
  add("listedPrecision", date.precision);
  add("listedBasis", basis);
}
