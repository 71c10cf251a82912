import { describe, expect, it } from "vitest";
import { formatDayInterval, precisionOf } from "../../lib/compare/compare-format";
import { compareFirstDates, describeLag, mergeFirstIntervals } from "../../lib/compare/compare-lag";
import { parseCompareSearch, serializeCompareSearch } from "../../lib/compare/compare-search";
import { countLagCategories, groupRows } from "../../lib/compare/compare-summary";

const day = (d: string) => ({ start: d, end: d });
const span = (start: string | null, end: string | null) => ({ start, end });
const UNKNOWN = span(null, null);

describe("who acted first, and the lag", () => {
  it("gives a lag in days only when both first dates are single days", () => {
    expect(compareFirstDates(day("2019-01-01"), day("2019-03-01"))).toEqual({ kind: "exact", first: "A", days: 59 });
    expect(compareFirstDates(day("2019-03-01"), day("2019-01-01"))).toEqual({ kind: "exact", first: "B", days: 59 });
    expect(compareFirstDates(day("2012-05-05"), day("2012-05-05"))).toEqual({ kind: "exact", first: "same", days: 0 });
  });

  it("gives a range when intervals do not overlap", () => {
    // A year and a day: the order is certain, the lag is not.
    expect(compareFirstDates(span("2012-01-01", "2012-12-31"), day("2015-04-01"))).toEqual({
      kind: "range", first: "A", minDays: 821, maxDays: 1186,
    });
    // An open start makes the longest possible lag unbounded.
    expect(compareFirstDates(day("2020-01-10"), span(null, "2019-12-31"))).toEqual({
      kind: "range", first: "B", minDays: 10, maxDays: null,
    });
  });

  it("cannot tell when the intervals overlap, touch, or a date is unknown", () => {
    expect(compareFirstDates(span("2012-01-01", "2012-12-31"), day("2012-06-01"))).toEqual({ kind: "cannot-tell", reason: "overlap" });
    expect(compareFirstDates(span("2012-01-01", "2012-06-01"), span("2012-06-01", "2012-12-31"))).toMatchObject({ reason: "overlap" });
    expect(compareFirstDates(UNKNOWN, day("2012-06-01"))).toEqual({ kind: "cannot-tell", reason: "unknown-date" });
    expect(compareFirstDates(span(null, "2021-09-30"), span("2001-01-20", "2009-01-20"))).toMatchObject({ reason: "overlap" });
  });

  it("says when only one side or neither acted", () => {
    expect(compareFirstDates(day("2019-01-01"), null)).toEqual({ kind: "one-side", first: "A" });
    expect(compareFirstDates(null, UNKNOWN)).toEqual({ kind: "one-side", first: "B" });
    expect(compareFirstDates(null, null)).toEqual({ kind: "none" });
  });

  it("describes outcomes without inventing precision", () => {
    const names = { A: "US", B: "EU" };
    expect(describeLag({ kind: "exact", first: "A", days: 1 }, names)).toBe("US first, by 1 day");
    expect(describeLag({ kind: "range", first: "B", minDays: 10, maxDays: 1500 }, names)).toBe("EU first, by 10 to 1,500 days");
    expect(describeLag({ kind: "range", first: "B", minDays: 10, maxDays: null }, names)).toBe("EU first, by at least 10 days");
    expect(describeLag({ kind: "cannot-tell", reason: "overlap" }, names)).toMatch(/^Cannot tell/);
  });
});

describe("the first of several actions", () => {
  it("is no later than the earliest end, and open-started if any action could be earlier", () => {
    expect(mergeFirstIntervals([day("2015-03-10"), span("2001-01-20", "2009-01-20")])).toEqual(span("2001-01-20", "2009-01-20"));
    expect(mergeFirstIntervals([span("2015-01-01", "2015-12-31"), UNKNOWN])).toEqual(span(null, "2015-12-31"));
    expect(mergeFirstIntervals([UNKNOWN, UNKNOWN])).toEqual(UNKNOWN);
    expect(mergeFirstIntervals([span("2015-01-01", null), day("2016-02-02")])).toEqual(span("2015-01-01", "2016-02-02"));
    expect(mergeFirstIntervals([])).toBeNull();
  });
});

describe("summaries", () => {
  const row = (groupId: number, a: number, b: number, firstA: ReturnType<typeof day> | null, firstB: ReturnType<typeof day> | null) => ({
    group: { id: groupId, name: `g${groupId}` }, actionsA: a, actionsB: b, firstA, firstB,
  });

  it("groups related targets and compares first dates across the group", () => {
    const groups = groupRows([row(1, 1, 0, day("2010-01-01"), null), row(2, 1, 0, day("2011-01-01"), null), row(1, 0, 1, null, day("2010-01-11"))]);
    expect(groups.map((g) => [g.id, g.rows.length, g.actedA, g.actedB])).toEqual([[1, 2, true, true], [2, 1, true, false]]);
    expect(groups[0].lag).toEqual({ kind: "exact", first: "A", days: 10 });
    expect(groups[1].lag).toEqual({ kind: "one-side", first: "A" });
  });

  it("counts lag categories only where both acted", () => {
    const counts = countLagCategories([
      { kind: "exact", first: "A", days: 3 }, { kind: "range", first: "B", minDays: 1, maxDays: 2 },
      { kind: "cannot-tell", reason: "unknown-date" }, { kind: "one-side", first: "A" },
    ]);
    expect(counts).toEqual({ "A-exact": 1, "A-range": 0, same: 0, "B-exact": 0, "B-range": 1, overlap: 0, "unknown-date": 1 });
  });
});

describe("comparison parameters, dates and CSV cells", () => {
  it("accepts two different jurisdictions and reports anything else", () => {
    const all = { target: [], related: false };
    expect(parseCompareSearch({ a: "EU", b: "UN" })).toEqual({ search: { a: "EU", b: "UN", ...all }, problems: [] });
    // Codes as the table's jurisdiction filter takes them, which refuses "eu" too.
    expect(parseCompareSearch({ a: "eu", b: "UN" }).problems).toEqual(['a="eu": expected one of US, EU, UN, UK']);
    expect(parseCompareSearch({})).toEqual({ search: { a: "US", b: "EU", ...all }, problems: [] });
    expect(parseCompareSearch({ a: "XX" }).problems).toEqual(['a="XX": expected one of US, EU, UN, UK']);
    expect(parseCompareSearch({ a: "EU", side: "UN" }).problems).toEqual(["side: unknown parameter"]);
    // The same side twice keeps the first, and the other is a default it is not, with a note.
    const same = parseCompareSearch({ a: "EU", b: "EU", target: "3" });
    expect(same.search).toEqual({ a: "EU", b: "US", target: [3], related: false });
    expect(same.problems[0]).toMatch(/different/);
    expect(parseCompareSearch({ a: "UN", b: "UN" }).search).toMatchObject({ a: "UN", b: "US" });
    // One side given: the other side is a default it is not, and nothing is reported.
    expect(parseCompareSearch({ a: "EU" })).toEqual({ search: { a: "EU", b: "US", ...all }, problems: [] });
    expect(parseCompareSearch(new URLSearchParams("b=US"))).toEqual({ search: { a: "EU", b: "US", ...all }, problems: [] });
    expect(parseCompareSearch({ a: "UN" })).toEqual({ search: { a: "UN", b: "EU", ...all }, problems: [] });
    const invalidB = parseCompareSearch({ a: "EU", b: "XX" });
    expect(invalidB.search).toEqual({ a: "EU", b: "US", ...all });
    expect(invalidB.problems).toEqual(['b="XX": expected one of US, EU, UN, UK']);
  });

  it("narrows to targets as the table does, and writes the same parameters back", () => {
    const { search, problems } = parseCompareSearch({ a: "US", b: "EU", target: "1,7", related: "true" });
    expect(problems).toEqual([]);
    expect(search).toEqual({ a: "US", b: "EU", target: [1, 7], related: true });
    expect(serializeCompareSearch(search)).toBe("?a=US&b=EU&target=1%2C7&related=true");
    for (const target of ["mois", "0", "99999999999", "0x1F", "1e3", "1.5"]) {
      expect(parseCompareSearch({ target }).problems, target).toEqual([`target="${target}": expected an id (a positive whole number)`]);
    }
  });

  it("shows a first date only as precisely as its interval", () => {
    expect(precisionOf(span("2012-01-01", "2012-12-31"))).toBe("YEAR");
    expect(precisionOf(span("2016-02-01", "2016-02-29"))).toBe("MONTH");
    expect(formatDayInterval(span("2012-01-01", "2012-12-31"))).toBe("2012");
    expect(formatDayInterval(day("2015-04-01"))).toBe("1 Apr 2015");
    expect(formatDayInterval(span(null, "2012-12-31"))).toBe("by Dec 2012");
    expect(formatDayInterval(UNKNOWN)).toBe("Unknown");
    expect(formatDayInterval(null)).toBe("—");
  });
});
