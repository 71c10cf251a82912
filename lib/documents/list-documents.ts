import "server-only";
import { getDb, type Db } from "../db/client";

/** Every source document (without its text) with how much evidence it holds. */
export async function listDocuments(db: Db = getDb()) {
  return db.$queryRaw<
    { id: number; title: string; author: string | null; publisher: string | null; publishedText: string | null; evidence: number; actions: number }[]
  >`
    SELECT d.id, d.title, d.author, d.publisher, d."publishedText",
      count(e.id)::int AS evidence, count(DISTINCT e."actionId")::int AS actions
    FROM "SourceDocument" d LEFT JOIN "Evidence" e ON e."documentId" = d.id
    GROUP BY d.id ORDER BY d.title, d.id`;
}

export type DocumentSummary = Awaited<ReturnType<typeof listDocuments>>[number];
