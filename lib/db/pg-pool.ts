// A plain `pg` pool beside the Prisma client, for what Prisma cannot do: streaming a query's
// rows through a server-side cursor (exports). Created on first use, like getDb().
import pg from "pg";
import { appPoolConfig } from "./pool-config";

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function createPgPool(url: string): pg.Pool {
  // Few connections: exports are long and rare; page queries go through Prisma's own pool.
  const pool = new pg.Pool(appPoolConfig(url, 4));
  // An idle connection the server ends (a restart, a forced drop) is reported here; unheard, the
  // pool's error would end the process. The pool discards that connection by itself.
  pool.on("error", (error) => console.error(`Export pool: an idle connection ended: ${error.message}`));
  return pool;
}

export function getPgPool(): pg.Pool {
  if (!globalForPool.pgPool) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
    globalForPool.pgPool = createPgPool(url);
  }
  return globalForPool.pgPool;
}
