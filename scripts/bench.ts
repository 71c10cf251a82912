// `npm run bench -- [--runs 30] [--database sanctions_synthetic] [--only <text>]`: the
// explorer's and the charts' queries against the synthetic database (see `npm run synthetic`), p50/p95
// through the app's query layer beside PostgreSQL's own time for the same SQL.
import os from "node:os";
import { parseArgs } from "node:util";
import { createPgPool } from "../lib/db/pg-pool";
import { allowServerShutdown } from "./bench/bench-timing";
import { runChartsBench } from "./bench/charts-bench";
import { type BenchResult, runExplorerBench } from "./bench/explorer-bench";
import { startSyntheticServer } from "./synthetic/synthetic-server";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    "export-runs": { type: "string", default: "5" },
    database: { type: "string", default: "sanctions_synthetic" },
    only: { type: "string" },
  },
});

const server = await startSyntheticServer(values.database);
const pool = allowServerShutdown(createPgPool(server.url));
try {
  const facts = await pool.query<{ version: string; actions: number; targets: number; aliases: number }>(
    `SELECT current_setting('server_version') AS version, (SELECT count(*)::int FROM "SanctionAction") AS actions,
       (SELECT count(*)::int FROM "Target") AS targets, (SELECT count(*)::int FROM "TargetAlias") AS aliases`);
  const { version, actions, targets, aliases } = facts.rows[0];
  if (actions === 0) throw new Error(`${values.database} holds no actions; run \`npm run synthetic\` first.`);
  console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM; PostgreSQL ${version}; Node ${process.version}`);
  console.log(`Dataset: ${actions.toLocaleString("en")} actions, ${targets.toLocaleString("en")} targets, ${aliases.toLocaleString("en")} aliases`);
  console.log(`Load average when starting (1/5/15 min): ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
  console.log(`Runs: ${values.runs} per query (export: ${values["export-runs"]}), after warm-up; times in ms\n`);
  console.log(row(["query", "app p50", "app p95", "SQL p50", "SQL p95", "p95 ratio", "result"]));
  const only = values.only?.toLowerCase();
  const report = (r: BenchResult) =>
    console.log(row([r.name, ms(r.app.p50), ms(r.app.p95), ms(r.sql.p50), ms(r.sql.p95), `${(r.app.p95 / r.sql.p95).toFixed(2)}×`, r.detail]));
  const wanted = only ? (name: string) => name.toLowerCase().includes(only) : undefined;
  await runExplorerBench({
    url: server.url,
    pool,
    runs: Number(values.runs),
    exportRuns: Number(values["export-runs"]),
    only: wanted,
    log: report,
  });
  await runChartsBench({ url: server.url, pool, runs: Number(values.runs), only: wanted, log: report });
} finally {
  await pool.end();
  await server.stop();
}

function ms(value: number) {
  return value.toFixed(1);
}

function row(cells: string[]) {
  return `| ${cells.join(" | ")} |`;
}
