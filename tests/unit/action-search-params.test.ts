import { describe, expect, it } from "vitest";
import { DEFAULT_ACTION_SEARCH, dateBoundProblem, dateRange, describeDateFilter, parseActionSearch } from "../../lib/actions/search-params";

describe("parseActionSearch", () => {
  it("gives the defaults and no problems for an empty URL", () => {
    expect(parseActionSearch({})).toEqual({ search: DEFAULT_ACTION_SEARCH, problems: [] });
    expect(parseActionSearch(new URLSearchParams(""))).toEqual({ search: DEFAULT_ACTION_SEARCH, problems: [] });
  });

  it("reads every valid parameter", () => {
    const { search, problems } = parseActionSearch(
      new URLSearchParams(
        "page=3&perPage=50&sort=grounds&dir=asc&jurisdiction=US,EU&authority=4&kind=DESIGNATION&proposals=true" +
          "&status=IN_FORCE&instrument=2,7&ground=TERRORISM&target=9&related=true&from=2012&to=2017-10&within=true&exact=true&q=Quds",
      ),
    );
    expect(problems).toEqual([]);
    expect(search).toEqual({
      page: 3,
      perPage: 50,
      sort: "grounds",
      dir: "asc",
      jurisdiction: ["US", "EU"],
      authority: [4],
      kind: ["DESIGNATION"],
      proposals: true,
      status: ["IN_FORCE"],
      instrument: [2, 7],
      ground: ["TERRORISM"],
      target: [9],
      related: true,
      from: "2012",
      to: "2017-10",
      within: true,
      exact: true,
      undated: false,
      q: "Quds",
    });
  });

  it("accepts repeated keys as well as comma-separated lists", () => {
    expect(parseActionSearch({ jurisdiction: ["US", "UK"] }).search.jurisdiction).toEqual(["US", "UK"]);
    expect(parseActionSearch(new URLSearchParams("target=1&target=2")).search.target).toEqual([1, 2]);
    // Spaces after commas are ignored, as in the changes feed's lists.
    expect(parseActionSearch({ jurisdiction: "US, UK" }).search.jurisdiction).toEqual(["US", "UK"]);
  });

  it("falls back to the default of each invalid value and names it in the problems", () => {
    const { search, problems } = parseActionSearch({ sort: "notes", page: "x", perPage: "37", dir: "up", q: "MOIS" });
    expect(search).toEqual({ ...DEFAULT_ACTION_SEARCH, q: "MOIS" });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^page="x": /);
    expect(problems.find((p) => p.startsWith("perPage="))).toContain("expected one of 10, 25, 50, 100");
    expect(problems.find((p) => p.startsWith("sort="))).toContain("expected one of date, jurisdiction");
    expect(problems.find((p) => p.startsWith("dir="))).toContain("expected one of asc, desc");
  });

  it("rejects a whole list when one item is invalid, rather than guessing", () => {
    const { search, problems } = parseActionSearch({ jurisdiction: "US,XX", target: "3,-1", authority: "a" });
    expect(search.jurisdiction).toEqual([]);
    expect(search.target).toEqual([]);
    expect(search.authority).toEqual([]);
    expect(problems.map((p) => p.split("=")[0])).toEqual(["jurisdiction", "authority", "target"]);
  });

  it("rejects malformed dates, too-long text and out-of-range pages", () => {
    const { search, problems } = parseActionSearch({ from: "2012-1", to: "yesterday", q: "x".repeat(201), page: "0" });
    expect(search).toEqual(DEFAULT_ACTION_SEARCH);
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith("from="))).toContain("expected YYYY, YYYY-MM or YYYY-MM-DD");
  });

  it("reads undated alone, and drops it beside a date range, which no unknown date is in", () => {
    expect(parseActionSearch({ undated: "true" })).toEqual({ search: { ...DEFAULT_ACTION_SEARCH, undated: true }, problems: [] });
    const { search, problems } = parseActionSearch({ undated: "true", from: "2012" });
    expect([search.undated, search.from]).toEqual([false, "2012"]);
    expect(problems).toEqual(["undated=true: cannot be combined with from or to (no date range holds an unknown date)"]);
    expect(describeDateFilter({ ...DEFAULT_ACTION_SEARCH, undated: true })).toBe("unknown (no date recorded)");
  });

  it("refuses years before 1000 as such, not as dates missing from the calendar", () => {
    // Date.UTC reads years 0–99 as 1900–1999: "0012" was refused as "no such date in the calendar".
    for (const from of ["0000", "0012-03-01", "0999"]) {
      expect(parseActionSearch({ from }).problems, from).toEqual([`from="${from}": expected YYYY, YYYY-MM or YYYY-MM-DD, from the year 1000`]);
      expect(dateBoundProblem(from), from).toBe("format");
    }
    expect(parseActionSearch({ from: "1000-02-28" }).problems).toEqual([]);
  });

  it("reads a repeated list parameter as one list, and refuses any other given twice", () => {
    const { search, problems } = parseActionSearch(new URLSearchParams("kind=DESIGNATION&kind=DELISTING&q=a&q=b"));
    expect(search.kind).toEqual(["DESIGNATION", "DELISTING"]);
    expect(search.q).toBe("");
    expect(problems).toEqual(['q: given 2 times ("a", "b"); expected once']);
  });

  it("reads page numbers and sizes only as plain digits (1e3, 0x10, 2.0 and 25.0 are refused)", () => {
    for (const page of ["1e3", "0x10", "2.0", " 2", "+2"]) {
      const { search, problems } = parseActionSearch({ page });
      expect(search.page, page).toBe(1);
      expect(problems, page).toEqual([`page=${JSON.stringify(page)}: expected a whole number`]);
    }
    expect(parseActionSearch({ perPage: "25.0" }).problems).toEqual(['perPage="25.0": expected a whole number']);
    expect(parseActionSearch({ page: "1000", perPage: "50" }).search).toMatchObject({ page: 1000, perPage: 50 });
  });

  it("rejects a NUL byte in any parameter (PostgreSQL text cannot hold one), naming it", () => {
    const { search, problems } = parseActionSearch(new URLSearchParams("q=MO%00IS&from=2012%00&jurisdiction=US"));
    expect(search).toEqual({ ...DEFAULT_ACTION_SEARCH, jurisdiction: ["US"] });
    expect(problems).toEqual(['from="2012\\u0000": contains a NUL character (%00)', 'q="MO\\u0000IS": contains a NUL character (%00)']);
  });

  it("rejects dates that match the pattern but are not in the calendar", () => {
    for (const from of ["2020-02-30", "2020-13", "2019-02-29", "2020-00", "2020-04-31"]) {
      const { search, problems } = parseActionSearch({ from });
      expect(search.from, from).toBe("");
      expect(problems[0], from).toContain("no such date in the calendar");
    }
    expect(parseActionSearch({ from: "2020-02-29", to: "2020-12" }).problems).toEqual([]);
  });

  it("resets a date range whose start is after its end", () => {
    const { search, problems } = parseActionSearch({ from: "2018", to: "2017-12-31" });
    expect(search.from).toBe("");
    expect(search.to).toBe("");
    expect(problems).toEqual(["from=2018 is after to=2017-12-31"]);
    // A month and the same month as bounds are a valid, non-empty range.
    expect(parseActionSearch({ from: "2017-10", to: "2017-10" }).problems).toEqual([]);
  });
});

describe("dateRange", () => {
  it("widens partial dates to whole years and months, leap years included", () => {
    expect(dateRange({ from: "2012", to: "2012" })).toEqual({ from: "2012-01-01", to: "2012-12-31" });
    expect(dateRange({ from: "2016-02", to: "2016-02" })).toEqual({ from: "2016-02-01", to: "2016-02-29" });
    expect(dateRange({ from: "", to: "2019-05-31" })).toEqual({ from: "", to: "2019-05-31" });
  });
});

describe("describeDateFilter", () => {
  it("says how the bounds match: overlapping, wholly within, or as the date's own start and end", () => {
    const dates = { ...DEFAULT_ACTION_SEARCH, from: "2009", to: "2017" };
    expect(describeDateFilter(DEFAULT_ACTION_SEARCH)).toBe("");
    expect(describeDateFilter(dates)).toBe("overlapping 2009-01-01 to 2017-12-31");
    expect(describeDateFilter({ ...dates, within: true })).toBe("wholly within 2009-01-01 to 2017-12-31");
    expect(describeDateFilter({ ...dates, exact: true })).toBe("from 2009 to 2017, exactly");
    expect(describeDateFilter({ ...dates, from: "", exact: true })).toBe("until 2017, no start given");
    expect(describeDateFilter({ ...dates, to: "", exact: true })).toBe("from 2009, no end given");
  });
});

const parse = (query: string, extra: string[] = []) => parseActionSearch(new URLSearchParams(query), extra);

describe("parseActionSearch, as the API reads it", () => {
  it("lists every invalid parameter by name", () => {
    const { problems } = parse("sort=notes&page=x&jurisdiction=XX&perPage=25");
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^page=/);
    expect(problems.some((p) => p.startsWith("sort=") && p.includes("date"))).toBe(true);
    expect(problems.some((p) => p.startsWith("jurisdiction=") && p.includes("US"))).toBe(true);
  });

  it("reports unknown parameters, except the ones the caller allows", () => {
    expect(parse("jurisdicton=US").problems).toEqual(["jurisdicton: unknown parameter"]);
    expect(parse("format=csv", ["format"]).problems).toEqual([]);
  });

  it("returns the normalised search when all is well", () => {
    const { search, problems } = parse("jurisdiction=US,EU&ground=TERRORISM&sort=targets&dir=asc");
    expect(problems).toEqual([]);
    expect(search).toMatchObject({ jurisdiction: ["US", "EU"], ground: ["TERRORISM"], sort: "targets", dir: "asc", page: 1 });
  });
});
