// The comparison as CSV rows, one per target, as the page shows them, in its order.
import { GROUND_LABELS, RELATION_LABELS } from "../actions/labels";
import { getDb, type Db } from "../db/client";
import { csvHeader, csvRow } from "../export/csv-row";
import { type DayInterval, describeLag, type LagOutcome, type Side } from "./compare-lag";
import { formatDayInterval } from "./compare-format";
import type { CompareSearch } from "./compare-search";
import { type CompareTargetRow, countTargetSets, streamCompareTargets } from "./compare-targets";

/** The export's sizes: past `limit` targets the file says it was cut; a small first chunk, so rows leave at once. */
export const COMPARE_EXPORT_SIZES = { limit: 50_000, first: 200, chunk: 2_000 } as const;

// The columns the page shows, then for spreadsheets (appended, so that the first columns keep
// their places): the target's id, which side acted first, the lag's bounds in days and each
// first date's interval as ISO days (blank where there is none, or at an open end).
function compareCsvHeader({ a, b }: CompareSearch): string[] {
  return [
    "Group", "Target", "Relation", `Actions ${a}`, `Actions ${b}`, `First ${a}`, `First ${b}`, "Who acted first",
    `Grounds ${a}`, `Grounds ${b}`, `Instruments ${a}`, `Instruments ${b}`,
    "Target id", "First to act", "Lag in days, at least", "Lag in days, at most",
    `First ${a} earliest day`, `First ${a} latest day`, `First ${b} earliest day`, `First ${b} latest day`,
  ];
}

/** Which side acted first ("same" on one day), and the lag's bounds in days; blank where unknown or unbounded. */
function lagCells(lag: LagOutcome, names: Record<Side, string>): (string | number)[] {
  const side = (first: Side | "same") => (first === "same" ? "same day" : names[first]);
  if (lag.kind === "exact") return [side(lag.first), lag.days, lag.days];
  if (lag.kind === "range") return [side(lag.first), lag.minDays, lag.maxDays ?? ""];
  if (lag.kind === "one-side") return [side(lag.first), "", ""];
  return ["", "", ""];
}

/** One target's row of the comparison CSV. */
export function compareCsvRow(row: CompareTargetRow, { a, b }: CompareSearch): (string | number)[] {
  const grounds = (gs: CompareTargetRow["groundsA"]) => gs.map((g) => GROUND_LABELS[g]).join("; ");
  const days = (first: DayInterval | null) => [first?.start ?? "", first?.end ?? ""];
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
    row.targetId,
    ...lagCells(row.lag, { A: a, B: b }),
    ...days(row.firstA),
    ...days(row.firstB),
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
