import { describe, expect, it } from "vitest";
import { formatInterval } from "../../lib/dates/format-interval";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("formatInterval", () => {
  it("shows no more precision than the source gave", () => {
    expect(formatInterval({ dateStart: d("2012-01-01"), dateEnd: d("2012-12-31"), datePrecision: "YEAR" })).toBe("2012");
    expect(formatInterval({ dateStart: d("2017-10-01"), dateEnd: d("2017-10-31"), datePrecision: "MONTH" })).toBe("Oct 2017");
    expect(formatInterval({ dateStart: d("2019-04-22"), dateEnd: d("2019-04-22"), datePrecision: "DAY" })).toBe("22 Apr 2019");
    expect(formatInterval({ dateStart: null, dateEnd: null, datePrecision: "UNKNOWN" })).toBe("Unknown");
  });

  it("shows spans as years, or as months when they run between month boundaries", () => {
    expect(formatInterval({ dateStart: d("2001-01-20"), dateEnd: d("2009-01-20"), datePrecision: "SPAN" })).toBe("2001–2009");
    expect(formatInterval({ dateStart: d("2018-11-01"), dateEnd: d("2019-05-31"), datePrecision: "SPAN" })).toBe("Nov 2018–May 2019");
    expect(formatInterval({ dateStart: null, dateEnd: d("2021-09-30"), datePrecision: "SPAN" })).toBe("by Sep 2021");
  });
});
