// When the pre-aggregated cells (migrations chart_cells, chart_ground_cells) can answer a
// search: they keep jurisdiction, kind and status, so actionWhere's conditions on those apply
// to them as they are, and one ground through the per-ground cells (several grounds mean "any
// of", which a sum of per-ground cells would overcount); any other filter reads the actions.
import { type ActionSearch, includesProposals } from "../actions/search-params";
import { Prisma } from "../generated/prisma/client";

export function isCellSearch(search: ActionSearch): boolean {
  return !search.authority.length && search.ground.length <= 1 && !search.instrument.length && !search.target.length
    && !search.from && !search.to && !search.q.trim();
}

const GROUND_CELLS = {
  ChartDateCell: "ChartDateGroundCell",
  ChartInstrumentCell: "ChartInstrumentGroundCell",
  ChartGroundCell: "ChartGroundCell",
} as const;

/**
 * The cells a (cell) search reads: `table`, or its per-ground twin when it filters a ground,
 * with the cell's ground as "groundCategories" so that actionWhere's ground condition applies.
 */
export function cellSource(search: ActionSearch, table: keyof typeof GROUND_CELLS): Prisma.Sql {
  return search.ground.length
    ? Prisma.sql`(SELECT c.*, ARRAY[c.ground] AS "groundCategories" FROM ${Prisma.raw(`"${GROUND_CELLS[table]}"`)} c)`
    : Prisma.raw(`"${table}"`);
}

/** Per-target counts keep actions other than proposals, per jurisdiction or in all. */
export function isTargetCountSearch(search: ActionSearch): boolean {
  return isCellSearch(search) && !search.kind.length && !search.status.length && !includesProposals(search)
    && search.jurisdiction.length <= 1;
}

/** The rows of "ChartTargetCount" a (target-count) search reads: its jurisdiction's, or the totals. */
export function targetCountScope(search: ActionSearch): Prisma.Sql {
  return search.jurisdiction.length
    ? Prisma.sql`a.jurisdiction = ${search.jurisdiction[0]}::"Jurisdiction"`
    : Prisma.sql`a.jurisdiction IS NULL`;
}
