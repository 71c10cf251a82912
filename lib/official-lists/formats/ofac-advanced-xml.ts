// OFAC "advanced" XML (SDN_ADVANCED.XML / CONS_ADVANCED.XML, root Sanctions). Everything is
// linked by ids resolved through ReferenceValueSets, which is small and read first. Parties
// and sanctions entries sit in separate sections; both yield parts keyed by the profile id
// (= OFAC ent_num) and the importer merges them.
import path from "node:path";
import { addListedParts, listDate } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { child, children, expectRoot, streamXmlRecords, textAt, type XNode } from "./xml-records";

const RECORDS = new Set(["DateOfIssue", "ReferenceValueSets", "DistinctParty", "SanctionsEntry"]);
const LAST_NAME = "Last Name";

type Lookup = Map<string, XNode>;

function readReferenceValues(node: XNode): Map<string, Lookup> {
  const sets = new Map<string, Lookup>();
  for (const set of node.children) {
    const values: Lookup = new Map();
    for (const value of set.children) if (value.attrs.ID) values.set(value.attrs.ID, value);
    sets.set(set.name.replace(/Values$/, ""), values);
  }
  return sets;
}

function dateOf(node: XNode | undefined) {
  return node ? listDate(+textAt(node, "Year"), +textAt(node, "Month") || undefined, +textAt(node, "Day") || undefined) : null;
}

function partyParts(file: string, node: XNode, refs: Map<string, Lookup>): EntryPart[] {
  const id = node.attrs.FixedRef;
  const profile = child(node, "Profile");
  if (!id || !profile) throw new ListFormatError(file, `line ${node.line} <DistinctParty>`, "no FixedRef or Profile");
  const { parts, add } = partsFor(id);
  add("location", `${file}:${node.line} <DistinctParty FixedRef="${id}">`);
  const subType = refs.get("PartySubType")?.get(profile.attrs.PartySubTypeID);
  const partyType = refs.get("PartyType")?.get(subType?.attrs.PartyTypeID ?? "");
  add("type", subType && subType.text.trim() !== "Unknown" ? subType.text : (partyType?.text ?? "Unknown"));
  for (const identity of children(profile, "Identity")) {
    const groupType = new Map<string, string>();
    for (const group of children(child(identity, "NamePartGroups"), "MasterNamePartGroup").flatMap((m) => children(m, "NamePartGroup"))) {
      groupType.set(group.attrs.ID, refs.get("NamePartType")?.get(group.attrs.NamePartTypeID)?.text.trim() ?? "");
    }
    for (const alias of children(identity, "Alias")) {
      for (const documented of children(alias, "DocumentedName")) {
        const values = children(documented, "DocumentedNamePart").flatMap((p) => children(p, "NamePartValue"));
        const last = values.filter((v) => groupType.get(v.attrs.NamePartGroupID) === LAST_NAME).map((v) => v.text.trim());
        const rest = values.filter((v) => groupType.get(v.attrs.NamePartGroupID) !== LAST_NAME).map((v) => v.text.trim());
        const full = [last.join(" "), rest.join(" ")].filter(Boolean).join(", ");
        const primary = alias.attrs.Primary === "true" && documented.attrs.DocNameStatusID === "1";
        add(primary ? "name" : alias.attrs.LowQuality === "true" ? "weakAlias" : "alias", full);
      }
    }
  }
  return parts;
}

function entryParts(file: string, node: XNode, refs: Map<string, Lookup>): EntryPart[] {
  const id = node.attrs.ProfileID;
  if (!id) throw new ListFormatError(file, `line ${node.line} <SanctionsEntry>`, "no ProfileID");
  const { parts, add } = partsFor(id);
  for (const measure of children(node, "SanctionsMeasure")) {
    if (refs.get("SanctionsType")?.get(measure.attrs.SanctionsTypeID)?.text.trim() === "Program") {
      add("programme", textAt(measure, "Comment"));
    }
  }
  for (const event of children(node, "EntryEvent")) {
    const basis = refs.get("LegalBasis")?.get(event.attrs.LegalBasisID)?.text.trim();
    if (basis && basis !== "Unknown") add("legalBasis", basis);
    const type = refs.get("EntryEventType")?.get(event.attrs.EntryEventTypeID)?.text.trim() ?? "?";
    const date = dateOf(child(event, "Date"));
    if (date) addListedParts(add, date.start, date, `EntryEvent "${type}" date in the OFAC advanced XML`);
  }
  return parts;
}

export const ofacAdvancedXmlParser: ListFormatParser = {
  format: "OFAC_ADVANCED_XML",
  source: (files) => (files.some((f) => /cons/i.test(path.basename(f))) ? "OFAC_CONSOLIDATED" : "OFAC_SDN"),
  async *parse(files, ctx) {
    for (const file of files) {
      const name = path.basename(file);
      let rootSeen = false;
      let refs: Map<string, Lookup> | null = null;
      for await (const nodes of streamXmlRecords(file, RECORDS, ctx)) {
        const parts: EntryPart[] = [];
        for (const node of nodes) {
          if (!rootSeen) {
            expectRoot(name, node, "Sanctions");
            rootSeen = true;
          } else if (node.name === "DateOfIssue") {
            const issued = dateOf(node);
            if (issued) ctx.meta = { publishedAt: issued.start, publishedBasis: `DateOfIssue ${issued.start} in ${name}` };
          } else if (node.name === "ReferenceValueSets") refs = readReferenceValues(node);
          else if (!refs) throw new ListFormatError(name, `line ${node.line} <${node.name}>`, "comes before ReferenceValueSets");
          else parts.push(...(node.name === "DistinctParty" ? partyParts(name, node, refs) : entryParts(name, node, refs)));
        }
        if (parts.length) yield parts;
      }
    }
  },
};
