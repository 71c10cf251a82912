import { describe, expect, it } from "vitest";
import { compareCsvRow } from "../../lib/compare/compare-csv";
import { compareFirstDates } from "../../lib/compare/compare-lag";
import type { CompareSearch } from "../../lib/compare/compare-search";
import type { CompareTargetRow } from "../../lib/compare/compare-targets";

const search: CompareSearch = { a: "US", b: "EU", target: [], related: false };
const row = (firstA: CompareTargetRow["firstA"], firstB: CompareTargetRow["firstB"]): CompareTargetRow => ({
  targetId: 7, name: "Ministry of Intelligence and Security", kind: "GOVERNMENT_BODY", actionsA: 2, actionsB: firstB ? 1 : 0,
  firstA, firstB, lag: compareFirstDates(firstA, firstB), groundsA: ["HUMAN_RIGHTS"], groundsB: [],
  instrumentsA: ["E.O. 13553"], instrumentsB: [], group: { id: 7, name: "Ministry of Intelligence and Security" }, relations: [],
});
// The columns after the page's twelve: id, first to act, lag at least and at most, then A's and B's first days.
const forSpreadsheets = (cells: (string | number)[]) => cells.slice(12);

describe("comparison CSV rows", () => {
  it("keep the page's columns first, then give the id, who acted first, the lag in days and the first dates as ISO days", () => {
    const cells = compareCsvRow(row({ start: "2012-02-16", end: "2012-02-16" }, { start: "2019-01-08", end: "2019-01-08" }), search);
    expect(cells.slice(5, 8)).toEqual(["16 Feb 2012", "8 Jan 2019", "US first, by 2,518 days"]);
    expect(forSpreadsheets(cells)).toEqual([7, "US", 2518, 2518, "2012-02-16", "2012-02-16", "2019-01-08", "2019-01-08"]);
  });

  it("leave an open end's day blank, name no first side when it cannot be told, and bound a lag between intervals", () => {
    const overlap = compareCsvRow(row({ start: "2012-01-01", end: "2012-12-31" }, { start: null, end: "2021-09-30" }), search);
    expect(overlap[7]).toBe("Cannot tell: the possible first dates overlap");
    expect(forSpreadsheets(overlap)).toEqual([7, "", "", "", "2012-01-01", "2012-12-31", "", "2021-09-30"]);
    const later = compareCsvRow(row({ start: "2012-01-01", end: "2012-12-31" }, { start: "2019-01-01", end: "2019-12-31" }), search);
    expect(later[7]).toBe("US first, by 2,192 to 2,921 days");
    expect(forSpreadsheets(later).slice(1, 4)).toEqual(["US", 2192, 2921]);
  });

  it("name the one side that acted, with no lag", () => {
    const cells = compareCsvRow(row({ start: "2012-01-01", end: "2012-12-31" }, null), search);
    expect(cells[7]).toBe("Only US acted");
    expect(forSpreadsheets(cells)).toEqual([7, "US", "", "", "2012-01-01", "2012-12-31", "", ""]);
  });
});
