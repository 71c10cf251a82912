import "server-only";
import { getDb } from "../db/client";

/** Every action recorded from the articles with everything needed to show where it comes from. */
export async function listActionsWithEvidence() {
  return getDb().sanctionAction.findMany({
    // Actions read from official lists (tens of thousands) are in the explorer and /changes.
    where: { origin: "ARTICLE" },
    orderBy: [{ dateStart: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    include: {
      authority: true,
      targets: { include: { target: true }, orderBy: { target: { name: "asc" } } },
      instruments: { include: { instrument: true } },
      evidence: {
        include: { document: { select: { id: true, title: true } } },
        orderBy: [{ documentId: "asc" }, { startOffset: "asc" }],
      },
    },
  });
}

export type ActionWithEvidence = Awaited<ReturnType<typeof listActionsWithEvidence>>[number];
