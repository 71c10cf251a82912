// The app's connections, Prisma's and the export pool's, start with the settings its speed was
// measured with (lib/db/pool-config.ts); PostgreSQL's default would plan parallel workers.
import { afterAll, describe, expect, inject, it, vi } from "vitest";
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
    expect(pool.options).toMatchObject({ idleTimeoutMillis: 0, keepAlive: true, allowExitOnIdle: true });
  });

  it("outlive the server ending an idle export connection (a restart, a forced drop)", async () => {
    const own = createPgPool(inject("databaseUrl"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { rows: [{ pid }] } = await own.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      await pool.query("SELECT pg_terminate_backend($1)", [pid]);
      // Unheard, the idle connection's error would be thrown out of the pool and end the process.
      await vi.waitFor(() => expect(own.totalCount).toBe(0));
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("Export pool: an idle connection ended"));
      expect((await own.query<{ one: number }>("SELECT 1 AS one")).rows[0].one).toBe(1);
    } finally {
      logged.mockRestore();
      await own.end();
    }
  });

  it("add PGOPTIONS after their own options, as pg alone would send it", async () => {
    const before = process.env.PGOPTIONS;
    process.env.PGOPTIONS = "-c work_mem=5MB";
    const own = createPgPool(inject("databaseUrl"));
    try {
      const { rows } = await own.query<{ work_mem: string; workers: string }>(
        "SELECT current_setting('work_mem') AS work_mem, current_setting('max_parallel_workers_per_gather') AS workers");
      expect(rows[0]).toEqual({ work_mem: "5MB", workers: "0" });
    } finally {
      if (before === undefined) delete process.env.PGOPTIONS;
      else process.env.PGOPTIONS = before;
      await own.end();
    }
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
