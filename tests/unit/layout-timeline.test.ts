import { describe, expect, it } from "vitest";
import type { DateInterval } from "../../lib/dates/format-interval";
import { layoutTimeline } from "../../lib/dates/layout-timeline";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const item = (start: string | null, end: string | null, datePrecision: DateInterval["datePrecision"]) => ({
  dateStart: start ? d(start) : null,
  dateEnd: end ? d(end) : null,
  datePrecision,
});

describe("layoutTimeline", () => {
  it("keeps undated items apart instead of placing them", () => {
    const unknown = item(null, null, "UNKNOWN");
    const year = item("2012-01-01", "2012-12-31", "YEAR");
    const layout = layoutTimeline([unknown, year]);
    expect(layout.undated).toEqual([unknown]);
    expect(layout.bars.map((b) => b.item)).toEqual([year]);
  });

  it("returns no axis when nothing is dated", () => {
    expect(layoutTimeline([item(null, null, "UNKNOWN")])).toEqual({ ticks: [], bars: [], undated: [item(null, null, "UNKNOWN")] });
  });

  it("draws a year as the whole year and a span as the whole span", () => {
    const year = item("2012-01-01", "2012-12-31", "YEAR");
    const span = item("2010-01-01", "2013-12-31", "SPAN");
    const { bars, ticks } = layoutTimeline([year, span]);
    // The axis runs from 1 Jan 2010 to 1 Jan 2014: four years, 25% each.
    expect(ticks.map((t) => t.year)).toEqual([2010, 2011, 2012, 2013, 2014]);
    expect(bars[0].left).toBeCloseTo(50, 0);
    expect(bars[0].width).toBeCloseTo(25, 0);
    expect(bars[1]).toMatchObject({ left: 0, width: 100, openStart: false, openEnd: false });
  });

  it("runs an interval with an unknown start from the axis start, and says so", () => {
    const by2021 = item(null, "2021-09-30", "SPAN");
    const year = item("2012-01-01", "2012-12-31", "YEAR");
    const [bar] = layoutTimeline([by2021, year]).bars;
    expect(bar).toMatchObject({ left: 0, openStart: true, openEnd: false });
    expect(bar.width).toBeGreaterThan(90);
  });

  it("gives a single day a small but non-zero width", () => {
    const [bar] = layoutTimeline([item("2017-10-13", "2017-10-13", "DAY")]).bars;
    expect(bar.width).toBeGreaterThan(0);
    expect(bar.width).toBeLessThan(1);
  });

  it("labels at most a dozen ticks over long ranges", () => {
    const { ticks } = layoutTimeline([item("1979-01-01", "1979-12-31", "YEAR"), item("2021-01-01", "2021-12-31", "YEAR")]);
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks.map((t) => t.year)).toEqual([1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(ticks.every((t) => t.left >= 0 && t.left <= 100)).toBe(true);
  });
});
