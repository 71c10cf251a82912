// The app's connections, Prisma's and the export pool's, start with the settings its speed was
// measured with (lib/db/pool-config.ts); PostgreSQL's default would plan parallel workers.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPgPool } from "../../lib/db/pg-pool";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();
const pool = createPgPool(inject("databaseUrl"));
afterAll(() => pool.end());

describe("app connections", () => {
  it("plan no parallel workers, through Prisma and through the export pool", async () => {
    const [viaPrisma] = await db.$queryRaw<{ max_parallel_workers_per_gather: string }[]>`SHOW max_parallel_workers_per_gather`;
    expect(viaPrisma.max_parallel_workers_per_gather).toBe("0");
    const viaPool = await pool.query<{ max_parallel_workers_per_gather: string }>("SHOW max_parallel_workers_per_gather");
    expect(viaPool.rows[0].max_parallel_workers_per_gather).toBe("0");
  });

  it("stay open when idle (a new backend's first reads are slow), without keeping a script from ending", () => {
    expect(pool.options).toMatchObject({ idleTimeoutMillis: 0, allowExitOnIdle: true });
  });

  it("take DATABASE_URL's own options instead, as the README says (for a pooler that refuses them)", async () => {
    const url = new URL(inject("databaseUrl"));
    url.searchParams.set("options", "-c max_parallel_workers_per_gather=1");
    const own = createPgPool(url.toString());
    try {
      const { rows } = await own.query<{ max_parallel_workers_per_gather: string }>("SHOW max_parallel_workers_per_gather");
      expect(rows[0].max_parallel_workers_per_gather).toBe("1");
    } finally {
      await own.end();
    }
  });
});
