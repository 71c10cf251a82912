// Human wording for enum values, shared by pages, charts and exports.
import type {
  ActionKind,
  ActionOrigin,
  ActionStatus,
  AliasKind,
  DatePrecision,
  EvidenceField,
  GroundCategory,
  Jurisdiction,
  TargetKind,
  TargetRelationKind,
} from "../generated/prisma/enums";

export const KIND_LABELS: Record<ActionKind, string> = {
  DESIGNATION: "Designation",
  DELISTING: "Delisting",
  AMENDMENT: "Amendment",
  REIMPOSITION: "Reimposition",
  WAIVER_TERMINATION: "Waiver termination",
  PROPOSAL: "Proposal",
};

export const STATUS_LABELS: Record<ActionStatus, string> = {
  IN_FORCE: "In force",
  LIFTED: "Lifted",
  PROPOSED: "Proposed",
  UNKNOWN: "Unknown",
};

export const GROUND_LABELS: Record<GroundCategory, string> = {
  HUMAN_RIGHTS: "Human rights",
  TERRORISM: "Terrorism",
  PROLIFERATION: "Proliferation",
  CYBER: "Cyber",
  SYRIA_SUPPORT: "Support for Syrian government",
  HOSTAGE_TAKING: "Hostage-taking",
  ECONOMIC_PRESSURE: "Economic pressure",
  OTHER: "Other",
};

export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
  US: "United States",
  EU: "European Union",
  UN: "United Nations",
  UK: "United Kingdom",
};

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  DAY: "exact day",
  MONTH: "month",
  YEAR: "year",
  SPAN: "span",
  UNKNOWN: "unknown",
};

export const EVIDENCE_FIELD_LABELS: Record<EvidenceField, string> = {
  WHOLE: "Action",
  AUTHORITY: "Authority",
  TARGET: "Target",
  DATE: "Date",
  INSTRUMENT: "Instrument",
  GROUNDS: "Grounds",
  STATUS: "Status",
};

export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  GOVERNMENT_BODY: "Government body",
  ORGANISATION: "Organisation",
  PERSON: "Person",
  VESSEL: "Vessel",
  AIRCRAFT: "Aircraft",
  COUNTRY: "Country",
  CLASS: "Unnamed group",
};

export const ALIAS_KIND_LABELS: Record<AliasKind, string> = {
  PRIMARY: "Primary name",
  AKA: "Also known as",
  FKA: "Formerly known as",
  ACRONYM: "Acronym",
  SPELLING: "Spelling variant",
};

/** Read as "<from> <label> <to>": "Quds Force — part of → IRGC". */
export const RELATION_LABELS: Record<TargetRelationKind, string> = {
  HEADS: "heads",
  FORMERLY_HEADED: "formerly headed",
  PART_OF: "part of",
  OFFICIAL_OF: "official of",
  CONTROLLED_BY: "controlled by",
  AFFILIATED_WITH: "affiliated with",
};

export const ORIGIN_LABELS: Record<ActionOrigin, string> = {
  ARTICLE: "Recorded from an article",
  OFFICIAL_LIST: "Imported from an official list",
};
