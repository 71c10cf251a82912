import { describe, expect, it } from "vitest";
import { partlyInRange } from "../../lib/dates/range-overlap";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const bush = { dateStart: d("2001-01-20"), dateEnd: d("2009-01-20"), datePrecision: "SPAN" as const };
const year2012 = { dateStart: d("2012-01-01"), dateEnd: d("2012-12-31"), datePrecision: "YEAR" as const };

describe("partlyInRange", () => {
  it("is false without a range", () => {
    expect(partlyInRange(bush, { from: "", to: "" })).toBe(false);
  });

  it("is false when the interval lies wholly inside the range", () => {
    expect(partlyInRange(year2012, { from: "2012-01-01", to: "2012-12-31" })).toBe(false);
    expect(partlyInRange(year2012, { from: "2010-01-01", to: "" })).toBe(false);
  });

  it("is true when the interval reaches past either end", () => {
    expect(partlyInRange(bush, { from: "2008-01-01", to: "2008-12-31" })).toBe(true);
    expect(partlyInRange(year2012, { from: "2012-06-01", to: "" })).toBe(true);
    expect(partlyInRange(year2012, { from: "", to: "2012-06-30" })).toBe(true);
  });

  it("treats an open end of the interval as reaching past the range", () => {
    const bySep2021 = { dateStart: null, dateEnd: d("2021-09-30"), datePrecision: "SPAN" as const };
    expect(partlyInRange(bySep2021, { from: "2008-01-01", to: "2022-12-31" })).toBe(true);
    expect(partlyInRange(bySep2021, { from: "", to: "2022-12-31" })).toBe(false);
  });

  it("never marks unknown dates (they match no range)", () => {
    expect(partlyInRange({ dateStart: null, dateEnd: null, datePrecision: "UNKNOWN" }, { from: "2008-01-01", to: "" })).toBe(false);
  });
});
