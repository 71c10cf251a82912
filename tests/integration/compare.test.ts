// The comparison against sets, counts and first dates computed here from the same rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCoverage } from "../../lib/compare/compare-coverage";
import { compareGrounds } from "../../lib/compare/compare-grounds";
import { compareFirstDates, type DayInterval, mergeFirstIntervals } from "../../lib/compare/compare-lag";
import { DEFAULT_COMPARE_SEARCH } from "../../lib/compare/compare-search";
import { compareTargets, streamCompareTargets } from "../../lib/compare/compare-targets";
import { FIXTURE_TARGETS, insertChartFixture, visibleByDefault } from "../helpers/chart-fixture";
import { createOwnDatabase } from "../helpers/db";

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
const US_EU = { ...DEFAULT_COMPARE_SEARCH, a: "US", b: "EU" } as const;

beforeAll(async () => {
  own = await createOwnDatabase();
  await insertChartFixture(own.db);
  // Two documents quoted for US actions, one for an EU action.
  const text = "The US acted. The EU acted.";
  const docs = await Promise.all(["d1", "d2"].map((slug) =>
    own.db.sourceDocument.create({ data: { slug, title: slug, text: `${text} ${slug}`, contentHash: slug } })));
  const quote = async (action: string, documentId: number) => {
    const { id } = await own.db.sanctionAction.findUniqueOrThrow({ where: { slug: action } });
    await own.db.evidence.create({ data: { actionId: id, documentId, field: "WHOLE", quote: "The US acted.", startOffset: 0, endOffset: 13 } });
  };
  await quote("us-day-2015", docs[0].id);
  await quote("us-span-bush", docs[1].id);
  await quote("eu-day-2015", docs[1].id);
});
afterAll(() => own.drop());

/** Expected per target and side, from the fixture rows alone. */
function expectedFor(target: string, side: "US" | "EU") {
  const actions = visibleByDefault().filter((a) => a.jurisdiction === side && a.targets.includes(target));
  return { count: actions.length, first: mergeFirstIntervals(actions.map((a): DayInterval => ({ start: a.start, end: a.end }))) };
}

describe("comparing two jurisdictions", () => {
  it("splits targets into both / only A / only B, counting every target", async () => {
    const { rows, sets, total } = await compareTargets(US_EU, 100, own.db);
    const acted = FIXTURE_TARGETS.map((t) => [t, expectedFor(t, "US").count, expectedFor(t, "EU").count] as const);
    expect(sets).toEqual({
      both: acted.filter(([, a, b]) => a && b).length,
      onlyA: acted.filter(([, a, b]) => a && !b).length,
      onlyB: acted.filter(([, a, b]) => !a && b).length,
    });
    expect(sets).toEqual({ both: 4, onlyA: 1, onlyB: 1 });
    expect(total).toBe(rows.length);
    // Targets both acted on come first.
    expect(rows.slice(0, 4).every((r) => r.actionsA > 0 && r.actionsB > 0)).toBe(true);
  });

  it("gives per-target counts, first dates and who acted first from the rows", async () => {
    const { rows } = await compareTargets(US_EU, 100, own.db);
    for (const row of rows) {
      const slug = row.name.replace("Target ", "");
      const [us, eu] = [expectedFor(slug, "US"), expectedFor(slug, "EU")];
      expect(row, slug).toMatchObject({ actionsA: us.count, actionsB: eu.count, firstA: us.first, firstB: eu.first });
      expect(row.lag, slug).toEqual(compareFirstDates(us.first, eu.first));
    }
    const lag = (slug: string) => rows.find((r) => r.name === `Target ${slug}`)?.lag;
    expect(lag("xray")).toEqual({ kind: "exact", first: "A", days: 59 });
    expect(lag("org")).toMatchObject({ kind: "range", first: "A" });
    expect(lag("official")).toMatchObject({ kind: "range", first: "B" });
    expect(lag("loner")).toEqual({ kind: "cannot-tell", reason: "unknown-date" });
    expect(lag("unit")).toEqual({ kind: "one-side", first: "A" });
  });

  it("groups units and officials under their top parent and keeps their relation", async () => {
    const { rows } = await compareTargets(US_EU, 100, own.db);
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get("Target official")?.group.name).toBe("Target org");
    expect(byName.get("Target official")?.relations).toEqual([{ kind: "HEADS", toName: "Target unit" }]);
    expect(byName.get("Target unit")?.group.name).toBe("Target org");
    expect(byName.get("Target xray")?.group.name).toBe("Target xray");
  });

  it("lists grounds and instruments of each side per target", async () => {
    const { rows } = await compareTargets(US_EU, 100, own.db);
    const xray = rows.find((r) => r.name === "Target xray");
    expect(xray).toMatchObject({ groundsA: ["CYBER"], groundsB: ["HUMAN_RIGHTS", "CYBER"], instrumentsA: [], instrumentsB: ["i-eu"] });
    const overall = await compareGrounds(US_EU, own.db);
    const tally = (side: string, g: string) => visibleByDefault().filter((a) => a.jurisdiction === side && a.grounds.includes(g as never)).length;
    for (const g of overall) expect([g.actionsA, g.actionsB]).toEqual([tally("US", g.ground), tally("EU", g.ground)]);
    expect(overall.find((g) => g.ground === "PROLIFERATION")).toEqual({ ground: "PROLIFERATION", actionsA: 1, actionsB: 0 });
  });

  it("bounds the rows but not the set counts", async () => {
    const { rows, sets } = await compareTargets(US_EU, 2, own.db);
    expect(rows).toHaveLength(2);
    expect(sets).toEqual({ both: 4, onlyA: 1, onlyB: 1 });
  });

  it("streams the same rows in the same order, a chunk at a time (the CSV export)", async () => {
    const { rows } = await compareTargets(US_EU, 100, own.db);
    const chunks = [];
    for await (const chunk of streamCompareTargets(US_EU, { limit: 100, first: 2, chunk: 2 }, own.db)) chunks.push(chunk);
    expect(chunks.length).toBe(Math.ceil(rows.length / 2));
    expect(chunks.flat()).toEqual(rows);
    const cut = [];
    for await (const chunk of streamCompareTargets(US_EU, { limit: 3, first: 2, chunk: 2 }, own.db)) cut.push(...chunk);
    expect(cut).toEqual((await compareTargets(US_EU, 3, own.db)).rows);
  });

  it("streams a first chunk of its own size, ranked apart when the totals prove it, in the page's order and cut", async () => {
    for (const limit of [1, 2, 3, 5, 100]) {
      const { rows } = await compareTargets(US_EU, limit, own.db);
      for (const first of [1, 2, 3]) {
        const sizes = [];
        const streamed = [];
        for await (const chunk of streamCompareTargets(US_EU, { limit, first, chunk: 2 }, own.db)) {
          sizes.push(chunk.length);
          streamed.push(...chunk);
        }
        expect(streamed, `limit ${limit}, first ${first}`).toEqual(rows);
        expect(sizes[0]).toBe(Math.min(first, limit, rows.length));
        expect(sizes.slice(1).every((size) => size <= 2)).toBe(true);
      }
    }
  });

  it("reports what the data holds for each side", async () => {
    const us = visibleByDefault().filter((a) => a.jurisdiction === "US");
    expect(await getCoverage("US", own.db)).toEqual({
      jurisdiction: "US", actions: us.length, fromOfficialLists: 0, documents: 2,
      earliest: "2001-01-20", latest: "2021-09-30", undated: us.filter((a) => !a.start && !a.end).length,
    });
    expect(await getCoverage("EU", own.db)).toMatchObject({ actions: 7, documents: 1, earliest: "2012-01-01", latest: "2020-02-02", undated: 1 });
  });
  it("narrows to a target and the units and officials under it, sets and grounds included", async () => {
    const org = await own.db.target.findUniqueOrThrow({ where: { slug: "org" } });
    const focus = { ...US_EU, target: [org.id], related: true };
    // Under org, from the fixture's relations: unit (part of org) and official (heads unit).
    const group = ["org", "unit", "official"];
    const { rows, sets, total } = await compareTargets(focus, 100, own.db);
    expect(rows.map((r) => r.name.replace("Target ", "")).sort()).toEqual([...group].sort());
    const acted = group.map((t) => [expectedFor(t, "US").count, expectedFor(t, "EU").count]);
    expect(sets).toEqual({
      both: acted.filter(([a, b]) => a && b).length,
      onlyA: acted.filter(([a, b]) => a && !b).length,
      onlyB: acted.filter(([a, b]) => !a && b).length,
    });
    expect(total).toBe(3);
    const inGroup = visibleByDefault().filter((a) => a.targets.some((t) => group.includes(t)));
    const stated = (side: "US" | "EU", ground: string) => inGroup.filter((a) => a.jurisdiction === side && a.grounds.includes(ground as never)).length;
    const grounds = await compareGrounds(focus, own.db);
    expect(grounds.length).toBeGreaterThan(0);
    for (const g of grounds) expect(g, g.ground).toEqual({ ground: g.ground, actionsA: stated("US", g.ground), actionsB: stated("EU", g.ground) });
    // Without related, only org itself.
    expect((await compareTargets({ ...focus, related: false }, 100, own.db)).rows.map((r) => r.name)).toEqual(["Target org"]);
  });
});
