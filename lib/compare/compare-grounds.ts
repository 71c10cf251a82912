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
  return db.$queryRaw<GroundSides[]>`
    SELECT g AS ground,
      count(*) FILTER (WHERE a.jurisdiction::text = ${search.a})::int AS "actionsA",
      count(*) FILTER (WHERE a.jurisdiction::text = ${search.b})::int AS "actionsB"
    FROM "SanctionAction" a CROSS JOIN LATERAL unnest(a."groundCategories") g
    WHERE ${compareWhere(search)}
    GROUP BY g ORDER BY g`;
}
