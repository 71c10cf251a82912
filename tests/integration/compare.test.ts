// The comparison against sets, counts and first dates computed here from the same rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCoverage } from "../../lib/compare/compare-coverage";
import { compareGrounds } from "../../lib/compare/compare-grounds";
import { compareFirstDates, type DayInterval, mergeFirstIntervals } from "../../lib/compare/compare-lag";
import { type CompareSearch, DEFAULT_COMPARE_SEARCH } from "../../lib/compare/compare-search";
import { parse } from "csv-parse/sync";
import { streamCompareCsv } from "../../lib/compare/compare-csv";
import { orderFirstTargets } from "../../lib/compare/compare-order";
import { groupRows } from "../../lib/compare/compare-summary";
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
  });

  it("lists targets grouped under their top parent, groups acted on by both first, each where its first target ranks", async () => {
    const { rows } = await compareTargets(US_EU, 100, own.db);
    // Ranked: official and org (both, 3), loner and xray (both, 2), unit (US, 3), echo (EU, 2); unit joins org's group.
    expect(rows.map((r) => r.name.replace("Target ", ""))).toEqual(["official", "org", "unit", "loner", "xray", "echo"]);
    const groups = groupRows(rows);
    expect(groups.flatMap((g) => g.rows)).toEqual(rows);
    expect(groups.map((g) => g.actedA && g.actedB)).toEqual([true, true, true, false]);
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

describe("the comparison's first rows, ordered from the largest totals", () => {
  const UK_UN = { ...DEFAULT_COMPARE_SEARCH, a: "UK", b: "UN" } as const;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    // Acted on by both: big (with an only-UK unit under it), mid, low; five small only-UK targets (the unit last).
    const uk = await own.db.authority.create({ data: { slug: "auth-UK", name: "Authority UK", jurisdiction: "UK", kind: "NATIONAL_GOVERNMENT" } });
    const un = await own.db.authority.findFirstOrThrow({ where: { jurisdiction: "UN" } });
    const actions: Record<string, [uk: number, un: number]> = {
      big: [3, 3], mid: [3, 2], low: [2, 2], small1: [1, 0], small2: [1, 0], small3: [1, 0], small4: [1, 0], unit: [1, 0],
    };
    for (const [slug, [ukCount, unCount]] of Object.entries(actions)) {
      // A name beyond ASCII, as many list names are, for the CSV's encoding.
      const name = slug === "big" ? "Vezārat-e Ettelā‘āt" : `Compared ${slug}`;
      ids[slug] = (await own.db.target.create({ data: { slug: `uk-un-${slug}`, name, kind: "ORGANISATION" } })).id;
      for (const [jurisdiction, authorityId, count] of [["UK", uk.id, ukCount], ["UN", un.id, unCount]] as const) {
        for (let i = 0; i < count; i++) {
          await own.db.sanctionAction.create({ data: { slug: `uk-un-${slug}-${jurisdiction}-${i}`, kind: "DESIGNATION", status: "IN_FORCE",
            jurisdiction, authorityId, summary: slug, datePrecision: "UNKNOWN", targets: { create: { targetId: ids[slug] } } } });
        }
      }
    }
    await own.db.targetRelation.create({ data: { fromId: ids.unit, toId: ids.big, kind: "PART_OF" } });
  });

  it("proves the first rows from the largest totals, a group whole, its unit ranked last among them included", async () => {
    // Nine targets (with the UN's loner): big, mid and low outrank every other, and big's unit joins them.
    expect(await orderFirstTargets(UK_UN, { count: 3, limit: 100, total: 9 }, own.db)).toEqual({ ids: [ids.big, ids.unit, ids.mid], all: false });
    for (const limit of [3, 7, 8, 100]) {
      const { rows } = await compareTargets(UK_UN, limit, own.db);
      for (const first of [1, 3]) {
        const streamed = [];
        for await (const chunk of streamCompareTargets(UK_UN, { limit, first, chunk: 2 }, own.db)) streamed.push(...chunk);
        expect(streamed.map((r) => r.name), `limit ${limit}, first ${first}`).toEqual(rows.map((r) => r.name));
      }
      // Up to 8 targets the cut leaves out the unit (the smallest total, the last id), from the first rows too.
      expect(rows.some((r) => r.targetId === ids.unit), `limit ${limit}`).toBe(limit > 8);
    }
  });

  it("writes the CSV in the page's order, as UTF-8 with a byte-order mark, and says where it was cut", async () => {
    const text = async (search: CompareSearch) => {
      let csv = "";
      for await (const chunk of streamCompareCsv(search, own.db)) csv += chunk;
      return csv;
    };
    const csv = await text(UK_UN);
    expect(csv.startsWith("\uFEFFGroup,Target,")).toBe(true);
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const { rows } = await compareTargets(UK_UN, 100, own.db);
    expect(records.map((r) => [r.Group, r.Target])).toEqual(rows.map((r) => [r.group.name, r.name]));
    expect(records[0]).toMatchObject({ Group: "Vezārat-e Ettelā‘āt", Target: "Vezārat-e Ettelā‘āt", "Actions UK": "3", "Actions UN": "3" });
    expect(records[1]).toMatchObject({ Group: "Vezārat-e Ettelā‘āt", Target: "Compared unit", Relation: "part of Vezārat-e Ettelā‘āt" });
    const usEu = parse(await text(US_EU), { bom: true, columns: true }) as Record<string, string>[];
    expect(usEu.map((r) => r.Target)).toEqual((await compareTargets(US_EU, 100, own.db)).rows.map((r) => r.name));
  });
});
