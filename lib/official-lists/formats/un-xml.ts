// UN Security Council Consolidated List XML (root CONSOLIDATED_LIST, no namespace).
import path from "node:path";
import { addListedParts, parseIsoDate } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { children, expectRoot, streamXmlRecords, textAt, type XNode } from "./xml-records";

const RECORDS = new Set(["INDIVIDUAL", "ENTITY"]);

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
  async *parse(files, ctx) {
    for (const file of files) {
      const name = path.basename(file);
      let rootSeen = false;
      for await (const nodes of streamXmlRecords(file, RECORDS, ctx)) {
        const parts: EntryPart[] = [];
        for (const node of nodes) {
          if (!rootSeen) {
            expectRoot(name, node, "CONSOLIDATED_LIST");
            rootSeen = true;
            const generated = parseIsoDate(node.attrs.dateGenerated);
            if (generated) ctx.meta = { publishedAt: generated.start, publishedBasis: `dateGenerated ${node.attrs.dateGenerated} in ${name}` };
          } else parts.push(...recordParts(name, node));
        }
        if (parts.length) yield parts;
      }
    }
  },
};
