// UN Security Council Consolidated List XML (root CONSOLIDATED_LIST, no namespace).
import { addListedParts, parseIsoDate } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { streamXmlList } from "./xml-list";
import { children, textAt, type XNode } from "./xml-records";

function recordParts(file: string, node: XNode): EntryPart[] {
  const ref = textAt(node, "REFERENCE_NUMBER");
  if (!ref) throw new ListFormatError(file, `line ${node.line} <${node.name}>`, "no REFERENCE_NUMBER");
  const { parts, add } = partsFor(ref);
  add("location", `${file}:${node.line} <${node.name}>`);
  add("type", node.name === "INDIVIDUAL" ? "Individual" : "Entity");
  add("name", ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].map((n) => textAt(node, n)).filter(Boolean).join(" "));
  add("alias", textAt(node, "NAME_ORIGINAL_SCRIPT"));
  for (const alias of [...children(node, "INDIVIDUAL_ALIAS"), ...children(node, "ENTITY_ALIAS")]) {
    const weak = textAt(alias, "QUALITY").toLowerCase() === "low";
    for (const name of textAt(alias, "ALIAS_NAME").split(";")) add(weak ? "weakAlias" : "alias", name);
  }
  add("programme", textAt(node, "UN_LIST_TYPE"));
  add("remarks", textAt(node, "COMMENTS1"));
  const listedOn = textAt(node, "LISTED_ON");
  addListedParts(add, listedOn, parseIsoDate(listedOn), "LISTED_ON in the UN Consolidated List");
  return parts;
}

export const unXmlParser: ListFormatParser = {
  format: "UN_XML",
  source: () => "UN_SC",
  parse: (files, ctx) =>
    streamXmlList(files, ctx, {
      root: "CONSOLIDATED_LIST",
      records: ["INDIVIDUAL", "ENTITY"],
      published: { element: "CONSOLIDATED_LIST", label: "dateGenerated", text: (root) => root.attrs.dateGenerated, parse: parseIsoDate },
      recordParts: (file) => (node) => recordParts(file, node),
    }),
};
