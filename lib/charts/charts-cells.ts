// When the pre-aggregated cells (migration chart_cells) can answer a search: they keep
// jurisdiction, kind and status, so actionWhere's conditions on those apply to them as they
// are; any other filter is answered from the actions themselves.
import { type ActionSearch, includesProposals } from "../actions/search-params";
import { Prisma } from "../generated/prisma/client";

export function isCellSearch(search: ActionSearch): boolean {
  return !search.authority.length && !search.ground.length && !search.instrument.length && !search.target.length
    && !search.from && !search.to && !search.q.trim();
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
