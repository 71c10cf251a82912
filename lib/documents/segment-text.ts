// Splits a document's text at every evidence boundary, so that overlapping and nested
// quotes can be highlighted without ever inserting markup into the text itself.
// Offsets are UTF-16 code units (JavaScript string indexes), as stored with the evidence.

export interface TextSpan {
  id: number;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Spans covering the whole segment, outermost first (earlier start, then longer, then id). */
  spanIds: number[];
}

/** Whether a span can be located in a text of this length (empty or out-of-range spans cannot). */
export function isLocatable(span: TextSpan, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length;
}

const outerFirst = (a: TextSpan, b: TextSpan) => a.start - b.start || b.end - a.end || a.id - b.id;

/**
 * Consecutive segments that cover the text exactly once; each lists the spans over it.
 * Spans that cannot be located are left out (the caller can report them with isLocatable).
 */
export function segmentText(text: string, spans: readonly TextSpan[]): TextSegment[] {
  const located = spans.filter((s) => isLocatable(s, text.length)).sort(outerFirst);
  const cuts = [...new Set([0, text.length, ...located.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  let active: TextSpan[] = [];
  let next = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    active = active.filter((s) => s.end > start);
    while (next < located.length && located[next].start === start) active.push(located[next++]);
    active.sort(outerFirst);
    segments.push({ start, end, text: text.slice(start, end), spanIds: active.map((s) => s.id) });
  }
  return segments;
}
