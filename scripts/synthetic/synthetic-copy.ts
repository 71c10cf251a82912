// Streams rows into a table with COPY … FROM STDIN (text format), in chunks of ~256 KB.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | null | readonly string[];

function encode(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  const text = Array.isArray(value) ? `{${value.join(",")}}` : (value as string);
  return text.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

function* chunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let buffer = "";
  for (const row of rows) {
    buffer += `${row.map(encode).join("\t")}\n`;
    if (buffer.length > 256 * 1024) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>) {
  const list = columns.map((c) => `"${c}"`).join(", ");
  const sink = client.query(copyFrom(`COPY "${table}" (${list}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows)), sink);
}
