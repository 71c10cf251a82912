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

describe("comparison CSV rows", () => {
  it("give each first date as words and as ISO days, and the lag in days", () => {
    const cells = compareCsvRow(row({ start: "2012-02-16", end: "2012-02-16" }, { start: "2019-01-08", end: "2019-01-08" }), search);
    expect(cells.slice(2, 15)).toEqual([7, "", 2, 1, "16 Feb 2012", "8 Jan 2019", "2012-02-16", "2012-02-16", "2019-01-08", "2019-01-08",
      "US first, by 2,518 days", 2518, 2518]);
  });

  it("leave the ISO days of an open end blank, and bound a lag between intervals", () => {
    const cells = compareCsvRow(row({ start: "2012-01-01", end: "2012-12-31" }, { start: null, end: "2021-09-30" }), search);
    expect(cells.slice(8, 15)).toEqual(["2012-01-01", "2012-12-31", "", "2021-09-30", "Cannot tell: the possible first dates overlap", "", ""]);
    const later = compareCsvRow(row({ start: "2012-01-01", end: "2012-12-31" }, { start: "2019-01-01", end: "2019-12-31" }), search);
    expect(later.slice(12, 15)).toEqual(["US first, by 2,192 to 2,921 days", 2192, 2921]);
  });

  it("leave the lag blank when only one side acted", () => {
    const cells = compareCsvRow(row({ start: "2012-01-01", end: "2012-12-31" }, null), search);
    expect(cells.slice(10, 15)).toEqual(["", "", "Only US acted", "", ""]);
  });
});
