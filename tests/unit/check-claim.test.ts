import { describe, expect, it } from "vitest";
import { type Claim, checkClaim, type RecordedListing } from "../../lib/official-lists/check-claim";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ofac: RecordedListing = {
  jurisdiction: "US",
  label: "OFAC SDN List",
  programmes: ["SDGT", "IRAN-HR"],
  legalBasis: [],
  listedStart: null,
  current: true,
  latestVersion: d("2024-06-27"),
  delistedBetween: null,
};
const claim = (over: Partial<Claim> = {}): Claim => ({
  kind: "DESIGNATION",
  jurisdiction: "US",
  dateStart: d("2012-01-01"),
  dateEnd: d("2012-12-31"),
  instruments: [],
  ...over,
});

describe("checkClaim", () => {
  it("confirms a designation whose instrument is among the listing's programmes", () => {
    const result = checkClaim(claim({ instruments: ["E.O. 13553"] }), [ofac]);
    expect(result.verdict).toBe("CONFIRMED");
    expect(result.reason).toContain("E.O. 13553");
  });

  it("contradicts a designation under an instrument the listing's known programmes do not carry", () => {
    expect(checkClaim(claim({ instruments: ["E.O. 13382"] }), [ofac]).verdict).toBe("CONTRADICTED");
  });

  it("leaves it unverified when a programme of the listing is unknown to the table", () => {
    const listing = { ...ofac, programmes: ["SDGT", "SOMETHING-NEW"] };
    expect(checkClaim(claim({ instruments: ["E.O. 13382"] }), [listing]).verdict).toBe("UNVERIFIED");
  });

  it("contradicts a claimed designation dated before the list's first listing, not one after it", () => {
    const uk: RecordedListing = { ...ofac, jurisdiction: "UK", label: "OFSI", programmes: [], listedStart: d("2011-10-12") };
    expect(checkClaim(claim({ jurisdiction: "UK", dateEnd: d("2010-12-31") }), [uk]).verdict).toBe("CONTRADICTED");
    expect(checkClaim(claim({ jurisdiction: "UK" }), [uk]).verdict).toBe("CONFIRMED");
  });

  it("leaves claims unverified when no list of that jurisdiction records the target, and never checks proposals", () => {
    expect(checkClaim(claim({ jurisdiction: "EU" }), [ofac]).verdict).toBe("UNVERIFIED");
    expect(checkClaim(claim({ kind: "PROPOSAL" }), [ofac]).verdict).toBe("PROPOSAL");
  });

  it("checks delistings against removals and against later versions that still list the target", () => {
    expect(checkClaim(claim({ kind: "DELISTING" }), [ofac]).verdict).toBe("CONTRADICTED");
    const removed = { ...ofac, current: false, delistedBetween: [d("2021-07-08"), d("2024-06-27")] as [Date, Date] };
    expect(checkClaim(claim({ kind: "DELISTING" }), [removed]).verdict).toBe("CONFIRMED");
  });
});
