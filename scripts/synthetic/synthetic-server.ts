// The server holding the synthetic database: SYNTHETIC_DATABASE_URL when set, else the
// embedded server (EMBEDDED_PG_PORT / EMBEDDED_PG_DATA) with the named database.
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { DEFAULT_EMBEDDED_PORT } from "../../lib/db/embedded-postgres-config";

export async function startSyntheticServer(database: string): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.SYNTHETIC_DATABASE_URL) return { url: process.env.SYNTHETIC_DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    dataDir: process.env.EMBEDDED_PG_DATA,
    database,
  });
}
