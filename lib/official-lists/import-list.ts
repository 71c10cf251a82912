// One list version into the database, all or nothing: hash → parse and stage → entries →
// matches → actions, in one transaction. A malformed or truncated file, or a process killed
// half-way, leaves the database as it was; the same files imported again change nothing.
import { stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { ListFormat, ListSource } from "../generated/prisma/enums";
import type { ListMeta } from "./formats/list-entry-parts";
import { LIST_FORMAT_PARSERS } from "./formats/list-formats";
import { type ImportVersion, recordChanges } from "./import-diff";
import { matchEntries } from "./import-match";
import { hashFiles, mergeStagedEntries, stageParts, totalBytes } from "./import-stage";

export interface ImportOptions {
  format: ListFormat;
  files: string[];
  /** ISO day; overrides the file's own date (needed for OFAC CSV, which carries none). */
  publishedAt?: string;
  onProgress?(progress: { bytes: number; totalBytes: number; phase: string }): void;
}

export interface ImportSummary {
  importId: number;
  /** True when these exact files were imported before: nothing was written. */
  alreadyImported: boolean;
  source: ListSource;
  publishedAt: string;
  entries: number;
  targetsMatched: number;
  targetsCreated: number;
  candidates: number;
  designations: number;
  delistings: number;
  amendments: number;
  unknownProgrammes: string[];
}

async function publicationOf(meta: ListMeta, options: ImportOptions): Promise<{ publishedAt: string; publishedBasis: string }> {
  if (options.publishedAt) return { publishedAt: options.publishedAt, publishedBasis: "date given with --published on import" };
  if (meta.publishedAt) return { publishedAt: meta.publishedAt, publishedBasis: meta.publishedBasis ?? "the file" };
  const modified = (await stat(options.files[0])).mtime.toISOString().slice(0, 10);
  return { publishedAt: modified, publishedBasis: `the file states no date: modification time of ${path.basename(options.files[0])}` };
}

export async function importListFiles(databaseUrl: string, options: ImportOptions): Promise<ImportSummary> {
  const parser = LIST_FORMAT_PARSERS[options.format];
  const source = parser.source(options.files);
  const sha256 = await hashFiles(options.files);
  const total = await totalBytes(options.files);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Sorts and hashes over a whole list (hundreds of thousands of entries) stay in memory.
    await client.query(`SET LOCAL work_mem = '64MB'`);
    // One import per list at a time, so "the previous version" is well defined. Versions are
    // compared within one format: formats of one list carry different fields (OFAC's CSV has
    // no legal basis, its advanced XML has), which would read as amendments.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('list-import:' || $1))`, [source]);
    const existing = await client.query(`SELECT *, "publishedAt"::text AS "publishedText" FROM "ListImport" WHERE source = $1 AND sha256 = $2`, [source, sha256]);
    if (existing.rows[0]) {
      await client.query("ROLLBACK");
      return summaryOf(existing.rows[0], true, 0);
    }

    let bytes = 0;
    const ctx = {
      meta: {} as ListMeta,
      onBytes: (n: number) => {
        bytes += n;
        options.onProgress?.({ bytes, totalBytes: total, phase: "reading" });
      },
    };
    await stageParts(client, parser, options.files, ctx);
    const { publishedAt, publishedBasis } = await publicationOf(ctx.meta, options);
    // The database's part has no byte count; its steps are named so a long import shows where it is.
    const step = (phase: string) => options.onProgress?.({ bytes: total, totalBytes: total, phase });
    step("merging entries");

    const later = await client.query(`SELECT "publishedAt"::text AS p FROM "ListImport" WHERE source = $1 AND format = $2 AND "publishedAt" > $3::date LIMIT 1`,
      [source, options.format, publishedAt],
    );
    if (later.rows[0]) throw new Error(`A later version of this list (${later.rows[0].p}) is already imported; import versions in date order.`);
    const previous = await client.query<ImportVersion>(
      `SELECT id, "publishedAt"::text AS "publishedAt" FROM "ListImport" WHERE source = $1 AND format = $2
       ORDER BY "publishedAt" DESC NULLS LAST, id DESC LIMIT 1`,
      [source, options.format],
    );
    const { rows: [created] } = await client.query<{ id: number }>(
      `INSERT INTO "ListImport" (source, format, "fileNames", sha256, "publishedAt", "publishedBasis", "entryCount",
         designations, delistings, amendments, "targetsCreated", "targetsMatched", "unknownProgrammes")
       VALUES ($1, $2, $3, $4, $5, $6, 0, 0, 0, 0, 0, 0, '{}') RETURNING id`,
      [source, options.format, options.files.map((f) => path.basename(f)), sha256, publishedAt, publishedBasis],
    );
    const prev = previous.rows[0] ?? null;
    const entries = await mergeStagedEntries(client, created.id, prev?.id ?? null);
    if (entries === 0) throw new Error(`${options.files.map((f) => path.basename(f)).join(", ")}: no list entries found`);
    step("matching targets");
    const matches = await matchEntries(client, created.id, source);
    step("recording changes");
    const diff = await recordChanges(client, source, { id: created.id, publishedAt }, prev);
    const { rows: [saved] } = await client.query(
      `UPDATE "ListImport" SET "entryCount" = $2, designations = $3, delistings = $4, amendments = $5, "targetsCreated" = $6,
         "targetsMatched" = $7, "unknownProgrammes" = $8 WHERE id = $1 RETURNING *, "publishedAt"::text AS "publishedText"`,
      [created.id, entries, diff.designations, diff.delistings, diff.amendments, matches.created, matches.matched, diff.unknownProgrammes],
    );
    await client.query("COMMIT");
    return summaryOf(saved, false, matches.candidates);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

function summaryOf(row: Record<string, unknown>, alreadyImported: boolean, candidates: number): ImportSummary {
  return {
    importId: row.id as number,
    alreadyImported,
    source: row.source as ListSource,
    publishedAt: (row.publishedText as string | null) ?? "",
    entries: row.entryCount as number,
    targetsMatched: row.targetsMatched as number,
    targetsCreated: row.targetsCreated as number,
    candidates,
    designations: row.designations as number,
    delistings: row.delistings as number,
    amendments: row.amendments as number,
    unknownProgrammes: row.unknownProgrammes as string[],
  };
}
