// The comparison as CSV rows, one per target, as the page shows them, in its order.
import { GROUND_LABELS, RELATION_LABELS } from "../actions/labels";
import { getDb, type Db } from "../db/client";
import { csvHeader, csvRow } from "../export/csv-row";
import { describeLag } from "./compare-lag";
import { formatDayInterval } from "./compare-format";
import type { CompareSearch } from "./compare-search";
import { type CompareTargetRow, countTargetSets, streamCompareTargets } from "./compare-targets";

/** The export's sizes: past `limit` targets the file says it was cut; a small first chunk, so rows leave at once. */
export const COMPARE_EXPORT_SIZES = { limit: 50_000, first: 200, chunk: 2_000 } as const;

function compareCsvHeader({ a, b }: CompareSearch): string[] {
  return [
    "Group", "Target", "Relation", `Actions ${a}`, `Actions ${b}`, `First ${a}`, `First ${b}`, "Who acted first",
    `Grounds ${a}`, `Grounds ${b}`, `Instruments ${a}`, `Instruments ${b}`,
  ];
}

function compareCsvRow(row: CompareTargetRow, { a, b }: CompareSearch): (string | number)[] {
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

/**
 * The CSV file in text chunks: its header at once, then the rows a chunk at a time
 * (streamCompareTargets), and a last line when the file stops short of every target.
 */
export async function* streamCompareCsv(search: CompareSearch, db: Db = getDb()): AsyncGenerator<string> {
  yield csvHeader(compareCsvHeader(search));
  const sets = await countTargetSets(search, db);
  const total = sets.both + sets.onlyA + sets.onlyB;
  let written = 0;
  for await (const rows of streamCompareTargets(search, COMPARE_EXPORT_SIZES, db, sets)) {
    written += rows.length;
    yield rows.map((row) => csvRow(compareCsvRow(row, search))).join("");
  }
  if (total > written) yield csvRow([`Cut at ${written} of ${total} targets`]);
}
