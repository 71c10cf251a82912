import "server-only";
import { getDb, type Db } from "../db/client";

/** The names of the given targets (a filter's), by name; unknown ids are left out. */
export async function listTargetNames(ids: readonly number[], db: Db = getDb()) {
  if (!ids.length) return [];
  return db.target.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, kind: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
