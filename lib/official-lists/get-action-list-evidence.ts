import "server-only";
// The evidence of a list-derived action: the list entries it rests on and the versions they are in.
import { getDb, type Db } from "../db/client";

export async function getActionListEvidence(actionId: number, db: Db = getDb()) {
  return db.actionListEntry.findMany({
    where: { actionId },
    orderBy: { entryId: "asc" },
    include: {
      import: { select: { id: true, fileNames: true } },
      entry: {
        include: { import: { select: { id: true, source: true, format: true, fileNames: true, sha256: true, publishedAt: true, publishedBasis: true } } },
      },
    },
  });
}

export type ActionListEvidence = Awaited<ReturnType<typeof getActionListEvidence>>;
