import { describe, expect, it } from "vitest";
import { quoted } from "../../lib/format/quoted";

describe("quoted", () => {
  it("sets a quote in quotation marks", () => {
    expect(quoted("The U.S. Treasury imposed sanctions on MOIS.")).toBe("“The U.S. Treasury imposed sanctions on MOIS.”");
  });

  it("leaves a quote that opens with its own marks as it is, rather than doubling them", () => {
    expect(quoted("“If [the U.S.] wants to fight terrorism…”")).toBe("“If [the U.S.] wants to fight terrorism…”");
    expect(quoted('"Quoted" words')).toBe('"Quoted" words');
  });
});
