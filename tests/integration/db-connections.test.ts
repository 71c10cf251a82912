// The app's connections, Prisma's and the export pool's, start with the settings its speed was
// measured with (lib/db/connection-options.ts); PostgreSQL's default would plan parallel workers.
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
});
