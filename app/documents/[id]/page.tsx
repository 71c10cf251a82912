import type { Metadata } from "next";
import Link from "next/link";
import "../../detail-pages.css";
import { DocumentEvidenceList } from "@/components/documents/document-evidence-list";
import { DocumentText } from "@/components/documents/document-text";
import { ScrollToEvidence } from "@/components/documents/scroll-to-evidence";
import { getDocument } from "@/lib/documents/get-document";
import { createRouteRecordLoader } from "@/lib/routes/load-route-record";
import { nounFor } from "@/lib/format/count-noun";

// Waits for the document (one primary-key read) so that the title names it. Unknown ids never
// get here (proxy.ts: 404).
export const instant = false;

const loadDocument = createRouteRecordLoader(getDocument);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadDocument(params)).title };
}

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const document = await loadDocument(params);
  const actions = new Set(document.evidence.map((e) => e.actionId)).size;
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb"><Link href="/documents">Documents</Link> › Document</nav>
      <article className="detail" data-testid="document-details">
        <header>
          <h1>{document.title}</h1>
          <p className="muted">
            {[document.author, document.publisher, document.publishedText].filter(Boolean).join(" · ") || "Author and date not stated"}
          </p>
          <p className="small">
            <mark className="evidence legend-mark">Highlighted</mark> passages are evidence:{" "}
            {document.evidence.length} {nounFor(document.evidence.length, "span")} supporting {actions} {nounFor(actions, "action")}. Select a
            passage to open its action; darker highlights are covered by more than one span.
          </p>
        </header>
        <div className="document-layout">
          <DocumentText text={document.text} evidence={document.evidence} />
          <aside aria-labelledby="evidence-index-heading">
            <h2 id="evidence-index-heading">Evidence in this document</h2>
            <DocumentEvidenceList text={document.text} evidence={document.evidence} />
          </aside>
        </div>
        <ScrollToEvidence />
      </article>
    </>
  );
}
