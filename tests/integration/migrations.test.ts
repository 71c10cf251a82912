import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, deployMigrations, readMigrations } from "../../lib/db/migrations";
import { createOwnDatabase } from "../helpers/db";

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe("offline migrations", () => {
  it("records applied migrations the way prisma migrate deploy does, and re-running applies nothing", async () => {
    const own = await createOwnDatabase(); // already migrated once
    cleanup = own.drop;
    const rows = await own.db.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, files[i].name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
    expect(await deployMigrations(own.url)).toEqual([]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const own = await createOwnDatabase();
    cleanup = own.drop;
    await own.db.$executeRaw`UPDATE "_prisma_migrations" SET checksum = 'edited'`;
    await expect(deployMigrations(own.url)).rejects.toThrow(/edited after it was applied/);
  });
});
