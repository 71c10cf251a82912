// Which authorities a free text names, for the explorer's offer to filter by them (shared seeded database; reads only).
import { describe, expect, it } from "vitest";
import { listNamedAuthorities } from "../../lib/actions/named-authorities";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();
const names = async (q: string, withProposals = true) => (await listNamedAuthorities(q, withProposals, db)).map((a) => a.name);

describe("authorities named by a free text", () => {
  it("finds an authority by every word of its name or short name, in any order, folded as free text is", async () => {
    expect(await names("US Treasury")).toEqual(["U.S. Department of the Treasury"]);
    expect(await names("treasury department")).toEqual(["U.S. Department of the Treasury"]);
    expect(await names("council")).toEqual(["Council of the European Union", "National Council of Resistance of Iran"]);
  });

  it("names an authority of proposals only while proposals are shown: the table would show none of its actions", async () => {
    expect(await names("council", false)).toEqual(["Council of the European Union"]);
    expect(await names("NCRI", false)).toEqual([]);
    expect(await names("NCRI", true)).toEqual(["National Council of Resistance of Iran"]);
  });

  it("names none for words no authority holds whole, or short words alone", async () => {
    expect(await names("Treasur")).toEqual([]);
    expect(await names("US Treasury sanctions")).toEqual([]);
    expect(await names("US")).toEqual([]);
    expect(await names("of the")).toEqual([]);
    expect(await names("%")).toEqual([]);
  });
});
