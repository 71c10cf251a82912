import Link from "next/link";
import { EVIDENCE_FIELD_LABELS } from "@/lib/actions/labels";
import type { DocumentEvidence } from "@/lib/documents/get-document";
import { isLocatable } from "@/lib/documents/segment-text";

/** Every evidence span in the document, in reading order, with its action and a jump to the passage. */
export function DocumentEvidenceList({ text, evidence }: { text: string; evidence: DocumentEvidence[] }) {
  if (evidence.length === 0) return <p className="muted">No evidence is recorded from this document.</p>;
  return (
    <ol className="evidence-index" data-testid="evidence-index">
      {evidence.map((e) => {
        const span = { id: e.id, start: e.startOffset, end: e.endOffset };
        const located = isLocatable(span, text.length) && text.slice(e.startOffset, e.endOffset) === e.quote;
        return (
          <li key={e.id}>
            <Link href={`/actions/${e.action.id}`}>{e.action.summary}</Link>
            <div className="small muted">
              {EVIDENCE_FIELD_LABELS[e.field]} · characters {e.startOffset}–{e.endOffset} ·{" "}
              {located ? <a href={`#evidence-${e.id}`}>Go to passage</a> : <span className="warning">The quote is not at these offsets</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
