// EU Financial Sanctions Files, XML 1.1 (root export, namespace http://eu.europa.ec/fpi/fsd/export).
import { addListedParts, parseIsoDate } from "./list-dates";
import { type EntryPart, type ListFormatParser, ListFormatError, partsFor } from "./list-entry-parts";
import { streamXmlList } from "./xml-list";
import { children, type XNode } from "./xml-records";

function recordParts(file: string, node: XNode): EntryPart[] {
  const id = node.attrs.logicalId;
  if (!id) throw new ListFormatError(file, `line ${node.line} <sanctionEntity>`, "no logicalId attribute");
  const { parts, add } = partsFor(id);
  add("location", `${file}:${node.line} <sanctionEntity logicalId="${id}">`);
  add("type", children(node, "subjectType")[0]?.attrs.code ?? "unknown");
  const names = children(node, "nameAlias");
  // No primary flag in the format: the first name without a language is the name, the others aliases.
  const primary = names.find((n) => !n.attrs.nameLanguage && n.attrs.wholeName) ?? names.find((n) => n.attrs.wholeName);
  add("name", primary?.attrs.wholeName);
  for (const alias of names) {
    if (alias !== primary) add(alias.attrs.strong === "false" ? "weakAlias" : "alias", alias.attrs.wholeName);
  }
  for (const regulation of children(node, "regulation")) {
    add("programme", regulation.attrs.programme);
    add("legalBasis", regulation.attrs.numberTitle);
  }
  add("remarks", [...children(node, "remark").map((r) => r.text), node.attrs.designationDetails ?? ""].join(" ").trim());
  const designated = parseIsoDate(node.attrs.designationDate);
  if (designated) addListedParts(add, node.attrs.designationDate, designated, "designationDate in the EU Financial Sanctions File");
  else {
    // The XSD makes designationDate optional; the earliest act that introduced a detail is the next best date.
    const earliest = node.children
      .flatMap((c) => children(c, "regulationSummary"))
      .map((s) => s.attrs.publicationDate)
      .filter((d) => parseIsoDate(d))
      .sort()[0];
    if (earliest) {
      addListedParts(add, earliest, parseIsoDate(earliest), "earliest regulationSummary publicationDate (no designationDate in the file)");
    }
  }
  return parts;
}

export const euXmlParser: ListFormatParser = {
  format: "EU_XML",
  source: () => "EU_FSF",
  parse: (files, ctx) =>
    streamXmlList(files, ctx, {
      root: "export",
      records: ["sanctionEntity"],
      published: { element: "export", label: "generationDate", text: (root) => root.attrs.generationDate, parse: parseIsoDate },
      recordParts: (file) => (node) => recordParts(file, node),
    }),
};
