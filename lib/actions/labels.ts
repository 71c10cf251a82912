// Human wording for enum values, shared by pages, charts and exports.
import type {
  ActionKind,
  ActionStatus,
  DatePrecision,
  EvidenceField,
  GroundCategory,
  Jurisdiction,
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
