import "server-only";
import { Prisma } from "../generated/prisma/client";
import { actionWhere } from "../actions/action-filters";
import type { ActionSearch } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import type { GroundCategory, Jurisdiction } from "../generated/prisma/enums";
import { cellSource, isCellSearch } from "./charts-cells";

export interface GroundCount {
  ground: GroundCategory;
  jurisdiction: Jurisdiction;
  count: number;
}

/**
 * How many actions state each ground category, per jurisdiction. With a ground filter only
 * the filtered grounds are counted, so that a bar's link (ground=G) finds exactly its actions.
 */
export async function getGroundsByJurisdiction(search: ActionSearch, db: Db = getDb()) {
  if (isCellSearch(search)) {
    const cells = await db.$queryRaw<{ ground: GroundCategory | null; jurisdiction: Jurisdiction; count: number }[]>`
      SELECT a.ground, a.jurisdiction, sum(a.n)::int AS count FROM ${cellSource(search, "ChartGroundCell")} a
      WHERE ${actionWhere(search)} GROUP BY 1, 2 ORDER BY 1, 2`;
    const counts = cells.filter((c): c is GroundCount => c.ground !== null);
    return { counts, withoutGround: cells.reduce((sum, c) => sum + (c.ground === null ? c.count : 0), 0) };
  }
  const onlyFiltered = search.ground.length
    ? Prisma.sql`AND g = ANY(${search.ground}::"GroundCategory"[])`
    : Prisma.empty;
  const [counts, [none]] = await Promise.all([
    db.$queryRaw<GroundCount[]>`
      SELECT g AS ground, a.jurisdiction, count(*)::int AS count
      FROM "SanctionAction" a CROSS JOIN LATERAL unnest(a."groundCategories") g
      WHERE ${actionWhere(search)} ${onlyFiltered}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "SanctionAction" a
      WHERE ${actionWhere(search)} AND cardinality(a."groundCategories") = 0`,
  ]);
  return { counts, withoutGround: none.n };
}
