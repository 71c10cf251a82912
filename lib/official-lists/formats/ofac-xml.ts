// OFAC legacy XML, root sdnList (SDN.XML and CONSOLIDATED.XML). The namespace moved from
// http://tempuri.org/sdnList.xsd to an ofac.treas.gov one in May 2024; local names are stable.
import { parseMonthDayYear } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { ofacListSource } from "./ofac-csv";
import { streamXmlList } from "./xml-list";
import { child, children, textAt, type XNode } from "./xml-records";

// idList entries that state a legal basis rather than an identifier.
const BASIS_ID_TYPE = /^(Secondary sanctions risk|Executive Order|Additional Sanctions Information)/i;

const fullName = (node: XNode) => [textAt(node, "lastName"), textAt(node, "firstName")].filter(Boolean).join(", ");

function recordParts(file: string, node: XNode): EntryPart[] {
  const uid = textAt(node, "uid");
  if (!/^\d+$/.test(uid)) throw new ListFormatError(file, `line ${node.line} <sdnEntry>`, `uid "${uid}" is not a number`);
  const { parts, add } = partsFor(uid);
  add("location", `${file}:${node.line} <sdnEntry>`);
  add("type", textAt(node, "sdnType"));
  add("name", fullName(node));
  for (const aka of children(child(node, "akaList"), "aka")) {
    add(textAt(aka, "category") === "weak" ? "weakAlias" : "alias", fullName(aka));
  }
  for (const program of children(child(node, "programList"), "program")) add("programme", program.text);
  const remarks = [textAt(node, "remarks")];
  for (const id of children(child(node, "idList"), "id")) {
    const type = textAt(id, "idType");
    if (BASIS_ID_TYPE.test(type)) add("legalBasis", `${type} ${textAt(id, "idNumber")}`);
    else if (type) remarks.push(`${type} ${textAt(id, "idNumber")}`);
  }
  add("remarks", remarks.filter(Boolean).join("; "));
  return parts;
}

export const ofacXmlParser: ListFormatParser = {
  format: "OFAC_XML",
  source: ofacListSource,
  parse: (files, ctx) =>
    streamXmlList(files, ctx, {
      root: "sdnList",
      records: ["sdnEntry"],
      published: { element: "publshInformation", label: "Publish_Date", text: (node) => textAt(node, "Publish_Date"), parse: parseMonthDayYear },
      recordParts: (file) => (node) => recordParts(file, node),
    }),
};
