// The article text with its evidence highlighted. Text is only ever passed to React as
// strings (which it escapes), so a quote containing markup shows as that markup, verbatim.
import type { ReactNode } from "react";
import { EVIDENCE_FIELD_LABELS } from "@/lib/actions/labels";
import type { DocumentEvidence } from "@/lib/documents/get-document";
import { type HighlightNode, nestSegments } from "@/lib/documents/nest-segments";
import { segmentText, type TextSegment } from "@/lib/documents/segment-text";
import { EvidencePassageLink, type PassageAction } from "./evidence-passage-link";

type Evidence = Pick<DocumentEvidence, "id" | "field" | "startOffset" | "endOffset" | "action">;

export function DocumentText({ text, evidence }: { text: string; evidence: Evidence[] }) {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const spans = evidence.map((e) => ({ id: e.id, start: e.startOffset, end: e.endOffset }));
  const nodes = nestSegments(segmentText(text, spans));
  const split = splitSpanIds(nodes);
  return (
    <div className="document-text" data-testid="document-text">
      {split.length > 0 && <style>{continuedTargetRule(split)}</style>}
      {renderNodes(nodes, byId)}
    </div>
  );
}

/** The passages cut in pieces by one that crosses them: only a first piece is named, and so the :target. */
function splitSpanIds(nodes: HighlightNode[], ids = new Set<number>()): number[] {
  for (const node of nodes) {
    if (node.type !== "span") continue;
    if (!node.first) ids.add(node.spanId);
    splitSpanIds(node.children, ids);
  }
  return [...ids];
}

/** Each later piece of a split passage looks targeted when its first piece is (ids are numbers: nothing to escape). */
function continuedTargetRule(ids: number[]): string {
  const selectors = ids.map((id) => `.document-text:has(#evidence-${id}:target) mark.continued[data-evidence-id="${id}"]`);
  return `${selectors.join(", ")} { background: var(--evidence-target-background); outline: var(--evidence-target-outline); outline-offset: 2px; }`;
}

function renderNodes(nodes: HighlightNode[], byId: Map<number, Evidence>): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === "span") {
      return (
        <mark
          key={`${node.spanId}@${index}`}
          id={node.first ? `evidence-${node.spanId}` : undefined}
          className={node.first ? "evidence" : "evidence continued"}
          data-evidence-id={node.spanId}
        >
          {renderNodes(node.children, byId)}
        </mark>
      );
    }
    const { segment } = node;
    if (segment.spanIds.length === 0) return segment.text;
    return (
      <EvidencePassageLink key={segment.start} actions={passageActions(segment, byId)}>
        {segment.text}
      </EvidencePassageLink>
    );
  });
}

/** The actions a segment supports, innermost (most specific) passage first. */
function passageActions(segment: TextSegment, byId: Map<number, Evidence>): PassageAction[] {
  const actions = new Map<number, PassageAction>();
  for (const spanId of [...segment.spanIds].reverse()) {
    const e = byId.get(spanId)!;
    const entry = actions.get(e.action.id) ?? { id: e.action.id, summary: e.action.summary, fields: [] };
    const field = EVIDENCE_FIELD_LABELS[e.field];
    if (!entry.fields.includes(field)) entry.fields.push(field);
    actions.set(e.action.id, entry);
  }
  return [...actions.values()];
}
