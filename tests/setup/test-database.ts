// Test databases: a throw-away embedded server of the suite's own (port 54339, temp folder),
// or, when DATABASE_URL is set, fresh databases created on that server and dropped after.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { deployMigrations } from "../../lib/db/migrations";

export const TEST_PG_PORT = Number(process.env.TEST_PG_PORT ?? 54339);

export interface TestServer {
  /** URL of the server's maintenance database, used to create and drop test databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  if (process.env.DATABASE_URL) return { adminUrl: process.env.DATABASE_URL, stop: async () => {} };
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "sanctions-test-")), "pg");
  const server = await startEmbeddedPostgres({ port: TEST_PG_PORT, dataDir, database: "postgres", ephemeral: true });
  return {
    adminUrl: server.url,
    stop: async () => {
      await server.stop();
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

/** Creates an empty, migrated database on the server and returns its URL. */
export async function createMigratedDatabase(adminUrl: string, prefix = "sanctions_test"): Promise<string> {
  const name = `${prefix}_${randomUUID().slice(0, 8)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await deployMigrations(url.toString());
  return url.toString();
}

export async function dropDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
