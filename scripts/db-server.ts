// `npm run db`: keeps the embedded PostgreSQL running in this terminal, so other commands
// (npm start, npm test, migrations) reuse it instead of starting their own.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { DEFAULT_EMBEDDED_PORT } from "../lib/db/embedded-postgres-config";

const db = await startEmbeddedPostgres({
  port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
  dataDir: process.env.EMBEDDED_PG_DATA,
  log: console.log,
});
console.log(`Ready: ${db.url}  (Ctrl-C to stop)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void db.stop().then(() => process.exit(0)));
}
