// OFAC legacy XML, root sdnList (SDN.XML and CONSOLIDATED.XML). The namespace moved from
// http://tempuri.org/sdnList.xsd to an ofac.treas.gov one in May 2024; local names are stable.
import path from "node:path";
import { parseMonthDayYear } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { child, children, expectRoot, streamXmlRecords, textAt, type XNode } from "./xml-records";

const RECORDS = new Set(["sdnEntry", "publshInformation"]);
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
  source: (files) => (files.some((f) => /cons/i.test(path.basename(f))) ? "OFAC_CONSOLIDATED" : "OFAC_SDN"),
  async *parse(files, ctx) {
    for (const file of files) {
      const name = path.basename(file);
      let rootSeen = false;
      for await (const nodes of streamXmlRecords(file, RECORDS, ctx)) {
        const parts: EntryPart[] = [];
        for (const node of nodes) {
          if (!rootSeen) {
            expectRoot(name, node, "sdnList");
            rootSeen = true;
          } else if (node.name === "publshInformation") {
            const published = parseMonthDayYear(textAt(node, "Publish_Date"));
            if (published) ctx.meta = { publishedAt: published.start, publishedBasis: `Publish_Date ${textAt(node, "Publish_Date")} in ${name}` };
          } else parts.push(...recordParts(name, node));
        }
        if (parts.length) yield parts;
      }
    }
  },
};
