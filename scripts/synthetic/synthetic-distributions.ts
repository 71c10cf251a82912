// How the synthetic dataset is distributed: weights, wordings, authorities, instruments and
// imprecise dates, roughly as sanctions against Iran's security services are.
import type { Random } from "./synthetic-random";

export type Jurisdiction = "US" | "EU" | "UK" | "UN";

export const JURISDICTION_WEIGHTS = { US: 55, EU: 20, UK: 15, UN: 10 } as const;
export const KIND_WEIGHTS = { DESIGNATION: 76, AMENDMENT: 9, DELISTING: 8, REIMPOSITION: 3, WAIVER_TERMINATION: 1, PROPOSAL: 3 } as const;
export const GROUND_WEIGHTS = {
  TERRORISM: 35, HUMAN_RIGHTS: 25, PROLIFERATION: 20, CYBER: 7, SYRIA_SUPPORT: 5, HOSTAGE_TAKING: 3, ECONOMIC_PRESSURE: 3, OTHER: 2,
} as const;
export const PRECISION_WEIGHTS = { DAY: 60, MONTH: 15, YEAR: 12, SPAN: 8, UNKNOWN: 5 } as const;
export const TARGET_KIND_WEIGHTS = { PERSON: 60, ORGANISATION: 30, GOVERNMENT_BODY: 3, VESSEL: 5, AIRCRAFT: 2 } as const;
export const GROUND_WORDS: Record<keyof typeof GROUND_WEIGHTS, string[]> = {
  TERRORISM: ["support for terrorism", "providing material support to Hizballah", "acting for the Qods Force"],
  HUMAN_RIGHTS: ["serious human rights abuses", "the detention and torture of protesters", "repression of journalists"],
  PROLIFERATION: ["ballistic missile procurement", "nuclear proliferation activities", "procurement of dual-use goods"],
  CYBER: ["malicious cyber activity", "cyber attacks on critical infrastructure"],
  SYRIA_SUPPORT: ["support for the Syrian government's violence against its people"],
  HOSTAGE_TAKING: ["the wrongful detention of foreign nationals", "hostage-taking"],
  ECONOMIC_PRESSURE: ["generating revenue for the regime", "sanctions evasion through front companies"],
  OTHER: ["other conduct described in the listing"],
};
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export const SYNTHETIC_AUTHORITIES = [
  { slug: "synthetic-us-treasury", name: "US Department of the Treasury (synthetic)", shortName: "OFAC", jurisdiction: "US", kind: "GOVERNMENT_DEPARTMENT" },
  { slug: "synthetic-us-state", name: "US Department of State (synthetic)", shortName: "State", jurisdiction: "US", kind: "GOVERNMENT_DEPARTMENT" },
  { slug: "synthetic-us-president", name: "President of the United States (synthetic)", shortName: null, jurisdiction: "US", kind: "EXECUTIVE_ADMINISTRATION" },
  { slug: "synthetic-eu-council", name: "Council of the European Union (synthetic)", shortName: "Council", jurisdiction: "EU", kind: "INTERGOVERNMENTAL_COUNCIL" },
  { slug: "synthetic-uk-treasury", name: "HM Treasury (synthetic)", shortName: "OFSI", jurisdiction: "UK", kind: "GOVERNMENT_DEPARTMENT" },
  { slug: "synthetic-uk-fcdo", name: "Foreign, Commonwealth and Development Office (synthetic)", shortName: "FCDO", jurisdiction: "UK", kind: "GOVERNMENT_DEPARTMENT" },
  { slug: "synthetic-un-security-council", name: "UN Security Council (synthetic)", shortName: "UNSC", jurisdiction: "UN", kind: "INTERGOVERNMENTAL_BODY" },
  { slug: "synthetic-advocacy-group", name: "Advocacy Coalition (synthetic)", shortName: null, jurisdiction: null, kind: "ADVOCACY_GROUP" },
] as const;
export const ADVOCACY_ID = SYNTHETIC_AUTHORITIES.length;
export const authorityIdsOf = (j: Jurisdiction) =>
  SYNTHETIC_AUTHORITIES.flatMap((a, i) => (a.jurisdiction === j ? [i + 1] : []));

export const INSTRUMENT_KINDS: Record<Jurisdiction, { kind: string; citation: (n: number, year: number) => string }> = {
  US: { kind: "EXECUTIVE_ORDER", citation: (n) => `E.O. ${90000 + n}` },
  EU: { kind: "REGULATION", citation: (n, year) => `Regulation (EU) ${year}/${n}` },
  UK: { kind: "STATUTORY_INSTRUMENT", citation: (n, year) => `S.I. ${year}/${n}` },
  UN: { kind: "UN_RESOLUTION", citation: (n) => `S/RES/${5000 + n}` },
};
export const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

export function generateDate(random: Random): { text: string | null; start: string | null; end: string | null; precision: string } {
  const precision = random.weighted(PRECISION_WEIGHTS);
  // Skewed to recent years, as sanctions against Iran's security services are.
  const year = 1979 + Math.floor(Math.sqrt(random.next()) * 48);
  const month = random.int(0, 11);
  switch (precision) {
    case "DAY": {
      const day = random.int(1, 28);
      return { text: `${day} ${MONTHS[month]} ${year}`, start: iso(year, month, day), end: iso(year, month, day), precision };
    }
    case "MONTH":
      return { text: `${MONTHS[month]} ${year}`, start: iso(year, month, 1), end: iso(year, month + 1, 0), precision };
    case "YEAR":
      return { text: `in ${year}`, start: iso(year, 0, 1), end: iso(year, 11, 31), precision };
    case "SPAN": {
      const from = Math.max(1979, year - random.int(2, 8));
      return { text: `between ${from} and ${year}`, start: iso(from, 0, 1), end: iso(year, 11, 31), precision };
    }
    default:
      return { text: null, start: null, end: null, precision };
  }
}
