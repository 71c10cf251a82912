import { describe, expect, it } from "vitest";
import { Dataset } from "../../lib/dataset/dataset-schema";
import { findDatasetProblems, readDataset } from "../../lib/dataset/load-dataset";

const loaded = readDataset();
const { dataset, texts } = loaded;

describe("the article dataset", () => {
  it("is sound: every quote is verbatim at its offsets and every reference resolves", () => {
    expect(findDatasetProblems(loaded)).toEqual([]);
  });

  it("gives every action at least one piece of evidence that quotes its document exactly", () => {
    for (const action of dataset.actions) {
      expect(action.evidence.length, action.slug).toBeGreaterThan(0);
      for (const e of action.evidence) {
        expect(texts.get(e.document)!.slice(e.start, e.end), action.slug).toBe(e.quote);
      }
    }
  });

  it("reports a quote altered by a single character", () => {
    const altered = structuredClone(dataset);
    const evidence = altered.actions[3].evidence[0];
    evidence.quote = evidence.quote.slice(0, 10) + (evidence.quote[10] === "x" ? "y" : "x") + evidence.quote.slice(11);
    const problems = findDatasetProblems({ dataset: altered, texts });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(altered.actions[3].slug);
  });

  it("reports offsets that point at the wrong place even when the quote exists elsewhere", () => {
    const shifted = structuredClone(dataset);
    shifted.actions[0].evidence[0].start += 1;
    shifted.actions[0].evidence[0].end += 1;
    expect(findDatasetProblems({ dataset: shifted, texts })).toHaveLength(1);
  });

  it("refuses an action naming more targets or instruments than the database holds, at the file, naming the field", () => {
    const crowded = structuredClone(dataset);
    crowded.actions[0].targets = Array.from({ length: 401 }, (_, i) => `target-${i}`);
    crowded.actions[0].instruments = Array.from({ length: 101 }, (_, i) => `E.O. ${i}`);
    const result = Dataset.safeParse(crowded);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["actions.0.targets", "actions.0.instruments"]);
  });

  it("records nothing from the article that describes no sanctions action", () => {
    const cited = new Set(dataset.actions.flatMap((a) => a.evidence.map((e) => e.document)));
    const uncited = dataset.documents.filter((d) => !cited.has(d.slug)).map((d) => d.slug);
    expect(uncited).toEqual(["intelligence-claims-arrests"]);
  });

  it("records calls for action as proposals, never as measures in force", () => {
    const proposals = dataset.actions.filter((a) => a.kind === "PROPOSAL");
    expect(proposals.map((p) => p.authority).sort()).toEqual(["ncri", "op-ed-author"]);
    for (const p of proposals) expect(p.status).toBe("PROPOSED");
  });

  it("links the three articles that describe the 2012 MOIS designation to one action", () => {
    const designation = dataset.actions.find((a) => a.slug === "us-treasury-designates-mois-2012")!;
    expect(new Set(designation.evidence.map((e) => e.document)).size).toBe(3);
    expect(designation.date).toMatchObject({ start: "2012-01-01", end: "2012-12-31", precision: "YEAR" });
    expect(designation.instruments).toEqual(["E.O. 13553"]);
  });

  it("keeps unnamed targets as the text gives them", () => {
    const ministers = dataset.targets.find((t) => t.slug === "two-previous-mois-ministers")!;
    expect(ministers).toMatchObject({ name: "Two previous MOIS ministers", kind: "CLASS" });
  });
});
