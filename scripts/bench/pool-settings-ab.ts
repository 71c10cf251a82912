// `npm run bench:pool` — the two pool settings of lib/db/pool-config.ts, each against PostgreSQL's
// and pg's defaults on the synthetic database, interleaved so that both arms share the machine's
// drift: parallel query off (each overview part alone, app p50/p95), and idle connections kept
// (the whole overview after 12 s without a query, pg closing idle connections after 10 s; the
// arm that goes first alternates, as the first query after a pause may pay for waking up).
import { PrismaPg } from "@prisma/adapter-pg";
import { type ActionSearch, DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { getGroundsByJurisdiction } from "../../lib/charts/charts-grounds";
import { getHeadlineFigures } from "../../lib/charts/charts-headline";
import { getInstrumentCounts } from "../../lib/charts/charts-instruments";
import { getActionsOverTime } from "../../lib/charts/charts-over-time";
import { getTopTargets } from "../../lib/charts/charts-targets";
import type { Db } from "../../lib/db/client";
import { appPoolConfig } from "../../lib/db/pool-config";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { percentiles } from "./bench-timing";
import { startSyntheticServer } from "../synthetic/synthetic-server";

const PARTS: [string, (s: ActionSearch, db: Db) => Promise<unknown>][] = [
  ["figures", getHeadlineFigures], ["over time", getActionsOverTime], ["grounds", getGroundsByJurisdiction],
  ["instruments", getInstrumentCounts], ["targets", getTopTargets],
];
const CASES: [string, Partial<ActionSearch>][] = [
  ["text under another spelling \"Soleimany\"", { q: "Soleimany" }],
  ["text \"Shamkhani\"", { q: "Shamkhani" }],
  ["days 2012-03-15 to 2019-07-01", { from: "2012-03-15", to: "2019-07-01" }],
  ["grounds cyber, terrorism or human rights", { ground: ["CYBER", "TERRORISM", "HUMAN_RIGHTS"] }],
  ["authority EU Council", { authority: [4] }],
  ["jurisdiction EU", { jurisdiction: ["EU"] }],
];
const RUNS = 40;
const IDLE_ROUNDS = 6;

const server = await startSyntheticServer("sanctions_synthetic");
/** A Prisma client on the app's pool settings, `overrides` replacing some. */
const createClient = (overrides: object): Db => new PrismaClient({ adapter: new PrismaPg({ ...appPoolConfig(server.url), ...overrides }) });
const search = (overrides: Partial<ActionSearch>): ActionSearch => ({ ...DEFAULT_ACTION_SEARCH, ...overrides });
const overview = (s: ActionSearch, db: Db) => Promise.all(PARTS.map(([, part]) => part(s, db)));
const ms = (samples: number[]) => {
  const { p50, p95 } = percentiles(samples);
  return `${p50.toFixed(0)}/${p95.toFixed(0)}`;
};
const workersOf = async (db: Db) =>
  (await db.$queryRaw<{ workers: string }[]>`SELECT current_setting('max_parallel_workers_per_gather') AS workers`)[0].workers;
try {
  const app = createClient({});
  const parallel = createClient({ options: "-c max_parallel_workers_per_gather=2" });
  const shortIdle = createClient({ idleTimeoutMillis: 10_000 });
  const [off, on] = [await workersOf(app), await workersOf(parallel)];
  if (off === on) throw new Error(`Both arms plan ${off} parallel workers (an options parameter in the URL replaces the app's): nothing to compare.`);
  console.log(`Parallel query: ${on} workers per Gather against ${off}; each part alone, app p50/p95 ms of ${RUNS} runs each, interleaved\n`);
  for (const [name, overrides] of CASES) {
    const cells: string[] = [];
    for (const [part, work] of PARTS) {
      const [withWorkers, without]: number[][] = [[], []];
      for (let i = 0; i < RUNS + 5; i++) {
        for (const [db, samples] of (i % 2 ? [[parallel, withWorkers], [app, without]] : [[app, without], [parallel, withWorkers]]) as [Db, number[]][]) {
          const start = performance.now();
          await work(search(overrides), db);
          if (i >= 5) samples.push(performance.now() - start);
        }
      }
      cells.push(`${part} ${ms(withWorkers)} → ${ms(without)}`);
    }
    console.log(`| ${name} | ${cells.join("; ")} |`);
  }
  console.log("\nIdle connections: the whole overview (\"Soleimany\") 12 s after the last query, ms\n");
  const s = search(CASES[0][1]);
  for (const db of [app, shortIdle]) for (let i = 0; i < 3; i++) await overview(s, db);
  const arms = [["closed after 10 s (pg's default)", shortIdle], ["kept", app]] as const;
  for (let round = 0; round < IDLE_ROUNDS; round++) {
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const times: string[] = [];
    for (const [name, db] of round % 2 ? [...arms].reverse() : arms) {
      const start = performance.now();
      await overview(s, db);
      times.push(`${name} ${(performance.now() - start).toFixed(0)}`);
    }
    console.log(`| round ${round + 1} | ${times.join("; ")} |`);
  }
  await Promise.all([app, parallel, shortIdle].map((db) => db.$disconnect()));
} finally {
  await server.stop();
}
