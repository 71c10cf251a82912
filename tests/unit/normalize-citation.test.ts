import { describe, expect, it } from "vitest";
import { normalizeCitation } from "../../lib/instruments/normalize-citation";

describe("normalizeCitation", () => {
  it.each(["E.O. 13553", "Executive Order 13553", "EO 13553", "E.O.13553", "executive order no. 13553", " EO  13553 "])(
    "reads %j as E.O. 13553",
    (raw) => expect(normalizeCitation(raw)).toBe("E.O. 13553"),
  );

  it("normalises UN resolutions and EU acts", () => {
    expect(normalizeCitation("Resolution 1737 (2006)")).toBe("UNSCR 1737");
    expect(normalizeCitation("UNSCR 2231")).toBe("UNSCR 2231");
    expect(normalizeCitation("Council Regulation (EU) No 359/2011")).toBe("Regulation (EU) 359/2011");
    expect(normalizeCitation("Council Decision 2011/235/CFSP")).toBe("Decision (CFSP) 2011/235");
  });

  it("leaves citations it does not recognise as written, only tidied", () => {
    expect(normalizeCitation("Iranian  Financial Sanctions Regulations")).toBe("Iranian Financial Sanctions Regulations");
  });
});
