import "server-only";
import { getDb, type Db } from "../db/client";

/** A source document with its text and every evidence span in it; null when there is none. */
export async function getDocument(id: number, db: Db = getDb()) {
  return db.sourceDocument.findUnique({
    where: { id },
    include: {
      evidence: {
        include: { action: { select: { id: true, summary: true, kind: true, jurisdiction: true } } },
        orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }, { id: "asc" }],
      },
    },
  });
}

export type DocumentDetails = NonNullable<Awaited<ReturnType<typeof getDocument>>>;
export type DocumentEvidence = DocumentDetails["evidence"][number];
