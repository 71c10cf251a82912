// Streams CSV records with their line numbers, and turns csv-parse's errors into ones that
// name the file. Optionally decodes a legacy single-byte encoding on the way (OFSI's cp1252).
import { createReadStream } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { ListFormatError, type ParseContext } from "./list-entry-parts";

export interface CsvRecord {
  fields: string[];
  line: number;
}

export async function* streamCsvRecords(
  file: string,
  ctx: ParseContext,
  options: { encoding?: "win1252" } = {},
): AsyncGenerator<CsvRecord[]> {
  const name = path.basename(file);
  const raw = createReadStream(file);
  raw.on("data", (chunk) => ctx.onBytes(chunk.length));
  const text = options.encoding ? raw.pipe(iconv.decodeStream(options.encoding)) : raw;
  const parser = text.pipe(parse({ info: true, relax_column_count: true, skip_empty_lines: true, bom: true }));
  let batch: CsvRecord[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      batch.push({ fields: record, line: info.lines });
      if (batch.length >= 500) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof ListFormatError) throw error;
    const lines = (error as { lines?: number }).lines;
    throw new ListFormatError(name, lines ? `line ${lines}` : "reading", (error as Error).message);
  } finally {
    raw.destroy();
  }
  if (batch.length) yield batch;
}
