import "server-only";
import { getDb, type Db } from "../db/client";

const NAMED = { select: { id: true, name: true, kind: true } } as const;

/** A target with its aliases and its relations in both directions; null when there is none. */
export async function getTarget(id: number, db: Db = getDb()) {
  return db.target.findUnique({
    where: { id },
    include: {
      aliases: { orderBy: [{ kind: "asc" }, { alias: "asc" }] },
      relationsFrom: { include: { to: NAMED }, orderBy: [{ kind: "asc" }, { id: "asc" }] },
      relationsTo: { include: { from: NAMED }, orderBy: [{ kind: "asc" }, { id: "asc" }] },
    },
  });
}

export type TargetDetails = NonNullable<Awaited<ReturnType<typeof getTarget>>>;
