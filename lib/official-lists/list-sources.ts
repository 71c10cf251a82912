// Per official list: where it applies, who publishes it, and how to name it.
import type { AuthorityKind, Jurisdiction, ListSource } from "../generated/prisma/enums";

export interface ListSourceInfo {
  label: string;
  jurisdiction: Jurisdiction;
  authority: { slug: string; name: string; shortName: string; kind: AuthorityKind };
}

const OFAC = { slug: "us-treasury-ofac", name: "Office of Foreign Assets Control, U.S. Department of the Treasury", shortName: "OFAC", kind: "GOVERNMENT_DEPARTMENT" } as const;

export const LIST_SOURCES: Record<ListSource, ListSourceInfo> = {
  OFAC_SDN: { label: "OFAC SDN List", jurisdiction: "US", authority: OFAC },
  OFAC_CONSOLIDATED: { label: "OFAC Consolidated (non-SDN) List", jurisdiction: "US", authority: OFAC },
  EU_FSF: {
    label: "EU Financial Sanctions File",
    jurisdiction: "EU",
    authority: { slug: "eu-council", name: "Council of the European Union", shortName: "EU Council", kind: "INTERGOVERNMENTAL_COUNCIL" },
  },
  UN_SC: {
    label: "UN Security Council Consolidated List",
    jurisdiction: "UN",
    authority: { slug: "un-security-council", name: "United Nations Security Council", shortName: "UN Security Council", kind: "INTERGOVERNMENTAL_BODY" },
  },
  UK_OFSI: {
    label: "OFSI Consolidated List",
    jurisdiction: "UK",
    authority: { slug: "uk-ofsi", name: "Office of Financial Sanctions Implementation, HM Treasury", shortName: "OFSI", kind: "GOVERNMENT_DEPARTMENT" },
  },
  UK_FCDO: {
    label: "UK Sanctions List",
    jurisdiction: "UK",
    authority: { slug: "uk-fcdo", name: "Foreign, Commonwealth & Development Office", shortName: "FCDO", kind: "GOVERNMENT_DEPARTMENT" },
  },
};
