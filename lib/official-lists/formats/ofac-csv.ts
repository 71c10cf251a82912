// OFAC legacy delimited files: SDN.CSV with optional ALT.CSV, ADD.CSV and SDN_COMMENTS.CSV,
// joined by ent_num. No header row (columns per OFAC's dat_spec.txt); "-0-" is null; the files
// end with a Ctrl-Z (0x1A) byte; remarks over 1,000 characters continue in SDN_COMMENTS.CSV.
import path from "node:path";
import type { ListSource } from "../../generated/prisma/enums";
import { streamCsvRecords } from "./csv-records";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";

type Role = "sdn" | "alt" | "add" | "comments";
const COLUMNS: Record<Role, number> = { sdn: 12, alt: 5, add: 6, comments: 2 };
// Remarks continue across files, so the main file is read first and the overflow last.
const ORDER: Role[] = ["sdn", "alt", "add", "comments"];

export function ofacCsvRole(file: string): Role {
  const base = path.basename(file).toLowerCase();
  if (base.includes("comment")) return "comments";
  if (/(^|[^a-z])alt/.test(base)) return "alt";
  if (/(^|[^a-z])add/.test(base)) return "add";
  return "sdn";
}

/** OFAC's files serve two lists; the consolidated one's file names say "cons". */
export function ofacListSource(files: string[]): ListSource {
  return files.some((f) => /cons/i.test(path.basename(f))) ? "OFAC_CONSOLIDATED" : "OFAC_SDN";
}

const value = (field: string | undefined) => (field === undefined || field.trim() === "-0-" ? "" : field.trim());

function rowParts(role: Role, file: string, line: number, fields: string[]): EntryPart[] {
  const entNum = fields[0]?.trim();
  if (!/^\d+$/.test(entNum ?? "")) throw new ListFormatError(file, `line ${line}`, `ent_num "${entNum}" is not a number`);
  if (role === "comments" ? fields.length < 2 : fields.length !== COLUMNS[role]) {
    throw new ListFormatError(file, `line ${line}`, `expected ${COLUMNS[role]} columns, found ${fields.length} (truncated or not ${role}.csv?)`);
  }
  const { parts, add } = partsFor(entNum);
  if (role === "sdn") {
    add("location", `${file}:${line}`);
    add("name", value(fields[1]));
    add("type", value(fields[2]) || "entity");
    for (const program of value(fields[3]).replace(/^\[|\]$/g, "").split("] [")) add("programme", program);
    const remarks = value(fields[11]);
    for (const m of remarks.matchAll(/a\.k\.a\.\s+'([^']+)'/g)) add("weakAlias", m[1]);
    // Not trimmed: an overflow row carries on mid-word, with no separator.
    if (remarks) parts.push({ listId: entNum, field: "remarks", value: fields[11] });
  } else if (role === "alt") add("alias", value(fields[3]));
  else if (role === "comments") {
    const overflow = fields.slice(1).join(",");
    if (overflow.trim() && overflow.trim() !== "-0-") parts.push({ listId: entNum, field: "remarks", value: overflow.replace(/\s+$/, "") });
  }
  return parts;
}

export const ofacCsvParser: ListFormatParser = {
  format: "OFAC_CSV",
  source: ofacListSource,
  async *parse(files, ctx) {
    const byRole = [...files].sort((a, b) => ORDER.indexOf(ofacCsvRole(a)) - ORDER.indexOf(ofacCsvRole(b)));
    if (!byRole.some((f) => ofacCsvRole(f) === "sdn")) throw new ListFormatError(files.join(", "), "files", "no SDN.CSV among the files");
    for (const file of byRole) {
      const role = ofacCsvRole(file);
      const name = path.basename(file);
      for await (const records of streamCsvRecords(file, ctx)) {
        const parts: EntryPart[] = [];
        for (const { fields, line } of records) {
          if (fields.length === 1 && fields[0].trim() === "\x1a") continue;
          // OFAC's files have no header row, but re-saved copies sometimes add one.
          if (line === 1 && fields[0].trim().toLowerCase() === "ent_num") continue;
          parts.push(...rowParts(role, name, line, fields));
        }
        if (parts.length) yield parts;
      }
    }
  },
};
