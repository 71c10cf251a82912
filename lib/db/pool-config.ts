// How every connection pool of the app connects: Prisma's, the export pool and the bench's.
// Measured against the defaults by `npm run bench:pool` (BENCHMARKS.md, 5 December).
import type pg from "pg";

/**
 * What each connection starts with, as PostgreSQL's `options` startup parameter: parallel query
 * off. The overview asks for its figures and four charts at once, each of several statements,
 * on a machine of a few cores; a parallel plan starts up to two worker processes per Gather,
 * each a new backend (see below), and made the slowest chart parts slower, not faster.
 * PGOPTIONS, which pg reads only when no `options` is given, comes after (a later -c wins).
 * An `options` parameter in the connection URL replaces both, or when empty this alone.
 */
const startupOptions = () => ["-c max_parallel_workers_per_gather=0", process.env.PGOPTIONS].filter(Boolean).join(" ");

/**
 * Idle connections are kept (pg closes them after 10 s by default): a new backend maps each
 * shared buffer it reads on first touch, so a visitor after ten quiet seconds waited more than
 * twice as long for the overview. TCP keep-alive notices a connection a firewall or NAT dropped
 * while idle; `allowExitOnIdle` lets a script end once its queries are done.
 */
export function appPoolConfig(connectionString: string, max?: number): pg.PoolConfig {
  return {
    connectionString, options: startupOptions(), idleTimeoutMillis: 0, keepAlive: true, allowExitOnIdle: true,
    ...(max ? { max } : {}),
  };
}
