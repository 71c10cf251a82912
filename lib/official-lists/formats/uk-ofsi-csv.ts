// HM Treasury / OFSI Consolidated List CSV (ConList.csv, retired 28 Jan 2026): cp1252, line 1
// "Last Updated,dd/mm/yyyy", line 2 the header, then one row per name sharing a Group ID.
import path from "node:path";
import { streamCsvRecords } from "./csv-records";
import { addListedParts, parseDayMonthYear } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { ukName } from "./uk-fcdo-xml";

const REQUIRED = ["Name 6", "Group Type", "Alias Type", "Regime", "Listed On", "Group ID"];

export const ukOfsiCsvParser: ListFormatParser = {
  format: "UK_OFSI_CSV",
  source: () => "UK_OFSI",
  async *parse(files, ctx) {
    for (const file of files) {
      const name = path.basename(file);
      let header: Map<string, number> | null = null;
      for await (const records of streamCsvRecords(file, ctx, { encoding: "win1252" })) {
        const parts: EntryPart[] = [];
        for (const { fields, line } of records) {
          if (line === 1) {
            const updated = parseDayMonthYear(fields[1]);
            if (fields[0] !== "Last Updated" || !updated) throw new ListFormatError(name, "line 1", `expected "Last Updated,dd/mm/yyyy", found "${fields.slice(0, 2).join(",")}"`);
            ctx.meta = { publishedAt: updated.start, publishedBasis: `Last Updated ${fields[1]} in ${name}` };
          } else if (!header) {
            header = new Map(fields.map((f, i) => [f.trim(), i]));
            const missing = REQUIRED.filter((c) => !header!.has(c));
            if (missing.length) throw new ListFormatError(name, `line ${line}`, `header lacks ${missing.join(", ")}`);
          } else {
            if (fields.length !== header.size) throw new ListFormatError(name, `line ${line}`, `expected ${header.size} columns, found ${fields.length}`);
            const get = (column: string) => fields[header!.get(column) ?? -1]?.trim() ?? "";
            const groupId = get("Group ID");
            if (!/^\d+$/.test(groupId)) throw new ListFormatError(name, `line ${line}`, `Group ID "${groupId}" is not a number`);
            const { parts: rowParts, add } = partsFor(groupId);
            const full = ukName(get("Name 6"), ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5"].map(get));
            const prime = get("Alias Type") === "Prime Alias";
            add(prime ? "name" : "alias", full);
            add("type", get("Group Type"));
            add("programme", get("Regime"));
            add("location", `${name}:${line}`);
            addListedParts(add, get("Listed On"), parseDayMonthYear(get("Listed On")), "Listed On in the OFSI Consolidated List");
            // Every row of a group repeats the group's information; it is kept once.
            if (prime) add("remarks", get("Other Information"));
            parts.push(...rowParts);
          }
        }
        if (parts.length) yield parts;
      }
    }
  },
};
