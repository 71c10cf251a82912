// Free text finds the actions of targets it names under another spelling, as the type-ahead
// does, in the table, the API, the export and the charts alike (shared seeded database; reads only).
import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { listActions } from "../../lib/actions/list-actions";
import { type ActionSearch, DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { getHeadlineFigures } from "../../lib/charts/charts-headline";
import { getTopTargets } from "../../lib/charts/charts-targets";
import { getActionsOverTime } from "../../lib/charts/charts-over-time";
import { getGroundsByJurisdiction } from "../../lib/charts/charts-grounds";
import { getInstrumentCounts } from "../../lib/charts/charts-instruments";
import { lookUpSpelledTargets } from "../../lib/actions/text-spellings";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();
const search = (overrides: Partial<ActionSearch>): ActionSearch => ({ ...DEFAULT_ACTION_SEARCH, proposals: true, perPage: 100, ...overrides });
const ids = async (overrides: Partial<ActionSearch>) => (await listActions(search(overrides), db)).rows.map((r) => r.id).sort();
const targetId = async (slug: string) => (await db.target.findUniqueOrThrow({ where: { slug } })).id;

describe("free text under another spelling", () => {
  it.each([
    // MOIS is "Vezarat-e Ettela’at va Amniat-e Keshvar"; no text of the dataset holds "Etelaat".
    ["Etelaat", "mois"],
    ["Soleimany", "qasem-soleimani"],
    ["Ghasem Suleymani", "qasem-soleimani"],
    ["Soleimany Qasem", "qasem-soleimani"],
  ])("finds %j: the actions against its target", async (q, slug) => {
    const expected = await ids({ target: [await targetId(slug)] });
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids({ q })).toEqual(expected);
  });

  it("reads a plural as the singular name: \"Revolutionary Guards\" finds the Revolutionary Guard Corps' actions", async () => {
    const expected = await ids({ target: [await targetId("irgc"), await targetId("quds-force")] });
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids({ q: "Revolutionary Guards" })).toEqual(expected);
    expect(await ids({ q: "Revolutionary Guard" })).toEqual(expected);
  });

  it("reads letters joined by dots as one word: \"US Treasury\" is \"U.S. Treasury\", \"I.R.G.C.\" is \"IRGC\"", async () => {
    const usTreasury = await ids({ q: "U.S. Treasury" });
    expect(usTreasury.length).toBeGreaterThan(0);
    expect(await ids({ q: "US Treasury" })).toEqual(usTreasury);
    const irgc = await ids({ q: "IRGC" });
    expect(irgc.length).toBeGreaterThan(0);
    expect(await ids({ q: "I.R.G.C." })).toEqual(irgc);
  });

  it("keeps the text as typed, and needs every word of a name to match", async () => {
    expect(await ids({ q: "Ettela'at" })).toEqual(await ids({ target: [await targetId("mois")] }));
    expect(await ids({ q: "Soleimany Hezbollah" })).toEqual([]);
    // A two-letter skeleton (MOIS, Moys: "ms") names too many things to fold on its own; beside a longer word it must match too.
    expect(await ids({ q: "Moys" })).toEqual([]);
    expect(await ids({ q: "Moys ministers" })).toEqual(await ids({ target: [await targetId("two-previous-mois-ministers")] }));
  });

  it("gives the charts the table's count", async () => {
    for (const q of ["Etelaat", "Soleimany"]) {
      const page = await listActions(search({ q, proposals: false }), db);
      const figures = await getHeadlineFigures(search({ q, proposals: false }), db);
      expect(figures.actions, q).toBe(page.total.value);
      const top = await getTopTargets(search({ q, proposals: false }), db);
      expect(top.map((t) => t.name), q).toContain(q === "Etelaat" ? "Ministry of Intelligence and Security" : "Qasem Soleimani");
    }
  });

  // A large match (past MAX_SHARED_MATCHES) is read by each chart from the spelled targets'
  // entries in "ChartTargetAction" and the text's own rows; a small one is shared as ids. A search
  // that already carries its spelled targets skips the sharing, so the seeded rows test both.
  it.each(["Etelaat", "Soleimany"])("charts %j alike whether its matches are shared as ids or read by target", async (q) => {
    const parts = [getHeadlineFigures, getActionsOverTime, getGroundsByJurisdiction, getInstrumentCounts, getTopTargets] as const;
    const [mois, irgc] = [await targetId("mois"), await targetId("irgc")];
    const instrument = await db.actionInstrument.findFirstOrThrow({ orderBy: { actionId: "asc" } });
    const authority = await db.sanctionAction.findFirstOrThrow({ where: { jurisdiction: "US" }, orderBy: { id: "asc" } });
    const filters: Partial<ActionSearch>[] = [
      {}, { proposals: true }, { jurisdiction: ["US"] }, { kind: ["DESIGNATION"] }, { status: ["IN_FORCE"] },
      { authority: [authority.authorityId] }, { instrument: [instrument.instrumentId] }, { from: "2007", to: "2019" },
      { from: "2012-03-01", to: "2019-07-01" }, { from: "2008", to: "2012", within: true }, { from: "2012", to: "2012", exact: true },
      { ground: ["TERRORISM", "HUMAN_RIGHTS"] }, { related: true }, { target: [mois, irgc] }, { target: [irgc], related: true },
    ];
    const spelledTargets = await lookUpSpelledTargets(q, db);
    expect(spelledTargets.length).toBeGreaterThan(0);
    for (const overrides of filters) {
      const shared = search({ q, proposals: false, ...overrides });
      const byTarget = { ...shared, spelledTargets };
      for (const part of parts) expect(await part(byTarget, db), `${part.name} ${JSON.stringify(overrides)}`).toEqual(await part(shared, db));
      const figures = await getHeadlineFigures(byTarget, db);
      expect(figures.actions, JSON.stringify(overrides)).toBe((await listActions(shared, db)).total.value);
    }
    expect((await getHeadlineFigures({ ...search({ q, proposals: false }), spelledTargets }, db)).actions).toBeGreaterThan(0);
  });

  it("answers the same over the API and in the export", async () => {
    const expected = await ids({ q: "Soleimany", proposals: false });
    const api = await (await fetch(`${inject("appBaseUrl")}/api/actions?q=Soleimany&perPage=100`)).json();
    expect(api.data.map((a: { id: number }) => a.id).sort()).toEqual(expected);
    const csv = await (await fetch(`${inject("appBaseUrl")}/api/actions/export?format=csv&q=Soleimany`)).text();
    const rows = parse(csv, { bom: true, columns: true }) as { id: string }[];
    expect(rows.map((r) => Number(r.id)).sort()).toEqual(expected);
  });
});
