import "server-only";
import { GROUND_LABELS, JURISDICTION_LABELS, KIND_LABELS, STATUS_LABELS } from "../actions/labels";
import { type ActionSearch, describeDateFilter } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import { missingRecordName } from "../format/missing-record";

export interface ActiveFilter {
  name: string;
  value: string;
}

/**
 * Each id's name, in the order asked; an id with no record is said to be one, since it still
 * filters (to nothing) and a figure of 0 must not look like every action.
 */
function namesOf(ids: number[], records: { id: number; name: string }[], noun: string): string[] {
  return ids.map((id) => records.find((r) => r.id === id)?.name ?? missingRecordName(noun, id));
}

/** The filters of a search in words, naming targets, instruments and authorities. */
export async function describeActiveFilters(search: ActionSearch, db: Db = getDb()): Promise<ActiveFilter[]> {
  const [targets, instruments, authorities] = await Promise.all([
    search.target.length ? db.target.findMany({ where: { id: { in: search.target } }, select: { id: true, name: true } }) : [],
    search.instrument.length
      ? db.legalInstrument.findMany({ where: { id: { in: search.instrument } }, select: { id: true, citation: true } })
      : [],
    search.authority.length ? db.authority.findMany({ where: { id: { in: search.authority } }, select: { id: true, name: true } }) : [],
  ]);
  const filters: ActiveFilter[] = [];
  const add = (name: string, values: string[]) => values.length && filters.push({ name, value: values.join(", ") });
  add("Jurisdiction", search.jurisdiction.map((j) => JURISDICTION_LABELS[j]));
  add("Kind", search.kind.map((k) => KIND_LABELS[k]));
  add("Status", search.status.map((s) => STATUS_LABELS[s]));
  add("Ground", search.ground.map((g) => GROUND_LABELS[g]));
  add("Authority", namesOf(search.authority, authorities, "authority"));
  add("Instrument", namesOf(search.instrument, instruments.map((i) => ({ id: i.id, name: i.citation })), "instrument"));
  add(search.related ? "Target (with its units and officials)" : "Target", namesOf(search.target, targets, "target"));
  const date = describeDateFilter(search);
  if (date) filters.push({ name: "Date", value: date });
  if (search.q.trim()) filters.push({ name: "Text", value: `“${search.q.trim()}”` });
  if (search.proposals || search.kind.includes("PROPOSAL")) filters.push({ name: "Proposals", value: "included" });
  return filters;
}
