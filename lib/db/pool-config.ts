// How every connection pool of the app connects: Prisma's, the export pool and the bench's.
import type pg from "pg";

/**
 * What each connection starts with, as PostgreSQL's `options` startup parameter: parallel query
 * off. The overview asks for its figures and four charts at once, each of several statements,
 * on a machine of a few cores; a parallel plan adds two worker processes per statement, and each
 * is a new backend (see below). Interleaved runs at a million actions (BENCHMARKS.md,
 * 5 December) took a text's headline figures from 168 to 105 ms p95 and a range of days' from
 * 126 to 54, with no page of the explorer slower. `options` in the URL replaces this.
 */
const STARTUP_OPTIONS = "-c max_parallel_workers_per_gather=0";

/**
 * Idle connections are kept (pg closes them after 10 s by default). A new backend maps each
 * shared buffer it reads on first touch, so its first overview ran 3 to 6 times slower than the
 * next (5 December: "Soleimany" 780–1,200 ms against 250–300; jurisdiction EU 185–470 against
 * 30–50), and after ten quiet seconds every visitor got new backends. `allowExitOnIdle` lets a
 * script end once its queries are done.
 */
export function appPoolConfig(connectionString: string, max?: number): pg.PoolConfig {
  return { connectionString, options: STARTUP_OPTIONS, idleTimeoutMillis: 0, allowExitOnIdle: true, ...(max ? { max } : {}) };
}
