import "server-only";
import { Prisma } from "../generated/prisma/client";
import { getDb, type Db } from "../db/client";
import type { GroundCategory, Jurisdiction } from "../generated/prisma/enums";
import { chartRows } from "./charts-cells";
import { type ChartSearch, withTextMatch } from "./charts-text-match";

export interface GroundCount {
  ground: GroundCategory;
  jurisdiction: Jurisdiction;
  count: number;
}

/**
 * How many actions state each ground category, per jurisdiction. With a ground filter only
 * the filtered grounds are counted, so that a bar's link (ground=G) finds exactly its actions.
 */
export async function getGroundsByJurisdiction(search: ChartSearch, db: Db = getDb()) {
  search = await withTextMatch(search, db);
  // Without a ground filter, the actions stating none come out as one row with a null ground.
  const onlyFiltered = search.ground.length
    ? Prisma.sql`WHERE g = ANY(${search.ground}::"GroundCategory"[])`
    : Prisma.empty;
  const cells = await db.$queryRaw<{ ground: GroundCategory | null; jurisdiction: Jurisdiction; count: number }[]>`
    SELECT g AS ground, a.jurisdiction, sum(a.n)::int AS count
    FROM (SELECT r.jurisdiction, r."groundCategories", sum(r.n) AS n FROM (${chartRows(search)}) r GROUP BY 1, 2) a
    LEFT JOIN LATERAL chart_grounds(a."groundCategories") g ON true ${onlyFiltered}
    GROUP BY 1, 2 HAVING sum(a.n) <> 0 ORDER BY 1, 2`;
  const counts = cells.filter((c): c is GroundCount => c.ground !== null);
  return { counts, withoutGround: cells.reduce((sum, c) => sum + (c.ground === null ? c.count : 0), 0) };
}
