// OFAC "advanced" XML (SDN_ADVANCED.XML / CONS_ADVANCED.XML, root Sanctions). Everything is
// linked by ids resolved through ReferenceValueSets, which is small and read first. Parties
// and sanctions entries sit in separate sections; both yield parts keyed by the profile id
// (= OFAC ent_num) and the importer merges them.
import { addListedParts, listDate, parseIsoDate } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { ofacListSource } from "./ofac-csv";
import { streamXmlList } from "./xml-list";
import { child, children, textAt, type XNode } from "./xml-records";

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
  source: ofacListSource,
  parse: (files, ctx) =>
    streamXmlList(files, ctx, {
      root: "Sanctions",
      records: ["ReferenceValueSets", "DistinctParty", "SanctionsEntry"],
      published: { element: "DateOfIssue", label: "DateOfIssue", text: (node) => dateOf(node)?.start, parse: parseIsoDate },
      recordParts(file) {
        let refs: Map<string, Lookup> | null = null;
        return (node) => {
          if (node.name === "ReferenceValueSets") {
            refs = readReferenceValues(node);
            return [];
          }
          if (!refs) throw new ListFormatError(file, `line ${node.line} <${node.name}>`, "comes before ReferenceValueSets");
          return node.name === "DistinctParty" ? partyParts(file, node, refs) : entryParts(file, node, refs);
        };
      },
    }),
};
