// The loop every XML list format shares: stream each file's records, check the root element,
// take the publication date into ctx.meta, and yield the parts of each record.
import path from "node:path";
import type { ListDate } from "./list-dates";
import type { EntryPart, ParseContext } from "./list-entry-parts";
import { expectRoot, streamXmlRecords, type XNode } from "./xml-records";

export interface XmlList {
  root: string;
  /** Local names of the record elements, captured whole. */
  records: string[];
  /** Where the list dates itself: the root element (an attribute) or another captured element. */
  published: { element: string; label: string; text(node: XNode): string | undefined; parse(text: string): ListDate | null };
  /** Called once per file (with its base name); the returned function turns one record into parts. */
  recordParts(file: string): (node: XNode) => EntryPart[];
}

export async function* streamXmlList(files: string[], ctx: ParseContext, list: XmlList): AsyncGenerator<EntryPart[]> {
  const { root, published } = list;
  // The root is always handed over first and must not be captured (it would swallow the file).
  const capture = new Set(published.element === root ? list.records : [...list.records, published.element]);
  for (const file of files) {
    const name = path.basename(file);
    const partsOf = list.recordParts(name);
    let rootSeen = false;
    for await (const nodes of streamXmlRecords(file, capture, ctx)) {
      const parts: EntryPart[] = [];
      for (const node of nodes) {
        const isRoot = !rootSeen;
        if (isRoot) {
          expectRoot(name, node, root);
          rootSeen = true;
        }
        if (isRoot ? published.element === root : node.name === published.element) {
          const text = published.text(node)?.trim();
          const date = text ? published.parse(text) : null;
          if (date) ctx.meta = { publishedAt: date.start, publishedBasis: `${published.label} ${text} in ${name}` };
        } else if (!isRoot) parts.push(...partsOf(node));
      }
      if (parts.length) yield parts;
    }
  }
}
