import { afterAll, inject } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { createMigratedDatabase, dropDatabase } from "../setup/test-database";

/** A client on the shared, seeded test database, closed after the file. */
export function useSharedDb(): Db {
  const db = createDb(inject("databaseUrl"));
  afterAll(() => db.$disconnect());
  return db;
}

/** A fresh, migrated, empty database of the calling test's own, dropped when done. */
export async function createOwnDatabase(): Promise<{ url: string; db: Db; drop(): Promise<void> }> {
  const adminUrl = inject("adminDatabaseUrl");
  const url = await createMigratedDatabase(adminUrl, "sanctions_own");
  const db = createDb(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(adminUrl, url);
    },
  };
}
