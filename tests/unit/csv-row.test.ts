import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "../../lib/export/csv-row";

describe("csvRow", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 does, ending with CRLF", () => {
    expect(csvRow(["a,b", 'say "hi"', "two\nlines", "plain", null, 7])).toBe('"a,b","say ""hi""","two\nlines",plain,,7\r\n');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(["=1+1", "+31", "-2", "@SUM(A1)", "\tx"].map(csvCell)).toEqual(["'=1+1", "'+31", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("round-trips through a CSV parser", () => {
    const values = ["Qods, Force", 'the "ministry"', "line\r\nbreak", "Tehrān — وزارت اطلاعات"];
    expect(parse(csvRow(values))).toEqual([values]);
  });
});
