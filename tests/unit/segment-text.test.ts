import { describe, expect, it } from "vitest";
import { type HighlightNode, nestSegments } from "../../lib/documents/nest-segments";
import { isLocatable, segmentText, type TextSpan } from "../../lib/documents/segment-text";

const simple = (text: string, spans: TextSpan[]) => segmentText(text, spans).map((s) => [s.text, s.spanIds]);

/** The nested tree written out with brackets, e.g. "ab[1:cd]ef"; a continued piece is "[1…". */
function draw(nodes: HighlightNode[]): string {
  return nodes
    .map((n) => (n.type === "text" ? n.segment.text : `[${n.spanId}${n.first ? ":" : "…"}${draw(n.children)}]`))
    .join("");
}

describe("segmentText", () => {
  it("returns the whole text as one plain segment when there are no spans", () => {
    expect(segmentText("Hello world", [])).toEqual([{ start: 0, end: 11, text: "Hello world", spanIds: [] }]);
  });

  it("returns nothing for an empty text", () => {
    expect(segmentText("", [{ id: 1, start: 0, end: 0 }])).toEqual([]);
  });

  it("cuts a single span out of the text", () => {
    expect(simple("The MOIS was designated.", [{ id: 7, start: 4, end: 8 }])).toEqual([
      ["The ", []],
      ["MOIS", [7]],
      [" was designated.", []],
    ]);
  });

  it("covers the text exactly once, in order, whatever the spans", () => {
    const text = "abcdefghijklmnopqrstuvwxyz";
    const spans = [
      { id: 1, start: 0, end: 10 },
      { id: 2, start: 5, end: 15 },
      { id: 3, start: 5, end: 15 },
      { id: 4, start: 20, end: 26 },
      { id: 5, start: 12, end: 13 },
    ];
    const segments = segmentText(text, spans);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    segments.forEach((s, i) => {
      expect(s.text).toBe(text.slice(s.start, s.end));
      expect(s.start).toBe(i === 0 ? 0 : segments[i - 1].end);
      expect(s.end).toBeGreaterThan(s.start);
    });
  });

  it("handles spans at the very start and end of the text", () => {
    expect(simple("abc", [{ id: 1, start: 0, end: 3 }])).toEqual([["abc", [1]]]);
    expect(simple("abcd", [{ id: 1, start: 0, end: 1 }, { id: 2, start: 3, end: 4 }])).toEqual([
      ["a", [1]],
      ["bc", []],
      ["d", [2]],
    ]);
  });

  it("keeps adjacent spans apart without a gap or an overlap", () => {
    expect(simple("aaabbb", [{ id: 2, start: 3, end: 6 }, { id: 1, start: 0, end: 3 }])).toEqual([
      ["aaa", [1]],
      ["bbb", [2]],
    ]);
  });

  it("gives identical spans (one sentence, two actions) the same segment", () => {
    expect(simple("x same y", [{ id: 9, start: 2, end: 6 }, { id: 3, start: 2, end: 6 }])).toEqual([
      ["x ", []],
      ["same", [3, 9]],
      [" y", []],
    ]);
  });

  it("splits nested spans, listing the outer span first", () => {
    expect(simple("0123456789", [{ id: 2, start: 3, end: 6 }, { id: 1, start: 1, end: 9 }])).toEqual([
      ["0", []],
      ["12", [1]],
      ["345", [1, 2]],
      ["678", [1]],
      ["9", []],
    ]);
  });

  it("lists the longer of two spans that start together first", () => {
    expect(simple("0123456789", [{ id: 1, start: 2, end: 4 }, { id: 2, start: 2, end: 8 }])).toEqual([
      ["01", []],
      ["23", [2, 1]],
      ["4567", [2]],
      ["89", []],
    ]);
  });

  it("splits crossing spans into before, shared and after", () => {
    expect(simple("0123456789", [{ id: 1, start: 0, end: 6 }, { id: 2, start: 4, end: 10 }])).toEqual([
      ["0123", [1]],
      ["45", [1, 2]],
      ["6789", [2]],
    ]);
  });

  it("counts offsets in UTF-16 code units: curly quotes, non-breaking spaces and astral characters", () => {
    // “ ” ’ and U+00A0 are one code unit each; the emoji is two (a surrogate pair).
    const text = "He said “the MOIS’s\u00a0agents” 😀 acted.";
    const quote = "“the MOIS’s\u00a0agents”";
    const start = text.indexOf(quote);
    const after = text.indexOf("acted");
    expect(after - text.indexOf("😀")).toBe(3);
    const segments = segmentText(text, [
      { id: 1, start, end: start + quote.length },
      { id: 2, start: after, end: after + "acted".length },
    ]);
    expect(segments.map((s) => s.text)).toEqual(["He said ", quote, " 😀 ", "acted", "."]);
  });

  it("leaves out spans it cannot locate, and says which those are", () => {
    const spans = [
      { id: 1, start: 2, end: 2 },
      { id: 2, start: 4, end: 3 },
      { id: 3, start: -1, end: 2 },
      { id: 4, start: 3, end: 99 },
      { id: 5, start: 1, end: 2 },
    ];
    expect(spans.filter((s) => !isLocatable(s, 5)).map((s) => s.id)).toEqual([1, 2, 3, 4]);
    expect(simple("abcde", spans)).toEqual([
      ["a", []],
      ["b", [5]],
      ["cde", []],
    ]);
  });

  it("treats markup in the text as plain characters", () => {
    const text = "before <script>alert(1)</script> after";
    const start = text.indexOf("<script>");
    const segments = segmentText(text, [{ id: 1, start, end: start + "<script>alert(1)</script>".length }]);
    expect(segments[1].text).toBe("<script>alert(1)</script>");
  });
});

describe("nestSegments", () => {
  const nest = (text: string, spans: TextSpan[]) => draw(nestSegments(segmentText(text, spans)));

  it("wraps a single span", () => {
    expect(nest("ab cd ef", [{ id: 1, start: 3, end: 5 }])).toBe("ab [1:cd] ef");
  });

  it("nests a span inside the one that contains it", () => {
    expect(nest("0123456789", [{ id: 1, start: 1, end: 9 }, { id: 2, start: 3, end: 6 }])).toBe("0[1:12[2:345]678]9");
  });

  it("nests identical spans so each has its own element and anchor", () => {
    expect(nest("x same y", [{ id: 9, start: 2, end: 6 }, { id: 3, start: 2, end: 6 }])).toBe("x [3:[9:same]] y");
  });

  it("splits a crossing span into a first piece and a continued piece", () => {
    expect(nest("0123456789", [{ id: 1, start: 0, end: 6 }, { id: 2, start: 4, end: 10 }])).toBe("[1:0123[2:45]][2…6789]");
  });

  it("keeps adjacent spans as siblings", () => {
    expect(nest("aaabbb", [{ id: 1, start: 0, end: 3 }, { id: 2, start: 3, end: 6 }])).toBe("[1:aaa][2:bbb]");
  });

  it("marks exactly one first piece per span, however tangled the spans", () => {
    const spans = [
      { id: 1, start: 0, end: 10 },
      { id: 2, start: 2, end: 8 },
      { id: 3, start: 4, end: 12 },
      { id: 4, start: 4, end: 12 },
      { id: 5, start: 9, end: 14 },
    ];
    const firsts: number[] = [];
    const walk = (nodes: HighlightNode[]) =>
      nodes.forEach((n) => {
        if (n.type === "span") {
          if (n.first) firsts.push(n.spanId);
          walk(n.children);
        }
      });
    const tree = nestSegments(segmentText("abcdefghijklmnop", spans));
    walk(tree);
    expect(firsts.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(draw(tree).replace(/\[\d+[:…]|\]/g, "")).toBe("abcdefghijklmnop");
  });
});
