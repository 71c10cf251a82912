// Writes, so it uses a database of its own: a document whose text is hostile markup.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentText } from "../../components/documents/document-text";
import type { Db } from "../../lib/db/client";
import { getDocument } from "../../lib/documents/get-document";
import { createOwnDatabase } from "../helpers/db";

const HOSTILE = "<script>alert(1)</script>";
const TEXT = `Headline with <b>bold</b> markup\n\nThe quote ${HOSTILE} ends “here”.\u00a0<img src=x onerror=alert(2)>`;

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
let db: Db;
let documentId: number;
let evidenceIds: number[];

beforeAll(async () => {
  own = await createOwnDatabase();
  db = own.db;
  const authority = await db.authority.create({ data: { slug: "test-authority", name: "Test Authority", kind: "GOVERNMENT_DEPARTMENT" } });
  const action = await db.sanctionAction.create({
    data: {
      slug: "hostile-action",
      kind: "DESIGNATION",
      status: "IN_FORCE",
      jurisdiction: "US",
      authorityId: authority.id,
      summary: `Action named ${HOSTILE}`,
      datePrecision: "UNKNOWN",
    },
  });
  const document = await db.sourceDocument.create({ data: { slug: "hostile", title: "Hostile", text: TEXT, contentHash: "hostile" } });
  documentId = document.id;
  const quoteStart = TEXT.indexOf("The quote");
  const spans = [
    { start: quoteStart, end: TEXT.indexOf(" ends") },
    { start: TEXT.indexOf(HOSTILE), end: TEXT.indexOf(HOSTILE) + HOSTILE.length, field: "GROUNDS" as const },
    { start: TEXT.indexOf("<img"), end: TEXT.length },
  ];
  evidenceIds = [];
  for (const { start, end, field } of spans) {
    const e = await db.evidence.create({
      data: { actionId: action.id, documentId, field: field ?? "WHOLE", quote: TEXT.slice(start, end), startOffset: start, endOffset: end },
    });
    evidenceIds.push(e.id);
  }
});

afterAll(() => own?.drop());

describe("DocumentText rendering of a document containing markup", () => {
  it("escapes the text and the quotes, so no element comes from the source", async () => {
    const doc = await getDocument(documentId, db);
    const html = renderToStaticMarkup(createElement(DocumentText, { text: doc!.text, evidence: doc!.evidence }));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
    // Link titles carry the action summary, escaped as an attribute value.
    expect(html).toContain("Action named &lt;script&gt;");
  });

  it("gives each evidence span an anchor and keeps every character of the text", async () => {
    const doc = await getDocument(documentId, db);
    const html = renderToStaticMarkup(createElement(DocumentText, { text: doc!.text, evidence: doc!.evidence }));
    for (const id of evidenceIds) expect(html).toContain(`id="evidence-${id}"`);
    // The nested span (the script inside the quote) sits inside the quote's highlight.
    expect(html).toMatch(new RegExp(`id="evidence-${evidenceIds[0]}"[^>]*>.*<mark id="evidence-${evidenceIds[1]}"`));
    const visible = html.replace(/<[^>]+>/g, "").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
    expect(visible).toBe(TEXT);
  });
});
