// Streams an XML file and hands over, one at a time, the subtrees of the elements a format
// cares about (one list record each), so memory holds one record whatever the file size.
// Elements are matched on local names: the namespaces of OFAC's files changed in 2024.
import { createReadStream } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";
import { ListFormatError, type ParseContext } from "./list-entry-parts";

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
  line: number;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * Yields batches of captured subtrees in document order. The root element comes first,
 * without children, so a format can check it and read its attributes.
 */
export async function* streamXmlRecords(
  file: string,
  capture: ReadonlySet<string>,
  ctx: ParseContext,
): AsyncGenerator<XNode[]> {
  const name = path.basename(file);
  const parser = new SaxesParser({ position: true });
  const stack: XNode[] = [];
  let depth = 0;
  let ready: XNode[] = [];
  let failure: Error | null = null;

  parser.on("error", (e) => {
    // saxes says "61:34: unclosed tag: VALUE"; the position becomes words, the rest is kept.
    const m = e.message.match(/^(?:[^:\n]*:)?(\d+):(\d+): ([\s\S]*)$/);
    failure ??= m
      ? new ListFormatError(name, `line ${m[1]}, column ${m[2]}`, m[3])
      : new ListFormatError(name, `line ${parser.line}`, e.message);
  });
  parser.on("opentag", (tag) => {
    const node: XNode = { name: localName(tag.name), attrs: {}, children: [], text: "", line: parser.line };
    for (const [key, value] of Object.entries(tag.attributes as Record<string, string>)) {
      if (key !== "xmlns" && !key.startsWith("xmlns:")) node.attrs[localName(key)] = value;
    }
    if (depth === 0) ready.push(node);
    if (stack.length) stack[stack.length - 1].children.push(node);
    else if (capture.has(node.name)) stack.push(node);
    if (stack.length && stack[stack.length - 1] !== node) stack.push(node);
    depth++;
  });
  const onText = (text: string) => {
    if (stack.length) stack[stack.length - 1].text += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    depth--;
    const node = stack.pop();
    if (node && stack.length === 0) ready.push(node);
  });

  for await (const chunk of createReadStream(file, { encoding: "utf8" })) {
    parser.write(chunk as string);
    ctx.onBytes(Buffer.byteLength(chunk as string));
    if (failure) throw failure;
    if (ready.length) {
      yield ready;
      ready = [];
    }
  }
  parser.close();
  if (failure) throw failure;
  if (depth !== 0) throw new ListFormatError(name, `line ${parser.line}`, "the file ends inside an element (truncated?)");
  if (ready.length) yield ready;
}

export function child(node: XNode | undefined, name: string): XNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function children(node: XNode | undefined, name: string): XNode[] {
  return node?.children.filter((c) => c.name === name) ?? [];
}

/** Trimmed text of a descendant reached by local names; "" when absent. */
export function textAt(node: XNode | undefined, ...names: string[]): string {
  let current = node;
  for (const name of names) current = child(current, name);
  return current?.text.trim() ?? "";
}

export function expectRoot(file: string, root: XNode, expected: string): void {
  if (root.name !== expected) {
    throw new ListFormatError(path.basename(file), `line ${root.line}`, `expected root element <${expected}>, found <${root.name}>`);
  }
}
