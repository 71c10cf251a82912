// What every format parser yields: facts about list entries as (list id, field, value)
// parts. The importer stages them and merges them per list id in SQL, so files that spread
// one entry over several places (OFAC's SDN/ALT/ADD/COMMENTS CSVs, the advanced XML's
// DistinctParty and SanctionsEntry sections) need no in-memory join and memory stays flat.
import type { ListFormat, ListSource } from "../../generated/prisma/enums";

export type EntryField =
  | "name"
  | "alias"
  | "weakAlias"
  | "type"
  | "programme"
  | "legalBasis"
  /** Concatenated in order with no separator (OFAC remarks continue in SDN_COMMENTS.CSV). */
  | "remarks"
  | "listedText"
  | "listedStart"
  | "listedEnd"
  | "listedPrecision"
  | "listedBasis"
  | "location";

export interface EntryPart {
  listId: string;
  field: EntryField;
  value: string;
}

export interface ListMeta {
  /** ISO day the list says it was published or generated. */
  publishedAt?: string;
  publishedBasis?: string;
}

export interface ParseContext {
  meta: ListMeta;
  /** Called as bytes of the input are consumed, for the progress bar. */
  onBytes(bytes: number): void;
}

export interface ListFormatParser {
  format: ListFormat;
  /** The list a set of files is a version of (OFAC's sdnList XML serves two lists). */
  source(files: string[]): ListSource;
  parse(files: string[], ctx: ParseContext): AsyncIterable<EntryPart[]>;
}

/** Malformed input: the message names the file and the line or element. */
export class ListFormatError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}: ${where}: ${problem}`);
    this.name = "ListFormatError";
  }
}

/** Collects parts for one entry; skips empty values so placeholders never reach the database. */
export function partsFor(listId: string) {
  const parts: EntryPart[] = [];
  const add = (field: EntryField, value: string | null | undefined) => {
    const clean = value?.normalize("NFC").replace(/\s+/g, " ").trim();
    if (clean) parts.push({ listId, field, value: clean });
  };
  return { parts, add };
}
