// The comparison as CSV rows, one per target, as the page shows them.
import { GROUND_LABELS, RELATION_LABELS } from "../actions/labels";
import { describeLag } from "./compare-lag";
import { formatDayInterval } from "./compare-format";
import type { CompareSearch } from "./compare-search";
import type { CompareTargetRow } from "./compare-targets";

/** Quotes every cell; a leading = + - @ is defused so spreadsheets never run a formula from source text. */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The export's sizes: past `limit` targets the file says it was cut; a small first chunk, so rows leave at once. */
export const COMPARE_EXPORT_SIZES = { limit: 50_000, first: 200, chunk: 2_000 } as const;

export function compareCsvHeader({ a, b }: CompareSearch): string[] {
  return [
    "Group", "Target", "Relation", `Actions ${a}`, `Actions ${b}`, `First ${a}`, `First ${b}`, "Who acted first",
    `Grounds ${a}`, `Grounds ${b}`, `Instruments ${a}`, `Instruments ${b}`,
  ];
}

export function compareCsvRow(row: CompareTargetRow, { a, b }: CompareSearch): (string | number)[] {
  const grounds = (gs: CompareTargetRow["groundsA"]) => gs.map((g) => GROUND_LABELS[g]).join("; ");
  return [
    row.group.name,
    row.name,
    row.relations.map((r) => `${RELATION_LABELS[r.kind]} ${r.toName}`).join("; "),
    row.actionsA,
    row.actionsB,
    formatDayInterval(row.firstA),
    formatDayInterval(row.firstB),
    describeLag(row.lag, { A: a, B: b }),
    grounds(row.groundsA),
    grounds(row.groundsB),
    row.instrumentsA.join("; "),
    row.instrumentsB.join("; "),
  ];
}

export const toCsvLine = (cells: (string | number)[]) => `${cells.map(csvCell).join(",")}\r\n`;
