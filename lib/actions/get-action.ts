import "server-only";
import { getDb, type Db } from "../db/client";

/** One action with every field, its targets, instruments and evidence; null when there is none. */
export async function getAction(id: number, db: Db = getDb()) {
  return db.sanctionAction.findUnique({
    where: { id },
    include: {
      authority: true,
      targets: { include: { target: { select: { id: true, name: true, kind: true } } }, orderBy: { target: { name: "asc" } } },
      instruments: { include: { instrument: true }, orderBy: { instrument: { citation: "asc" } } },
      evidence: {
        include: { document: { select: { id: true, title: true } } },
        orderBy: [{ documentId: "asc" }, { startOffset: "asc" }, { id: "asc" }],
      },
    },
  });
}

export type ActionDetails = NonNullable<Awaited<ReturnType<typeof getAction>>>;
