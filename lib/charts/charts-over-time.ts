import "server-only";
import { getDb, type Db } from "../db/client";
import type { Jurisdiction } from "../generated/prisma/enums";
import { chartRows } from "./charts-cells";
import { type ChartSearch, withTextMatch } from "./charts-text-match";

/**
 * How an action's date interval is counted: in a year when the interval lies within it;
 * as a span when it crosses years or is open at one end; as unknown when there is no date.
 */
export type DateBand = "year" | "span" | "unknown";

export interface OverTimeCell {
  jurisdiction: Jurisdiction;
  band: DateBand;
  /** First and last year of the interval; null for an open end or an unknown date. */
  startYear: number | null;
  endYear: number | null;
  count: number;
}

export interface ActionsOverTime {
  years: { year: number; counts: Partial<Record<Jurisdiction, number>> }[];
  spans: { jurisdiction: Jurisdiction; startYear: number | null; endYear: number | null; count: number }[];
  unknown: Partial<Record<Jurisdiction, number>>;
  jurisdictions: Jurisdiction[];
}

export async function getActionsOverTime(search: ChartSearch, db: Db = getDb()): Promise<ActionsOverTime> {
  search = await withTextMatch(search, db);
  return shapeOverTime(await db.$queryRaw<OverTimeCell[]>`
    SELECT a.jurisdiction, b.band, b."startYear", b."endYear", sum(a.n)::int AS count
    FROM (SELECT r.jurisdiction, r."datePrecision", r."dateStart", r."dateEnd", sum(r.n) AS n
      FROM (${chartRows(search, { dated: true })}) r GROUP BY 1, 2, 3, 4) a
    CROSS JOIN LATERAL (SELECT
        CASE WHEN a."datePrecision" = 'UNKNOWN' OR (a."dateStart" IS NULL AND a."dateEnd" IS NULL) THEN 'unknown'
             WHEN date_part('year', a."dateStart") = date_part('year', a."dateEnd") THEN 'year'
             ELSE 'span' END AS band,
        date_part('year', a."dateStart")::int AS "startYear",
        date_part('year', a."dateEnd")::int AS "endYear") b
    GROUP BY 1, 2, 3, 4 HAVING sum(a.n) <> 0`);
}

/** Years in order with no gaps (an empty year is a zero, not a missing bar), spanning the spans too. */
function shapeOverTime(cells: OverTimeCell[]): ActionsOverTime {
  const byYear = new Map<number, Partial<Record<Jurisdiction, number>>>();
  const unknown: Partial<Record<Jurisdiction, number>> = {};
  const spans: ActionsOverTime["spans"] = [];
  const jurisdictions = new Set<Jurisdiction>();
  for (const cell of cells) {
    jurisdictions.add(cell.jurisdiction);
    if (cell.band === "unknown") unknown[cell.jurisdiction] = (unknown[cell.jurisdiction] ?? 0) + cell.count;
    else if (cell.band === "span") {
      spans.push({ jurisdiction: cell.jurisdiction, startYear: cell.startYear, endYear: cell.endYear, count: cell.count });
    } else {
      const year = cell.startYear as number;
      const counts = byYear.get(year) ?? {};
      counts[cell.jurisdiction] = (counts[cell.jurisdiction] ?? 0) + cell.count;
      byYear.set(year, counts);
    }
  }
  const known = [...byYear.keys(), ...spans.flatMap((s) => [s.startYear, s.endYear].filter((y) => y !== null))];
  const years: ActionsOverTime["years"] = [];
  if (known.length) {
    for (let year = Math.min(...known); year <= Math.max(...known); year++) years.push({ year, counts: byYear.get(year) ?? {} });
  }
  spans.sort((x, y) => (x.startYear ?? -Infinity) - (y.startYear ?? -Infinity) || (x.endYear ?? Infinity) - (y.endYear ?? Infinity) || x.jurisdiction.localeCompare(y.jurisdiction));
  return { years, spans, unknown, jurisdictions: [...jurisdictions].sort() };
}
