// Benchmark tools any script can reuse: repeated timing with percentiles, the SQL a Prisma
// call actually sends (from its query log), and PostgreSQL's own time for that SQL
// (planning + execution, from EXPLAIN ANALYZE).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { appPoolConfig } from "../../lib/db/pool-config";
import { PrismaClient } from "../../lib/generated/prisma/client";

export interface SqlStatement {
  text: string;
  values: unknown[];
}

export interface Percentiles {
  p50: number;
  p95: number;
  runs: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p95: at(95), runs: sorted.length };
}

/** Runs `work` `warmup` times unmeasured, then `runs` times; returns milliseconds per run. */
export async function timeRuns(work: (run: number) => Promise<unknown>, runs: number, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** A Prisma client that records the SQL it sends, so a call's statements can be explained. */
/**
 * Lets the synthetic server's shutdown end a pool's connections: a connection still open then
 * fails with 57P01, which pg emits as an unhandled error that would end the script after its
 * results. Any other error is thrown.
 */
export function allowServerShutdown(pool: pg.Pool): pg.Pool {
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01") throw error;
  });
  return pool;
}

export function createRecordingDb(url: string) {
  // A pool of our own, ended in close(): $disconnect leaves an adapter's own pool open. Its
  // connections start as the app's do.
  const pool = allowServerShutdown(new pg.Pool(appPoolConfig(url)));
  const db = new PrismaClient({
    adapter: new PrismaPg(pool),
    log: [{ emit: "event", level: "query" }],
  });
  let log: SqlStatement[] | null = null;
  db.$on("query", (event) => log?.push({ text: event.query, values: JSON.parse(event.params) }));
  return {
    db,
    async close() {
      await db.$disconnect();
      await pool.end();
    },
    /** Runs `work` alone and returns the statements it sent. */
    async record(work: () => Promise<unknown>): Promise<SqlStatement[]> {
      log = [];
      await work();
      // Query events are emitted after each statement completes; let the last one arrive.
      await new Promise((resolve) => setImmediate(resolve));
      const statements = log;
      log = null;
      return statements;
    },
  };
}

interface PlanSummary {
  "Planning Time": number;
  "Execution Time"?: number;
}

/** PostgreSQL's time for one statement: planning plus execution, without network or client. */
export async function serverTime(client: pg.ClientBase, statement: SqlStatement): Promise<number> {
  // A statement that is itself an EXPLAIN (the bounded count's estimate) only plans.
  const explain = /^\s*EXPLAIN\s*\(([^)]*)\)/i.exec(statement.text);
  const text = explain
    ? statement.text.replace(explain[0], `EXPLAIN (${explain[1]}, SUMMARY ON)`)
    : `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${statement.text}`;
  const { rows } = await client.query(text, statement.values);
  const plan = (rows[0]["QUERY PLAN"] as PlanSummary[])[0];
  return plan["Planning Time"] + (plan["Execution Time"] ?? 0);
}

/** The server time of several statements run one after another, e.g. all those of one page. */
export async function serverTimeOfAll(client: pg.ClientBase, statements: SqlStatement[]): Promise<number> {
  let total = 0;
  for (const statement of statements) total += await serverTime(client, statement);
  return total;
}

/** The plan of one statement, as text, for looking into a slow case. */
export async function explainText(client: pg.ClientBase, statement: SqlStatement): Promise<string> {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}
