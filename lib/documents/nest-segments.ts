// Turns flat segments into properly nested elements: one element per span where spans nest,
// split into pieces where two spans cross. Only a span's first piece carries its anchor id.
import type { TextSegment } from "./segment-text";

export type HighlightNode =
  | { type: "text"; segment: TextSegment }
  | { type: "span"; spanId: number; first: boolean; children: HighlightNode[] };

type SpanNode = Extract<HighlightNode, { type: "span" }>;

export function nestSegments(segments: readonly TextSegment[]): HighlightNode[] {
  const root: HighlightNode[] = [];
  const open: SpanNode[] = [];
  const started = new Set<number>();
  const childrenOfTop = () => (open.length ? open[open.length - 1].children : root);
  for (const segment of segments) {
    // spanIds come outermost first in one global order, so the still-open spans are a prefix.
    let kept = 0;
    while (kept < open.length && open[kept].spanId === segment.spanIds[kept]) kept++;
    open.length = kept;
    for (const spanId of segment.spanIds.slice(kept)) {
      const node: SpanNode = { type: "span", spanId, first: !started.has(spanId), children: [] };
      started.add(spanId);
      childrenOfTop().push(node);
      open.push(node);
    }
    childrenOfTop().push({ type: "text", segment });
  }
  return root;
}
