// The rule that marks an article's claim against the official record (docs/official-lists.md "Claims and
// the record"). Pure, so the rule is tested on its own.
import type { ActionKind, Jurisdiction } from "../generated/prisma/enums";
import { normalizeCitation } from "../instruments/normalize-citation";
import { lookUpProgramme } from "./programme-table";
import { nounFor } from "../format/count-noun";

/** PROPOSAL: a call for action claims no measure, so the record has nothing to confirm. */
export type ClaimVerdict = "CONFIRMED" | "CONTRADICTED" | "UNVERIFIED" | "PROPOSAL";

export interface Claim {
  kind: ActionKind;
  jurisdiction: Jurisdiction;
  dateStart: Date | null;
  dateEnd: Date | null;
  instruments: string[];
}

export interface RecordedListing {
  jurisdiction: Jurisdiction;
  label: string;
  programmes: string[];
  legalBasis: string[];
  listedStart: Date | null;
  /** Whether the latest imported version of the list still has the entry. */
  current: boolean;
  latestVersion: Date;
  delistedBetween: [Date, Date] | null;
}

/** Instruments a listing rests on: its programmes through the programme table, and its stated legal basis. */
export function listingInstruments(listing: Pick<RecordedListing, "jurisdiction" | "programmes" | "legalBasis">): Set<string> {
  const citations = listing.programmes.flatMap((code) => lookUpProgramme(listing.jurisdiction, code)?.citation ?? []);
  for (const basis of listing.legalBasis) citations.push(normalizeCitation(basis.replace(/\s*\([^)]*\)\s*$/, "")));
  return new Set(citations);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function checkClaim(claim: Claim, record: RecordedListing[]): { verdict: ClaimVerdict; reason: string } {
  if (claim.kind === "PROPOSAL") return { verdict: "PROPOSAL", reason: "A call for action, not a claim about a measure." };
  const listings = record.filter((r) => r.jurisdiction === claim.jurisdiction);
  if (listings.length === 0) {
    return { verdict: "UNVERIFIED", reason: `No imported ${claim.jurisdiction} list records this target.` };
  }
  if (claim.kind === "DELISTING") {
    const delisted = listings.find((l) => l.delistedBetween);
    if (delisted) return { verdict: "CONFIRMED", reason: `${delisted.label}: removed between ${iso(delisted.delistedBetween![0])} and ${iso(delisted.delistedBetween![1])}.` };
    const still = listings.find((l) => l.current && claim.dateEnd && claim.dateEnd <= l.latestVersion);
    if (still) return { verdict: "CONTRADICTED", reason: `${still.label} still lists the target in its version of ${iso(still.latestVersion)}.` };
    return { verdict: "UNVERIFIED", reason: "The imported versions neither show the removal nor rule it out." };
  }
  if (claim.kind !== "DESIGNATION" && claim.kind !== "REIMPOSITION") {
    return { verdict: "UNVERIFIED", reason: "List versions record listings, not this kind of action." };
  }
  // A list's date is the first listing: a claimed designation before it is contradicted; a
  // later one may be a further designation, so only the instrument can confirm it.
  const early = listings.find((l) => l.listedStart && claim.dateEnd && claim.dateEnd < l.listedStart);
  if (early) return { verdict: "CONTRADICTED", reason: `${early.label} dates the first listing ${iso(early.listedStart!)}, after the claimed date.` };
  if (claim.instruments.length === 0) {
    return { verdict: "CONFIRMED", reason: `${listings.map((l) => l.label).join(", ")} ${nounFor(listings.length, "lists", "list")} the target.` };
  }
  for (const listing of listings) {
    const recorded = listingInstruments(listing);
    const shared = claim.instruments.filter((c) => recorded.has(c));
    if (shared.length) return { verdict: "CONFIRMED", reason: `${listing.label} lists the target under ${shared.join(", ")} (programmes ${listing.programmes.join(", ")}).` };
  }
  const allKnown = listings.every((l) => l.programmes.every((p) => lookUpProgramme(l.jurisdiction, p)?.citation));
  if (allKnown) {
    return { verdict: "CONTRADICTED", reason: `The target is listed, but under ${listings.flatMap((l) => l.programmes).join(", ")}, not ${claim.instruments.join(", ")}.` };
  }
  return { verdict: "UNVERIFIED", reason: `The target is listed, but no programme maps to ${claim.instruments.join(", ")}.` };
}
