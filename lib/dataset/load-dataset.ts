// Reads the evidenced dataset and the article texts it cites, and checks that every
// quote is verbatim at its offsets and every reference resolves. The seed refuses to
// write anything that fails here, and a test runs the same check.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { normalizeCitation } from "../instruments/normalize-citation";
import { Dataset } from "./dataset-schema";

export const SEED_DIR = path.join(import.meta.dirname, "..", "..", "prisma", "seed");

export interface LoadedDataset {
  dataset: Dataset;
  /** Document text by document slug. */
  texts: Map<string, string>;
}

export function readDataset(dir = SEED_DIR): LoadedDataset {
  const dataset = Dataset.parse(JSON.parse(readFileSync(path.join(dir, "dataset.json"), "utf8")));
  const texts = new Map(
    dataset.documents.map((doc) => [doc.slug, readFileSync(path.join(dir, "documents", doc.file), "utf8")]),
  );
  return { dataset, texts };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Every way the dataset fails to be evidenced or consistent; empty when it is sound. */
export function findDatasetProblems({ dataset, texts }: LoadedDataset): string[] {
  const problems: string[] = [];
  const slugs = (items: { slug: string }[]) => new Set(items.map((item) => item.slug));
  const authorities = slugs(dataset.authorities);
  const targets = slugs(dataset.targets);
  const instruments = new Set(dataset.instruments.map((i) => i.citation));

  for (const instrument of dataset.instruments) {
    if (normalizeCitation(instrument.citation) !== instrument.citation) {
      problems.push(`instrument "${instrument.citation}" is not in normalised form "${normalizeCitation(instrument.citation)}"`);
    }
  }
  for (const doc of dataset.documents) {
    if (!texts.get(doc.slug)?.includes(doc.title)) problems.push(`document ${doc.slug}: title not found in its text`);
  }
  for (const relation of dataset.relations) {
    for (const end of [relation.from, relation.to]) {
      if (!targets.has(end)) problems.push(`relation ${relation.from} → ${relation.to}: unknown target ${end}`);
    }
  }
  for (const action of dataset.actions) {
    const where = `action ${action.slug}`;
    if (!authorities.has(action.authority)) problems.push(`${where}: unknown authority ${action.authority}`);
    for (const t of action.targets) if (!targets.has(t)) problems.push(`${where}: unknown target ${t}`);
    for (const i of action.instruments) if (!instruments.has(i)) problems.push(`${where}: unknown instrument ${i}`);
    if ((action.kind === "PROPOSAL") !== (action.status === "PROPOSED")) {
      problems.push(`${where}: a proposal, and only a proposal, has status PROPOSED`);
    }
    const { start, end, precision } = action.date;
    if ((precision === "UNKNOWN") !== (start === null && end === null)) {
      problems.push(`${where}: an UNKNOWN date has no interval, and any other date has one`);
    }
    if (start && end && start > end) problems.push(`${where}: date interval ends before it starts`);
    for (const evidence of action.evidence) {
      const text = texts.get(evidence.document);
      if (text === undefined) {
        problems.push(`${where}: evidence cites unknown document ${evidence.document}`);
      } else if (text.slice(evidence.start, evidence.end) !== evidence.quote) {
        problems.push(`${where}: quote not verbatim in ${evidence.document} at ${evidence.start}–${evidence.end}: "${evidence.quote.slice(0, 60)}…"`);
      }
    }
  }
  const duplicates = dataset.actions.map((a) => a.slug).filter((slug, i, all) => all.indexOf(slug) !== i);
  for (const slug of duplicates) problems.push(`action slug ${slug} is used twice`);
  return problems;
}
