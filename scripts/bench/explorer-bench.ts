// The explorer's representative queries, each timed through the app's query layer and
// compared with PostgreSQL's own time for the same SQL.
import type pg from "pg";
import { actionWhere } from "../../lib/actions/action-filters";
import { actionExportQuery, streamActionExport } from "../../lib/actions/export-actions";
import { Prisma } from "../../lib/generated/prisma/client";
import { listActions } from "../../lib/actions/list-actions";
import { type ActionSearch, DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { searchTargets } from "../../lib/targets/search-targets";
import { createRecordingDb, percentiles, type Percentiles, serverTime, serverTimeOfAll, type SqlStatement, timeRuns } from "./bench-timing";

export interface BenchResult {
  name: string;
  app: Percentiles;
  sql: Percentiles;
  /** What one run returned, e.g. "25 of 970,123 (estimate)". */
  detail: string;
}

interface BenchOptions {
  url: string;
  pool: pg.Pool;
  runs: number;
  exportRuns: number;
  /** Whether a case is wanted (by name); all by default. */
  only?: (name: string) => boolean;
  log?: (result: BenchResult) => void;
}

const TYPE_AHEAD = ["suleimani", "mohseni ejehi", "qods trading", "ghasem asadi", "esmail", "zolqadr 1448", "behsazan", "hosein"];

export async function runExplorerBench({ url, pool, runs, exportRuns, only = () => true, log = () => {} }: BenchOptions) {
  const { db, record, close } = createRecordingDb(url);
  const client = await pool.connect();
  const results: BenchResult[] = [];
  const add = (result: BenchResult) => {
    results.push(result);
    log(result);
  };
  const search = (overrides: Partial<ActionSearch>): ActionSearch => ({ ...DEFAULT_ACTION_SEARCH, ...overrides });
  const popularTarget = (await client.query<{ id: number }>(
    `SELECT "targetId" AS id FROM "ActionTarget" GROUP BY "targetId" ORDER BY count(*) DESC LIMIT 1 OFFSET 50`)).rows[0]?.id ?? 1;

  const pages: [string, ActionSearch][] = [
    ["default page (date desc)", search({})],
    ["sort by date asc", search({ sort: "date", dir: "asc" })],
    ["sort by targets asc", search({ sort: "targets", dir: "asc" })],
    ["jurisdiction EU + ground human rights", search({ jurisdiction: ["EU"], ground: ["HUMAN_RIGHTS"] })],
    ["filter by one target", search({ target: [popularTarget] })],
    ["free text, rare (\"zolghadr 1448\")", search({ q: "zolghadr 1448" })],
    ["free text, common (\"hizballah\")", search({ q: "hizballah" })],
    ["free text, another spelling (\"Soleimany\")", search({ q: "Soleimany" })],
    ["date range 2015–2016", search({ from: "2015", to: "2016" })],
    ["date unknown", search({ undated: true })],
    ["date unknown, sort by jurisdiction", search({ undated: true, sort: "jurisdiction", dir: "asc" })],
    ["deep page 5,000", search({ page: 5000 })],
  ];

  try {
    if (only("round trip")) {
      // The floor under every row below: one trivial statement through Prisma, and PostgreSQL's own time for it.
      const trivial = () => db.$queryRaw`SELECT 1`;
      const app = await timeRuns(trivial, runs);
      const statements = await record(trivial);
      const sql: number[] = [];
      await timeRuns(async () => void sql.push(await serverTimeOfAll(client, statements)), runs, 0);
      add({ name: "round trip (SELECT 1)", app: percentiles(app), sql: percentiles(sql), detail: "Prisma's fixed cost per statement" });
    }
    for (const [name, s] of pages) {
      if (!only(name)) continue;
      let page: Awaited<ReturnType<typeof listActions>> | undefined;
      const app = await timeRuns(async () => (page = await listActions(s, db)), runs);
      const statements = await record(() => listActions(s, db));
      const sql: number[] = [];
      await timeRuns(async () => void sql.push(await serverTimeOfAll(client, statements)), runs, 0);
      add({
        name,
        app: percentiles(app),
        sql: percentiles(sql),
        detail: `${page!.rows.length} rows of ${page!.total.value.toLocaleString("en")}${page!.total.exact ? "" : " (estimate)"}; ${statements.length} statements`,
      });
    }

    if (only("target type-ahead")) {
      let matches = 0;
      const app = await timeRuns(async (i) => (matches += (await searchTargets(TYPE_AHEAD[i % TYPE_AHEAD.length], 10, db)).length), runs);
      const statements: SqlStatement[][] = [];
      for (const q of TYPE_AHEAD) statements.push(await record(() => searchTargets(q, 10, db)));
      const sqlTimes: number[] = [];
      await timeRuns(async (i) => void sqlTimes.push(await serverTimeOfAll(client, statements[i % statements.length])), runs, 0);
      add({ name: "target type-ahead", app: percentiles(app), sql: percentiles(sqlTimes), detail: `${TYPE_AHEAD.length} queries in turn, ≤10 matches each` });
    }

    if (only("export 50,000 rows")) {
      const exportSearch = await searchMatching(client, 50_000);
      let bytes = 0;
      let lines = 0;
      const app = await timeRuns(async () => {
        bytes = lines = 0;
        for await (const chunk of streamActionExport(exportSearch, pool, { format: "csv", origin: "http://localhost" })) {
          bytes += chunk.length;
          lines += chunk.split("\r\n").length - 1;
        }
      }, exportRuns, 1);
      const query = actionExportQuery(exportSearch);
      const sql: number[] = [];
      await timeRuns(async () => void sql.push(await serverTime(client, { text: query.text, values: query.values })), exportRuns, 0);
      add({ name: "export 50,000 rows (CSV)", app: percentiles(app), sql: percentiles(sql), detail: `${(lines - 1).toLocaleString("en")} rows (${describeSearch(exportSearch)}), ${(bytes / 1e6).toFixed(1)} MB` });
    }
  } finally {
    client.release();
    await close();
  }
  return results;
}

/** The shortest run of latest months whose matching actions (by the explorer's filter) reach `rows`. */
async function searchMatching(client: pg.PoolClient, rows: number): Promise<ActionSearch> {
  const { rows: [{ last }] } = await client.query<{ last: string }>(`SELECT to_char(max("sortDate"), 'YYYY-MM') AS last FROM "SanctionAction"`);
  const [year, month] = last.split("-").map(Number);
  for (let back = 0; back < 600; back++) {
    const start = new Date(Date.UTC(year, month - 1 - back, 1)).toISOString().slice(0, 7);
    const search = { ...DEFAULT_ACTION_SEARCH, from: start, to: last };
    const count = Prisma.sql`SELECT count(*)::int AS n FROM "SanctionAction" a WHERE ${actionWhere(search)}`;
    const { rows: [{ n }] } = await client.query<{ n: number }>(count.text, count.values);
    if (n >= rows) return search;
  }
  return DEFAULT_ACTION_SEARCH;
}

const describeSearch = (s: ActionSearch) => `from=${s.from}&to=${s.to}`;
