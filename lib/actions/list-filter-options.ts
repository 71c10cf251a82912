import "server-only";
import { getDb, type Db } from "../db/client";
import { listTargetNames } from "../targets/list-target-names";
import type { ActionSearch } from "./search-params";

/**
 * What the explorer's filters offer: authorities and instruments that have at least one
 * action, and the names of the targets already in the filter (the type-ahead finds others).
 */
export async function listFilterOptions(search: Pick<ActionSearch, "target">, db: Db = getDb()) {
  const [authorities, instruments, targets] = await Promise.all([
    db.authority.findMany({
      where: { actions: { some: {} } },
      select: { id: true, name: true, shortName: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.legalInstrument.findMany({
      where: { actions: { some: {} } },
      select: { id: true, citation: true, title: true },
      orderBy: [{ citation: "asc" }, { id: "asc" }],
    }),
    listTargetNames(search.target, db),
  ]);
  return { authorities, instruments, targets };
}

export type FilterOptions = Awaited<ReturnType<typeof listFilterOptions>>;
