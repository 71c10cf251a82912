// Chart aggregates against counts computed here from the same rows, and every chart link
// checked against the table's own query: the bar's number is the row count it opens.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listActions } from "../../lib/actions/list-actions";
import { type ActionSearch, DEFAULT_ACTION_SEARCH, parseActionSearch } from "../../lib/actions/search-params";
import { getGroundsByJurisdiction } from "../../lib/charts/charts-grounds";
import { getHeadlineFigures } from "../../lib/charts/charts-headline";
import { getInstrumentCounts } from "../../lib/charts/charts-instruments";
import { linkToGround, linkToInstrument, linkToSpan, linkToTarget, linkToUndated, linkToYear } from "../../lib/charts/charts-links";
import { getActionsOverTime } from "../../lib/charts/charts-over-time";
import { getTopTargets } from "../../lib/charts/charts-targets";
import { FIXTURE_ACTIONS, FIXTURE_RELATIONS, insertChartFixture, visibleByDefault } from "../helpers/chart-fixture";
import { createOwnDatabase } from "../helpers/db";
import { PrismaClient } from "../../lib/generated/prisma/client";

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
let ids: Awaited<ReturnType<typeof insertChartFixture>>;
const search = (overrides: Partial<ActionSearch> = {}) => ({ ...DEFAULT_ACTION_SEARCH, ...overrides });

/** Rows the table shows for a chart link. */
async function rowsBehind(link: string): Promise<number> {
  const { search: parsed, problems } = parseActionSearch(new URL(link, "http://x").searchParams);
  expect(problems).toEqual([]);
  return (await listActions(parsed, own.db)).total.value;
}

const tally = <K extends string>(keys: K[]) => keys.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});

beforeAll(async () => {
  own = await createOwnDatabase();
  ids = await insertChartFixture(own.db);
});
afterAll(() => own.drop());

describe("actions over time", () => {
  it("counts an action in a year only when its interval lies within it; spans and unknown dates apart", async () => {
    const expected = { years: {} as Record<string, number>, spans: {} as Record<string, number>, unknown: {} as Record<string, number> };
    for (const a of visibleByDefault()) {
      const [s, e] = [a.start?.slice(0, 4) ?? null, a.end?.slice(0, 4) ?? null];
      if (!s && !e) expected.unknown[a.jurisdiction] = (expected.unknown[a.jurisdiction] ?? 0) + 1;
      else if (s === e) expected.years[`${s}:${a.jurisdiction}`] = (expected.years[`${s}:${a.jurisdiction}`] ?? 0) + 1;
      else expected.spans[`${s}-${e}:${a.jurisdiction}`] = (expected.spans[`${s}-${e}:${a.jurisdiction}`] ?? 0) + 1;
    }
    const data = await getActionsOverTime(search(), own.db);
    const years: Record<string, number> = {};
    for (const y of data.years) for (const [j, n] of Object.entries(y.counts)) years[`${y.year}:${j}`] = n as number;
    expect(years).toEqual(expected.years);
    expect(Object.fromEntries(data.spans.map((s) => [`${s.startYear}-${s.endYear}:${s.jurisdiction}`, s.count]))).toEqual(expected.spans);
    expect(data.unknown).toEqual(expected.unknown);
    // No gaps: every year from the first span start to the last year is a row.
    expect(data.years.map((y) => y.year)).toEqual(Array.from({ length: 2021 - 2001 + 1 }, (_, i) => 2001 + i));
    // The proposal (2018–2019) is left out by default and counted on request.
    const withProposals = await getActionsOverTime(search({ proposals: true }), own.db);
    expect(withProposals.spans.find((s) => s.startYear === 2018)?.count).toBe(1);
    expect(data.spans.find((s) => s.startYear === 2018)).toBeUndefined();
  });

  it("links each year bar to exactly its actions in the table", async () => {
    const data = await getActionsOverTime(search(), own.db);
    let checked = 0;
    for (const y of data.years) {
      for (const [j, n] of Object.entries(y.counts)) {
        expect(await rowsBehind(linkToYear(search(), y.year, j as "US")), `${y.year} ${j}`).toBe(n);
        checked += 1;
      }
    }
    // US 2015, 2016, 2019; EU 2012, 2015, 2016, 2019, 2020; UN 2016.
    expect(checked).toBe(9);
  });

  it("links each span band, open-ended ones too, to exactly its actions in the table", async () => {
    for (const s of [search(), search({ proposals: true }), search({ ground: ["TERRORISM"] })]) {
      const { spans } = await getActionsOverTime(s, own.db);
      // Bush 2001–2009 (US), 2014–2017 (EU), the open start until 2021 (US), the proposal 2018–2019 on request.
      expect(spans.length).toBeGreaterThanOrEqual(s.ground.length ? 1 : 3);
      for (const span of spans) {
        const link = linkToSpan(s, span.startYear, span.endYear, span.jurisdiction);
        expect(await rowsBehind(link), link).toBe(span.count);
      }
    }
    // Overlapping the Bush years would let in the years' own actions and the open start too.
    expect(await rowsBehind(linkToSpan(search(), 2001, 2009, "US"))).toBe(1);
  });

  it("links each date-unknown count to exactly its actions, which chart alone with no date", async () => {
    const { unknown } = await getActionsOverTime(search(), own.db);
    const undated = visibleByDefault().filter((a) => a.precision === "UNKNOWN");
    expect(unknown).toEqual(tally(undated.map((a) => a.jurisdiction)));
    for (const [j, n] of Object.entries(unknown)) expect(await rowsBehind(linkToUndated(search(), j as "US")), j).toBe(n);
    const alone = await getActionsOverTime(search({ undated: true }), own.db);
    expect([alone.years, alone.spans, alone.unknown]).toEqual([[], [], unknown]);
    const figures = await getHeadlineFigures(search({ undated: true }), own.db);
    expect([figures.actions, figures.mostRecent]).toEqual([undated.length, null]);
  });

  it("applies the table's filters", async () => {
    const data = await getActionsOverTime(search({ jurisdiction: ["EU"] }), own.db);
    expect(data.jurisdictions).toEqual(["EU"]);
    expect(data.unknown).toEqual({ EU: 1 });
  });
});

describe("grounds by jurisdiction", () => {
  it("counts each stated ground once per action, per jurisdiction, and links to exactly those actions", async () => {
    const expected = tally(visibleByDefault().flatMap((a) => a.grounds.map((g) => `${g}:${a.jurisdiction}`)));
    const { counts, withoutGround } = await getGroundsByJurisdiction(search(), own.db);
    expect(Object.fromEntries(counts.map((c) => [`${c.ground}:${c.jurisdiction}`, c.count]))).toEqual(expected);
    expect(withoutGround).toBe(visibleByDefault().filter((a) => a.grounds.length === 0).length);
    for (const c of counts) expect(await rowsBehind(linkToGround(search(), c.ground, c.jurisdiction))).toBe(c.count);
  });

  it("with a ground filter, counts only the filtered grounds so the links stay exact", async () => {
    const filtered = search({ ground: ["TERRORISM"] });
    const { counts } = await getGroundsByJurisdiction(filtered, own.db);
    expect(new Set(counts.map((c) => c.ground))).toEqual(new Set(["TERRORISM"]));
    for (const c of counts) expect(await rowsBehind(linkToGround(filtered, c.ground, c.jurisdiction))).toBe(c.count);
  });
});

describe("legal instruments", () => {
  it("counts actions per instrument and those citing none", async () => {
    const expected = tally(visibleByDefault().flatMap((a) => a.instruments));
    const { counts, withoutInstrument } = await getInstrumentCounts(search(), own.db);
    expect(Object.fromEntries(counts.map((c) => [c.citation, c.count]))).toEqual(expected);
    expect(withoutInstrument).toBe(visibleByDefault().filter((a) => a.instruments.length === 0).length);
    for (const c of counts) expect(await rowsBehind(linkToInstrument(search(), c.id))).toBe(c.count);
  });
});

describe("most-sanctioned targets", () => {
  it("counts actions per target directly", async () => {
    const expected = tally(visibleByDefault().flatMap((a) => a.targets));
    const top = await getTopTargets(search(), own.db);
    expect(Object.fromEntries(top.map((t) => [t.name.replace("Target ", ""), t.count]))).toEqual(expected);
    for (const t of top) expect(await rowsBehind(linkToTarget(search(), t.id))).toBe(t.count);
  });

  it("with related, counts units and officials under their top parent, each action once", async () => {
    const parentOf = new Map<string, string>(FIXTURE_RELATIONS.map((r) => [r.from, r.to]));
    const root = (t: string): string => (parentOf.has(t) ? root(parentOf.get(t) as string) : t);
    const expected = tally(visibleByDefault().flatMap((a) => [...new Set(a.targets.map(root))]));
    const rolled = search({ related: true });
    const top = await getTopTargets(rolled, own.db);
    expect(Object.fromEntries(top.map((t) => [t.name.replace("Target ", ""), t.count]))).toEqual(expected);
    expect(expected.org).toBe(8);
    for (const t of top) expect(await rowsBehind(linkToTarget(rolled, t.id))).toBe(t.count);
  });

  it("with a target filter, shows the filtered targets only", async () => {
    const filtered = search({ target: [ids.targets.unit], related: true });
    const top = await getTopTargets(filtered, own.db);
    expect(top.map((t) => t.id)).toEqual([ids.targets.unit]);
    expect(top[0].count).toBe(await rowsBehind(linkToTarget(filtered, ids.targets.unit)));
  });
});

describe("headline figures", () => {
  it("agrees with counts over the same rows", async () => {
    const visible = visibleByDefault();
    const figures = await getHeadlineFigures(search(), own.db);
    expect(figures).toMatchObject({
      actions: visible.length,
      inForce: visible.filter((a) => a.status === "IN_FORCE").length,
      targets: new Set(visible.flatMap((a) => a.targets)).size,
      jurisdictions: new Set(visible.map((a) => a.jurisdiction)).size,
      proposalsPending: FIXTURE_ACTIONS.filter((a) => a.kind === "PROPOSAL" && a.status === "PROPOSED").length,
    });
    expect((await getHeadlineFigures(search({ jurisdiction: ["UN"] }), own.db)).proposalsPending).toBe(0);
  });

  it("names as most recent the action with the latest known start, an open start only when no start is known", async () => {
    const recent = async (s: Partial<ActionSearch>) => (await getHeadlineFigures(search(s), own.db)).mostRecent?.summary;
    // "by September 2021" (us-open-start) ends last, but may be older than eu-day-echo (2 February 2020).
    expect(await recent({})).toBe("eu-day-echo");
    expect(await recent({ jurisdiction: ["US"] })).toBe("us-day-xray");
    expect(await recent({ to: "2010", jurisdiction: ["US"] })).toBe("us-span-bush");
    expect(await recent({ target: [ids.targets.loner] })).toBe("un-day-2016");
    expect(await recent({ q: "Target loner", proposals: true })).toBe("us-proposal");
    // Nothing with a known start matches: the open start, which the headline shows as "by Sep 2021".
    for (const only of [{ jurisdiction: ["US" as const], from: "2021" }, { target: [ids.targets.loner], jurisdiction: ["US" as const] },
      { q: "us-open-start" }]) {
      expect(await recent(only), JSON.stringify(only)).toBe("us-open-start");
    }
    expect(await recent({ jurisdiction: ["EU"], ground: ["HUMAN_RIGHTS"], to: "2011" })).toBeUndefined();
  });
});

describe("one ground filter, answered from the per-ground cells", () => {
  // A ground listed twice means the same "any of" but is not a cell search: it reads the actions.
  const overview = (s: ActionSearch) => Promise.all([getHeadlineFigures(s, own.db), getActionsOverTime(s, own.db),
    getGroundsByJurisdiction(s, own.db), getInstrumentCounts(s, own.db), getTopTargets(s, own.db)]);

  it("gives every chart and figure exactly what the actions give", async () => {
    for (const ground of ["TERRORISM", "HUMAN_RIGHTS", "CYBER", "PROLIFERATION"] as const) {
      for (const extra of [{}, { jurisdiction: ["EU" as const] }, { status: ["IN_FORCE" as const] }, { proposals: true }]) {
        const fromCells = await overview(search({ ground: [ground], ...extra }));
        expect(fromCells, `${ground} ${JSON.stringify(extra)}`).toEqual(await overview(search({ ground: [ground, ground], ...extra })));
      }
    }
    const [figures] = await overview(search({ ground: ["HUMAN_RIGHTS"] }));
    expect(figures.actions).toBe(visibleByDefault().filter((a) => a.grounds.includes("HUMAN_RIGHTS")).length);
  });
});

describe("every filter, from cells where they can answer", () => {
  const overview = (s: ActionSearch) => Promise.all([getHeadlineFigures(s, own.db), getActionsOverTime(s, own.db),
    getGroundsByJurisdiction(s, own.db), getInstrumentCounts(s, own.db), getTopTargets(s, own.db)]);
  // Every fixture action names a target "Target …", so this text keeps every action but makes
  // each chart aggregate the actions themselves: the independent count.
  const fromActions = (s: ActionSearch) => overview({ ...s, q: "target" });

  it("gives every chart and figure exactly what the actions give", async () => {
    const authority = (await own.db.authority.findFirstOrThrow({ where: { jurisdiction: "EU" } })).id;
    const searches: Partial<ActionSearch>[] = [
      {},
      { ground: ["CYBER", "HUMAN_RIGHTS"] },
      { ground: ["TERRORISM", "PROLIFERATION"], jurisdiction: ["US"] },
      { ground: ["CYBER", "TERRORISM"], status: ["IN_FORCE"] },
      { kind: ["DESIGNATION"], status: ["IN_FORCE", "LIFTED"] },
      { status: ["LIFTED"] },
      { jurisdiction: ["US", "EU"], status: ["IN_FORCE"] },
      { authority: [authority] },
      { authority: [authority], ground: ["HUMAN_RIGHTS", "CYBER"] },
      { proposals: true, ground: ["TERRORISM", "HUMAN_RIGHTS"] },
      { from: "2015", to: "2016" },
      { from: "2015", to: "2016", within: true },
      { from: "2012-03-15", to: "2019-07-01" },
      { from: "2015-03-11", to: "2016-05-15" },
      { from: "2015-03-11", to: "2016-05-15", within: true },
      { from: "2015-04", ground: ["HUMAN_RIGHTS", "TERRORISM"] },
      { to: "2016-05-31", status: ["IN_FORCE"] },
      { from: "2009-01-20", to: "2021-09-30", jurisdiction: ["US"] },
      { to: "2016" },
      { from: "1960", to: "2016" },
      { from: "2016", to: "2019", authority: [authority] },
      { jurisdiction: ["US", "EU"], ground: ["CYBER"] },
      { jurisdiction: ["US", "UN"], authority: [authority] },
      { related: true },
      { ground: ["HUMAN_RIGHTS"], related: true },
      { ground: ["HUMAN_RIGHTS", "TERRORISM"], related: true, jurisdiction: ["US"] },
      { status: ["IN_FORCE"], related: true, from: "2015" },
      // One kind, one year: their own per-target counts, exact alone and a bound with other filters.
      { kind: ["DELISTING"] },
      { kind: ["DESIGNATION"], jurisdiction: ["EU"] },
      { kind: ["DESIGNATION"], ground: ["HUMAN_RIGHTS", "TERRORISM"] },
      { from: "2015", to: "2015" },
      { from: "2016", to: "2016", jurisdiction: ["EU"] },
      { from: "2016-02-01", to: "2016-08-31" },
      { from: "2015", to: "2015", kind: ["DESIGNATION"], related: true },
      // Instrument year sums: open ends, partial first and last years, years outside the sums.
      { from: "2015-03-11" },
      { to: "2014-12-31", jurisdiction: ["US"] },
      { from: "2008-06-15", to: "2017-01-31", status: ["IN_FORCE"] },
      { from: "1965-05-01", to: "2016" },
      { to: "2040-06-30" },
      // Days whose whole year holds a target (xray) with no action inside them: counted out.
      { from: "2019-01-02", to: "2019-02-28" },
      { from: "2019-01-02", to: "2019-02-28", jurisdiction: ["EU"] },
      // Days over two years or more, counted from the targets' year rows: org's last 2015 action
      // is 1 April, xray's first 2019 one 1 January, echo's first 2020 one 2 February, loner's
      // open start ends 30 September 2021 (in on the day, out a day later).
      { from: "2015-04-01", to: "2018-12-31" },
      { from: "2015-04-02", to: "2018-12-31" },
      { from: "2015-03-11", to: "2019-01-01" },
      { from: "2019-01-02", to: "2020-02-01" },
      { from: "2021-09-30" },
      { from: "2021-10-01" },
      { to: "2012-06-30" },
      // A date's own start and end, as the timeline's bands link to them: whole years from the cells, else the actions.
      { from: "2001", to: "2009", exact: true },
      { to: "2021", exact: true },
      { from: "2014", to: "2017", exact: true, jurisdiction: ["EU"] },
      { from: "2015", to: "2015", exact: true, status: ["IN_FORCE"] },
      { from: "2014-06", to: "2017-02", exact: true },
      { from: "2015-03-10", to: "2015-03-10", exact: true, within: true },
      // No date at all, read from its partial index.
      { undated: true },
      { undated: true, jurisdiction: ["EU"], related: true },
      { undated: true, proposals: true },
    ];
    expect((await getHeadlineFigures(search({ q: "target" }), own.db)).actions).toBe(visibleByDefault().length);
    for (const extra of searches) {
      expect(await overview(search(extra)), JSON.stringify(extra)).toEqual(await fromActions(search(extra)));
    }
    // A target filter reads the targets' actions ("ChartTargetAction"), alone or with others, rolled up or not.
    for (const target of [[ids.targets.org], [ids.targets.unit, ids.targets.loner], [ids.targets.xray]]) {
      for (const extra of [{}, { related: true }, { status: ["IN_FORCE" as const] }, { proposals: true, related: true },
        { from: "2015-03-11", to: "2019-12-31" }, { ground: ["HUMAN_RIGHTS" as const, "CYBER" as const] }, { undated: true }]) {
        const s = search({ target, ...extra });
        expect(await overview(s), JSON.stringify({ target, ...extra })).toEqual(await fromActions(s));
      }
    }
    // A range of days leaves out what its whole years would let in (us-day-2015, 10 March).
    const [days] = await overview(search({ from: "2015-03-11", to: "2015-12-31" }));
    const overlapping = visibleByDefault().filter((a) => a.precision !== "UNKNOWN" && (a.end ?? "9999") >= "2015-03-11" && (a.start ?? "0000") <= "2015-12-31");
    expect(overlapping.map((a) => a.slug)).not.toContain("us-day-2015");
    expect(days.actions).toBe(overlapping.length);
  });
});

describe("a text search, matched once for every chart", () => {
  const overview = (s: ActionSearch, db = own.db) => Promise.all([getHeadlineFigures(s, db), getActionsOverTime(s, db),
    getGroundsByJurisdiction(s, db), getInstrumentCounts(s, db), getTopTargets(s, db)]);
  // Each action's search text holds its targets' names, so "target loner" matches the loner's actions.
  const loners = (proposals: boolean) => FIXTURE_ACTIONS.filter((a) => a.targets.includes("loner") && (proposals || a.kind !== "PROPOSAL"));

  it("counts exactly the matched actions, proposals only when asked for", async () => {
    for (const proposals of [false, true]) {
      const [figures, , grounds, instruments, targets] = await overview(search({ q: "Target loner", proposals }));
      const matched = loners(proposals);
      expect(figures.actions).toBe(matched.length);
      expect(figures.inForce).toBe(matched.filter((a) => a.status === "IN_FORCE").length);
      expect(figures.proposalsPending).toBe(loners(true).filter((a) => a.kind === "PROPOSAL").length);
      expect(figures.targets).toBe(new Set(matched.flatMap((a) => a.targets)).size);
      expect(figures.mostRecent?.summary).toBe(matched.filter((a) => a.start).sort((x, y) => (y.start ?? "").localeCompare(x.start ?? ""))[0].slug);
      expect(grounds.withoutGround).toBe(matched.filter((a) => a.grounds.length === 0).length);
      expect(instruments.withoutInstrument).toBe(matched.filter((a) => a.instruments.length === 0).length);
      expect(targets.map((t) => [t.name, t.count])).toEqual([["Target loner", matched.length]]);
    }
    // Every other filter still applies to the matched actions.
    const [us] = await overview(search({ q: "Target loner", jurisdiction: ["US"], proposals: true }));
    expect(us.actions).toBe(loners(true).filter((a) => a.jurisdiction === "US").length);
  });

  it("runs the trigram match once for the figures and the four charts, and the spellings lookup once with the table too", async () => {
    const recording = new PrismaClient({ adapter: new PrismaPg({ connectionString: own.url }), log: [{ emit: "event", level: "query" }] });
    const statements: string[] = [];
    recording.$on("query", (event) => statements.push(event.query));
    try {
      // As the home page asks for them: the charts and the table at the same moment.
      const [[shared], page] = await Promise.all([overview(search({ q: "Target loner" }), recording), listActions(search({ q: "Target loner" }), recording)]);
      expect(shared.actions).toBe(loners(false).length);
      expect(page.total.value).toBe(loners(false).length);
      // The table's own two: its page of ids and its bounded count (lib/actions/list-actions.ts).
      const table = (sql: string) => sql.includes("unnest(ARRAY(SELECT a.id") || sql.includes("SELECT count(*)::int AS n FROM (SELECT a.id");
      const charts = statements.filter((sql) => !table(sql));
      expect(charts.filter((sql) => sql.includes(`"searchText" LIKE`) && !sql.includes("EXPLAIN"))).toHaveLength(1);
      // The text's other spellings (lib/actions/text-spellings.ts), for the charts and the table.
      expect(statements.filter((sql) => sql.includes(`"skeletonKey"`))).toHaveLength(1);
    } finally {
      await recording.$disconnect();
    }
  });
});
