import { describe, expect, it } from "vitest";
import { parseActionParams } from "../../lib/actions/action-params";

const parse = (query: string, extra: string[] = []) => parseActionParams(new URLSearchParams(query), extra);

describe("parseActionParams", () => {
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
