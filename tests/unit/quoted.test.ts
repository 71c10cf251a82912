import { describe, expect, it } from "vitest";
import { quoted } from "../../lib/format/quoted";

describe("quoted", () => {
  it("sets a quote in quotation marks", () => {
    expect(quoted("The U.S. Treasury imposed sanctions on MOIS.")).toBe("“The U.S. Treasury imposed sanctions on MOIS.”");
  });

  it("leaves a quote that is one quoted passage as it is, rather than doubling its marks", () => {
    expect(quoted("“If [the U.S.] wants to fight terrorism, [they will have to] designate the MOIS.”"))
      .toBe("“If [the U.S.] wants to fight terrorism, [they will have to] designate the MOIS.”");
    expect(quoted('"Zero across the board."')).toBe('"Zero across the board."');
  });

  it("marks a quote that only starts or ends with quoted words, so that the reader sees where it ends", () => {
    expect(quoted('"Quoted" words')).toBe('“"Quoted" words”');
    expect(quoted("“No exemptions,” he said, “none.”")).toBe("““No exemptions,” he said, “none.””");
    expect(quoted("Pompeo said: “We will no longer grant any exemptions.”")).toBe("“Pompeo said: “We will no longer grant any exemptions.””");
    expect(quoted("“")).toBe("““”");
  });
});
