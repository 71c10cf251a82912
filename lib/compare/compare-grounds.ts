import "server-only";
import { getDb, type Db } from "../db/client";
import type { GroundCategory } from "../generated/prisma/enums";
import type { CompareSearch } from "./compare-search";
import { compareWhere } from "./compare-targets";

export interface GroundSides {
  ground: GroundCategory;
  actionsA: number;
  actionsB: number;
}

/** How many of each side's actions state each ground: a ground with zero on one side is stated by the other only. */
export async function compareGrounds(search: CompareSearch, db: Db = getDb()): Promise<GroundSides[]> {
  // The ground cells keep no target: a narrowed comparison counts its (few) actions themselves.
  if (search.target.length) {
    return db.$queryRaw<GroundSides[]>`
      SELECT g AS ground, count(*) FILTER (WHERE a.jurisdiction::text = ${search.a})::int AS "actionsA",
        count(*) FILTER (WHERE a.jurisdiction::text = ${search.b})::int AS "actionsB"
      FROM "SanctionAction" a CROSS JOIN LATERAL unnest(a."groundCategories") g
      WHERE ${compareWhere(search)} GROUP BY 1 ORDER BY 1`;
  }
  return db.$queryRaw<GroundSides[]>`
    SELECT a.ground,
      coalesce(sum(a.n) FILTER (WHERE a.jurisdiction::text = ${search.a}), 0)::int AS "actionsA",
      coalesce(sum(a.n) FILTER (WHERE a.jurisdiction::text = ${search.b}), 0)::int AS "actionsB"
    FROM "ChartGroundCell" a
    WHERE ${compareWhere(search)} AND a.ground IS NOT NULL
    GROUP BY 1 ORDER BY 1`;
}
