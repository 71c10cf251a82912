// UK Sanctions List (FCDO) XML, root Designations, no namespace; the single UK list since 28 Jan 2026.
import { addListedParts, parseDayMonthYear } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { streamXmlList } from "./xml-list";
import { child, children, textAt, type XNode } from "./xml-records";

/** "SURNAME, Given Names" like OFAC writes individuals; entities have only Name6. */
export function ukName(name6: string, given: string[]): string {
  const first = given.filter(Boolean).join(" ");
  return [name6, first].filter(Boolean).join(", ");
}

function recordParts(file: string, node: XNode): EntryPart[] {
  const id = textAt(node, "UniqueID");
  if (!id) throw new ListFormatError(file, `line ${node.line} <Designation>`, "no UniqueID");
  const { parts, add } = partsFor(id);
  add("location", `${file}:${node.line} <Designation> ${id}`);
  add("type", textAt(node, "IndividualEntityShip"));
  for (const name of children(child(node, "Names"), "Name")) {
    const full = ukName(textAt(name, "Name6"), ["Name1", "Name2", "Name3", "Name4", "Name5"].map((n) => textAt(name, n)));
    const type = textAt(name, "NameType");
    const weak = textAt(name, "AliasStrength").toLowerCase().startsWith("weak");
    add(type === "Primary Name" ? "name" : weak ? "weakAlias" : "alias", full);
  }
  for (const nonLatin of children(child(node, "NonLatinNames"), "NonLatinName")) add("alias", textAt(nonLatin, "NameNonLatinScript"));
  add("programme", textAt(node, "RegimeName"));
  add("legalBasis", textAt(node, "RegimeName"));
  add("remarks", [textAt(node, "OtherInformation"), textAt(node, "UKStatementofReasons")].filter(Boolean).join("\n"));
  const designated = textAt(node, "DateDesignated");
  addListedParts(add, designated, parseDayMonthYear(designated), "DateDesignated in the UK Sanctions List");
  return parts;
}

export const ukFcdoXmlParser: ListFormatParser = {
  format: "UK_FCDO_XML",
  source: () => "UK_FCDO",
  parse: (files, ctx) =>
    streamXmlList(files, ctx, {
      root: "Designations",
      records: ["Designation"],
      published: { element: "DateGenerated", label: "DateGenerated", text: (node) => node.text, parse: parseDayMonthYear },
      recordParts: (file) => (node) => recordParts(file, node),
    }),
};
