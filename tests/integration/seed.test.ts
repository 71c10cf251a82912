import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { readDataset } from "../../lib/dataset/load-dataset";
import { seedDataset } from "../../lib/dataset/seed-dataset";
import { createOwnDatabase } from "../helpers/db";

const TABLES = [
  "SourceDocument", "Authority", "LegalInstrument", "Target", "TargetAlias", "TargetRelation",
  "SanctionAction", "ActionTarget", "ActionInstrument", "Evidence",
];

async function snapshot(db: Db) {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    out[table] = await db.$queryRawUnsafe(`SELECT * FROM "${table}" ORDER BY 1, 2`);
  }
  return out;
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe("seeding the article dataset", () => {
  it("writes every action with its evidence, and running it again changes nothing", async () => {
    const own = await createOwnDatabase();
    cleanup = own.drop;
    const first = await seedDataset(own.db, readDataset());
    const before = await snapshot(own.db);
    await seedDataset(own.db, readDataset());
    const after = await snapshot(own.db);

    expect(first.actions).toBe(12);
    expect(before.SanctionAction).toHaveLength(12);
    expect(before.Evidence).toHaveLength(first.evidence);
    expect(after).toEqual(before);
  });

  it("stores quotes that are verbatim at their offsets in the stored document text", async () => {
    const own = await createOwnDatabase();
    cleanup = own.drop;
    await seedDataset(own.db, readDataset());
    const evidence = await own.db.evidence.findMany({ include: { document: true } });
    expect(evidence.length).toBeGreaterThan(12);
    for (const e of evidence) expect(e.document.text.slice(e.startOffset, e.endOffset)).toBe(e.quote);
  });

  it("refuses an unsound dataset and leaves the database as it was", async () => {
    const own = await createOwnDatabase();
    cleanup = own.drop;
    await seedDataset(own.db, readDataset());
    const before = await snapshot(own.db);

    const broken = readDataset();
    broken.dataset.actions[0].summary = "Changed summary that must not be written";
    broken.dataset.actions.at(-1)!.evidence[0].quote += "!";
    await expect(seedDataset(own.db, broken)).rejects.toThrow(/not verbatim/);
    expect(await snapshot(own.db)).toEqual(before);
  });

  it("rolls back everything when a write fails part-way", async () => {
    const own = await createOwnDatabase();
    cleanup = own.drop;
    const broken = readDataset();
    // A constraint the dataset checks cannot see makes the very last write fail.
    await own.db.$executeRawUnsafe(`ALTER TABLE "Evidence" ADD CONSTRAINT no_first_quote CHECK ("startOffset" <> ${broken.dataset.actions.at(-1)!.evidence[0].start})`);
    await expect(seedDataset(own.db, broken)).rejects.toThrow();
    expect(await own.db.sanctionAction.count()).toBe(0);
    expect(await own.db.sourceDocument.count()).toBe(0);
  });
});
