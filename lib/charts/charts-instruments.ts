import "server-only";
import { Prisma } from "../generated/prisma/client";
import { actionWhere } from "../actions/action-filters";
import { getDb, type Db } from "../db/client";
import type { Jurisdiction } from "../generated/prisma/enums";
import { chartRows, instrumentCells, instrumentDatedCounts, matchedLinks } from "./charts-cells";
import { type ChartSearch, withTextMatch } from "./charts-text-match";

export interface InstrumentCount {
  id: number;
  citation: string;
  jurisdiction: Jurisdiction | null;
  count: number;
}

export const TOP_INSTRUMENTS = 15;

/** Legal instruments by number of actions citing them (an instrument filter narrows to its own). */
export async function getInstrumentCounts(search: ChartSearch, db: Db = getDb()) {
  search = await withTextMatch(search, db);
  const onlyFiltered = search.instrument.length
    ? Prisma.sql`l.id = ANY(${search.instrument}::int[])`
    : Prisma.sql`TRUE`;
  const [cells, dated] = [instrumentCells(search), instrumentDatedCounts(search)];
  const ranked = cells
    ? Prisma.sql`SELECT a."instrumentId", sum(a.n)::int AS count FROM ${cells} a
        WHERE ${actionWhere(search)} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_INSTRUMENTS}`
    : dated
    ? Prisma.sql`SELECT a."instrumentId", sum(a.n)::int AS count FROM (${dated}) a
        GROUP BY 1 HAVING sum(a.n) > 0 ORDER BY 2 DESC, 1 LIMIT ${TOP_INSTRUMENTS}`
    : Prisma.sql`SELECT l.id AS "instrumentId", count(*)::int AS count FROM ${matchedLinks(search, "instruments")}
        WHERE ${onlyFiltered}
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_INSTRUMENTS}`;
  const [counts, [none]] = await Promise.all([
    db.$queryRaw<InstrumentCount[]>`
      SELECT i.id, i.citation, i.jurisdiction, c.count FROM (${ranked}) c JOIN "LegalInstrument" i ON i.id = c."instrumentId"
      ORDER BY c.count DESC, i.citation`,
    db.$queryRaw<{ n: number }[]>`
      SELECT coalesce(sum(a.n) FILTER (WHERE NOT a."hasInstruments"), 0)::int AS n FROM (${chartRows(search)}) a`,
  ]);
  return { counts, withoutInstrument: none.n };
}
