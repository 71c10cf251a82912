// The overview's aggregates and the comparison, timed through the app's query functions and
// compared with PostgreSQL's own time for the same SQL (statements summed; the app runs some
// of them in parallel).
import type pg from "pg";
import { type ActionSearch, DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { getGroundsByJurisdiction } from "../../lib/charts/charts-grounds";
import { getHeadlineFigures } from "../../lib/charts/charts-headline";
import { getInstrumentCounts } from "../../lib/charts/charts-instruments";
import { getActionsOverTime } from "../../lib/charts/charts-over-time";
import { getTopTargets } from "../../lib/charts/charts-targets";
import { getCoverage } from "../../lib/compare/compare-coverage";
import { compareGrounds } from "../../lib/compare/compare-grounds";
import { compareTargets } from "../../lib/compare/compare-targets";
import type { Db } from "../../lib/db/client";
import type { BenchResult } from "./explorer-bench";
import { createRecordingDb, percentiles, serverTimeOfAll, timeRuns } from "./bench-timing";
import { DEFAULT_COMPARE_SEARCH } from "../../lib/compare/compare-search";
import { streamCompareCsv } from "../../lib/compare/compare-csv";

interface ChartsBenchOptions {
  url: string;
  pool: pg.Pool;
  runs: number;
  only?: (name: string) => boolean;
  log?: (result: BenchResult) => void;
}

const search = (overrides: Partial<ActionSearch> = {}): ActionSearch => ({ ...DEFAULT_ACTION_SEARCH, ...overrides });

/** The figures and the four charts of the overview, each streamed into the page on its own. */
const OVERVIEW_PARTS: [string, (s: ActionSearch, db: Db) => Promise<unknown>][] = [
  ["figures", getHeadlineFigures], ["over time", getActionsOverTime], ["grounds", getGroundsByJurisdiction],
  ["instruments", getInstrumentCounts], ["targets", getTopTargets],
];

/** One overview URL: all its parts at once, as the page asks for them. */
const overview = (s: ActionSearch): Work => Object.assign(
  (db: Db) => Promise.all(OVERVIEW_PARTS.map(([, part]) => part(s, db))),
  { parts: OVERVIEW_PARTS.map(([name, part]) => [name, (db: Db) => part(s, db)] as const) },
);

/** A case's work; an overview also times each of its parts alone, which is how each answers in the page. */
type Work = ((db: Db) => Promise<unknown>) & { parts?: (readonly [string, (db: Db) => Promise<unknown>])[] };

const US_EU = { ...DEFAULT_COMPARE_SEARCH, a: "US", b: "EU" } as const;

/** The comparison page's queries (it shows 100 targets). */
const comparison = (db: Db) =>
  Promise.all([compareTargets(US_EU, 100, db), compareGrounds(US_EU, db), getCoverage("US", db), getCoverage("EU", db)]);

/** The CSV route's work (up to 50,000 targets, 200 then 2,000 a query): to its first rows (after the header), or all. */
const csvExport = (firstRowsOnly: boolean) => async (db: Db) => {
  let chunks = 0;
  for await (const _chunk of streamCompareCsv(US_EU, db)) if (firstRowsOnly && ++chunks === 2) break;
};

/** Cases named with the runs they take when fewer than the bench's (a slow case's EXPLAIN ANALYZE of every statement takes seconds a run). */
const CASES: [string, Work, { runs?: number }?][] = [
  ["chart: headline figures", (db) => getHeadlineFigures(search(), db)],
  ["chart: actions over time", (db) => getActionsOverTime(search(), db)],
  ["chart: grounds by jurisdiction", (db) => getGroundsByJurisdiction(search(), db)],
  ["chart: legal instruments", (db) => getInstrumentCounts(search(), db)],
  ["chart: most-sanctioned targets", (db) => getTopTargets(search(), db)],
  ["chart: targets rolled up under parents", (db) => getTopTargets(search({ related: true }), db)],
  ["overview page, jurisdiction EU", overview(search({ jurisdiction: ["EU"] }))],
  ["overview page, status in force", overview(search({ status: ["IN_FORCE"] }))],
  ["compare: US vs EU page", comparison],
  ["compare: CSV export, first bytes (first 200 targets)", csvExport(true)],
  ["compare: CSV export, all targets", csvExport(false)],
  ["overview page, ground cyber", overview(search({ ground: ["CYBER"] }))],
  ["overview page, ground cyber, targets rolled up", overview(search({ ground: ["CYBER"], related: true }))],
  ["overview page, grounds cyber or terrorism", overview(search({ ground: ["CYBER", "TERRORISM"] }))],
  ["overview page, year 2015", overview(search({ from: "2015", to: "2015" }))],
  // Every other filter the table offers. Synthetic ids: target 1 is the most-sanctioned (MOIS-like,
  // thousands of actions, ~19k with its units and officials), 5118 an ordinary one (27, 40 rolled up),
  // authority 4 the EU Council (~194k actions), instrument 642 the most-cited (730 actions).
  ["overview page, grounds cyber, terrorism or human rights", overview(search({ ground: ["CYBER", "TERRORISM", "HUMAN_RIGHTS"] }))],
  ["overview page, status in force and kind designation", overview(search({ status: ["IN_FORCE"], kind: ["DESIGNATION"] }))],
  ["overview page, kind delisting", overview(search({ kind: ["DELISTING"] }))],
  ["overview page, authority EU Council", overview(search({ authority: [4] }))],
  ["overview page, instrument (most cited)", overview(search({ instrument: [642] }))],
  ["overview page, popular target", overview(search({ target: [1] }))],
  ["overview page, popular target with related", overview(search({ target: [1], related: true }))],
  ["overview page, ordinary target", overview(search({ target: [5118] }))],
  ["overview page, ordinary target with related", overview(search({ target: [5118], related: true }))],
  ["overview page, date unknown", overview(search({ undated: true }))],
  ["overview page, date unknown, jurisdiction EU", overview(search({ undated: true, jurisdiction: ["EU"] }))],
  ["overview page, years 2012 to 2016", overview(search({ from: "2012", to: "2016" }))],
  ["overview page, days 2012-03-15 to 2019-07-01", overview(search({ from: "2012-03-15", to: "2019-07-01" }))],
  ["overview page, text \"Shamkhani\"", overview(search({ q: "Shamkhani" }))],
  ["overview page, text \"Kish Headquarters 5118\"", overview(search({ q: "Kish Headquarters 5118" }))],
  ["overview page, text under another spelling \"Soleimany\"", overview(search({ q: "Soleimany" }))],
  // A third of all actions: no pre-aggregate answers a text, so each chart reads every match.
  ["overview page, common text \"hizballah\"", overview(search({ q: "hizballah" })), { runs: 5 }],
];

export async function runChartsBench({ url, pool, runs, only = () => true, log = () => {} }: ChartsBenchOptions) {
  const { db, record, close } = createRecordingDb(url);
  const client = await pool.connect();
  try {
    for (const [name, work, options] of CASES) {
      if (!only(name)) continue;
      const caseRuns = Math.min(runs, options?.runs ?? runs);
      const app = await timeRuns(() => work(db), caseRuns);
      const statements = await record(() => work(db));
      const sql: number[] = [];
      await timeRuns(async () => void sql.push(await serverTimeOfAll(client, statements)), caseRuns, 0);
      const parts: string[] = [];
      for (const [part, partWork] of work.parts ?? []) {
        parts.push(`${part} ${percentiles(await timeRuns(() => partWork(db), caseRuns)).p95.toFixed(0)}`);
      }
      const alone = parts.length ? `; each alone, app p95: ${parts.join(", ")}` : "";
      const fewer = caseRuns < runs ? `; ${caseRuns} runs` : "";
      log({ name, app: percentiles(app), sql: percentiles(sql), detail: `${statements.length} statements${alone}${fewer}` });
    }
  } finally {
    client.release();
    await close();
  }
}
