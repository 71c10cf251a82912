import { describe, expect, it } from "vitest";
import { DEFAULT_CHANGE_SEARCH, parseChangeSearch, serializeChangeSearch } from "../../lib/official-lists/change-search";
import { lookUpProgramme, spellProgrammeCodes } from "../../lib/official-lists/programme-table";

describe("changes feed parameters", () => {
  it("reads valid filters and round-trips them", () => {
    const { search, problems } = parseChangeSearch({ kind: "DESIGNATION,DELISTING", programme: "IRAN-HR", target: "3", page: "2" });
    expect(problems).toEqual([]);
    expect(search).toEqual({ ...DEFAULT_CHANGE_SEARCH, kind: ["DESIGNATION", "DELISTING"], programme: ["IRAN-HR"], target: [3], page: 2 });
    expect(parseChangeSearch(new URLSearchParams(serializeChangeSearch(search).slice(1))).search).toEqual(search);
  });

  it("falls back to defaults and names each invalid value", () => {
    const { search, problems } = parseChangeSearch({ kind: "PROPOSAL", target: "x", source: "OFAC_SDN", page: "0" });
    expect(search).toEqual({ ...DEFAULT_CHANGE_SEARCH, source: ["OFAC_SDN"] });
    expect(problems).toHaveLength(3);
    expect(problems[1]).toMatch(/^kind="PROPOSAL"/);
  });

  it("names an unknown parameter, campaign tags aside", () => {
    expect(parseChangeSearch({ kinds: "DESIGNATION", utm_medium: "email", UTM_Source: "x", fbclid: "y", mc_eid: "z" }).problems)
      .toEqual(["kinds: unknown parameter"]);
  });

  it("reads the page only as plain digits (1e3 is refused, not read as 1000)", () => {
    expect(parseChangeSearch({ page: "1e3" })).toEqual({ search: DEFAULT_CHANGE_SEARCH, problems: ['page="1e3": expected a whole number'] });
  });

  it("refuses a programme code with a NUL byte, which PostgreSQL text cannot hold", () => {
    const { search, problems } = parseChangeSearch({ programme: "IRAN\0HR" });
    expect(search).toEqual(DEFAULT_CHANGE_SEARCH);
    expect(problems).toEqual(['programme="IRAN\\u0000HR": contains a NUL character (%00)']);
  });
});

describe("programme table", () => {
  it("maps the codes the issue names to their instruments and grounds", () => {
    expect(lookUpProgramme("US", "SDGT")).toMatchObject({ citation: "E.O. 13224", grounds: ["TERRORISM"] });
    expect(lookUpProgramme("US", "IRAN-HR")).toMatchObject({ citation: "E.O. 13553", grounds: ["HUMAN_RIGHTS"] });
    expect(lookUpProgramme("US", "HOSTAGES-EO14078")).toMatchObject({ citation: "E.O. 14078", grounds: ["HOSTAGE_TAKING"] });
    expect(lookUpProgramme("EU", "IRN")?.citation).toBe("Regulation (EU) 267/2012");
    expect(lookUpProgramme("UK", "The Iran (Sanctions) (Human Rights) (EU Exit) Regulations 2019")).toMatchObject({ grounds: ["HUMAN_RIGHTS"] });
    expect(lookUpProgramme("US", "ISA")).toMatchObject({ instrumentKind: "STATUTE", grounds: ["ECONOMIC_PRESSURE"] });
    expect(lookUpProgramme("US", "IRAN-CON-ARMS-EO")).toMatchObject({ citation: "E.O. 13949", grounds: ["PROLIFERATION"] });
    expect(lookUpProgramme("US", "ZIMBABWE")).toMatchObject({ citation: null, instrumentKind: "PROGRAMME" });
    expect(lookUpProgramme("US", "NOT-A-CODE")).toBeNull();
    expect(spellProgrammeCodes(["iran-hr", "iran", "NOT-A-code"])).toEqual(["iran-hr", "IRAN-HR", "iran", "IRAN", "Iran", "NOT-A-code"]);
  });
});
