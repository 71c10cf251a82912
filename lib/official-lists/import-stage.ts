// Reading the files into the import's transaction: their hash, then every parsed part
// COPYed into a temporary table, with backpressure, so memory stays flat.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ListFormatParser, ParseContext } from "./formats/list-entry-parts";

/** sha256 of the files' contents, independent of their names and order: a renamed copy is the same version. */
export async function hashFiles(files: string[]): Promise<string> {
  const perFile: string[] = [];
  for (const file of files) {
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    perFile.push(hash.digest("hex"));
  }
  return createHash("sha256").update(perFile.sort().join("\n")).digest("hex");
}

export async function totalBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += (await stat(file)).size;
  return total;
}

// COPY text format: backslash, tab, newline and carriage return are escaped.
const escapeCopy = (value: string) => value.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);

/** Parses the files into pg_temp.list_stage(ord, list_id, field, value); returns the number of parts. */
export async function stageParts(client: pg.Client, parser: ListFormatParser, files: string[], ctx: ParseContext): Promise<number> {
  await client.query(`CREATE TEMP TABLE list_stage (ord bigint, list_id text, field text, value text) ON COMMIT DROP`);
  const copy = client.query(copyFrom(`COPY list_stage (ord, list_id, field, value) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    copy.on("finish", resolve);
    copy.on("error", reject);
  });
  let ord = 0;
  try {
    for await (const parts of parser.parse(files, ctx)) {
      let text = "";
      for (const part of parts) text += `${++ord}\t${escapeCopy(part.listId)}\t${part.field}\t${escapeCopy(part.value)}\n`;
      if (!copy.write(text)) await new Promise((resolve) => copy.once("drain", resolve));
    }
  } catch (error) {
    copy.destroy(error as Error);
    await done.catch(() => {});
    throw error;
  }
  copy.end();
  await done;
  await client.query(`CREATE INDEX ON list_stage (list_id); ANALYZE list_stage`);
  return ord;
}

/**
 * One ListEntry row per list id from the staged parts; an entry needs its type (its main record).
 * An entry whose list id had a target in the previous version keeps it, set here rather than
 * by a later UPDATE of every row.
 */
export async function mergeStagedEntries(client: pg.Client, importId: number, previousId: number | null): Promise<number> {
  const first = (field: string) => `(array_agg(value ORDER BY ord) FILTER (WHERE field = '${field}'))[1]`;
  const all = (field: string) => `coalesce(array_agg(DISTINCT value) FILTER (WHERE field = '${field}'), '{}')`;
  const result = await client.query(
    `INSERT INTO "ListEntry" ("importId", "listId", name, aliases, "weakAliases", "entryType", "targetKind", programmes,
       "legalBasis", remarks, "listedText", "listedStart", "listedEnd", "listedPrecision", "listedBasis", location,
       "targetId", "matchKind", "matchConfidence", "matchReason")
     SELECT $1, m.list_id, m.name, array_remove(m.aliases, m.name), array_remove(m.weak, m.name), m.type,
       (CASE
          WHEN lower(m.type) IN ('individual', 'person', 'p') THEN 'PERSON'
          WHEN lower(m.type) IN ('vessel', 'ship') THEN 'VESSEL'
          WHEN lower(m.type) = 'aircraft' THEN 'AIRCRAFT'
          WHEN m.remarks ILIKE '%Target Type Government Entity%' THEN 'GOVERNMENT_BODY'
          ELSE 'ORGANISATION' END)::"TargetKind",
       m.programmes, m.basis, m.remarks, m.listed_text, m.listed_start::date, m.listed_end::date,
       coalesce(m.listed_precision, 'UNKNOWN')::"DatePrecision", m.listed_basis, m.location,
       p."targetId", CASE WHEN p."targetId" IS NOT NULL THEN 'SAME_LIST_ID'::"ListMatchKind" END,
       CASE WHEN p."targetId" IS NOT NULL THEN 1 END,
       CASE WHEN p."targetId" IS NOT NULL THEN 'same list id ' || m.list_id || ' as in the previous version of the list' END
     FROM (
       SELECT list_id,
         coalesce(${first("name")}, ${first("alias")}, ${first("weakAlias")}, list_id) AS name,
         ${all("alias")} AS aliases,
         ${all("weakAlias")} AS weak, ${first("type")} AS type, ${all("programme")} AS programmes, ${all("legalBasis")} AS basis,
         string_agg(value, '' ORDER BY ord) FILTER (WHERE field = 'remarks') AS remarks,
         ${first("listedText")} AS listed_text, ${first("listedStart")} AS listed_start, ${first("listedEnd")} AS listed_end,
         ${first("listedPrecision")} AS listed_precision, ${first("listedBasis")} AS listed_basis,
         coalesce(${first("location")}, list_id) AS location
       FROM list_stage GROUP BY list_id HAVING bool_or(field = 'type')
     ) m
     LEFT JOIN "ListEntry" p ON p."importId" = $2 AND p."listId" = m.list_id`,
    [importId, previousId ?? -1],
  );
  // Autovacuum never sees uncommitted rows: fresh statistics keep the next plans sane. Only
  // the columns the import joins and filters on: the wide text and array columns cost most.
  await client.query(`ANALYZE "ListEntry" (id, "importId", "listId", "targetId", "matchKind")`);
  return result.rowCount ?? 0;
}
