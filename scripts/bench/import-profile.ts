// `npm run bench:import-profile -- <format> <file…> [--published YYYY-MM-DD]`: one first import
// into a fresh database, with the PostgreSQL CPU time (user + system of the import's backend
// process, from /proc/<pid>/stat) of each statement the importer sends. CPU time, unlike wall
// time, is barely inflated by other jobs on a shared machine. Statements inside SQL functions
// are counted in the statement that calls them.
import { readFileSync } from "node:fs";
import pg from "pg";
import { startDatabase } from "../../lib/db/embedded-postgres";
import { deployMigrations } from "../../lib/db/migrations";
import type { ListFormat } from "../../lib/generated/prisma/enums";
import { importListFiles } from "../../lib/official-lists/import-list";
import { LIST_FORMATS } from "../../lib/official-lists/formats/list-formats";

const TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

function backendCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS; // utime, stime
}

/** The statement's first words, enough to tell the importer's statements apart. */
function labelOf(query: unknown): string {
  const text = typeof query === "string" ? query : ((query as { text?: string })?.text ?? "COPY (stream)");
  return text.replace(/\s+/g, " ").trim().slice(0, 110);
}

const cpuByStatement = new Map<string, { ms: number; calls: number }>();
const original = pg.Client.prototype.query;
// Patched for this process only: every query of a connected client is timed on its backend.
pg.Client.prototype.query = function (this: pg.Client & { processID?: number }, ...args: unknown[]) {
  const pid = this.processID;
  const result = (original as (...a: unknown[]) => unknown).apply(this, args);
  if (!pid || !(result instanceof Promise)) return result;
  const before = backendCpuMs(pid);
  const label = labelOf(args[0]);
  return result.finally(() => {
    const entry = cpuByStatement.get(label) ?? { ms: 0, calls: 0 };
    entry.ms += backendCpuMs(pid) - before;
    entry.calls++;
    cpuByStatement.set(label, entry);
  });
} as typeof original;

async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await deployMigrations(url.toString());
  return url.toString();
}

const argv = process.argv.slice(2);
const published = argv.indexOf("--published");
const publishedAt = published >= 0 ? argv[published + 1] : undefined;
const [format, ...files] = published >= 0 ? argv.filter((_, i) => i !== published && i !== published + 1) : argv;
if (!format || files.length === 0 || !LIST_FORMATS.includes(format as ListFormat)) {
  throw new Error(`usage: npm run bench:import-profile -- <${LIST_FORMATS.join("|")}> <file…> [--published YYYY-MM-DD]`);
}

const server = await startDatabase();
try {
  const url = await freshDatabase(server.url, "import_profile");
  cpuByStatement.clear();
  const nodeBefore = process.cpuUsage();
  const started = performance.now();
  const summary = await importListFiles(url, { format: format as ListFormat, files, publishedAt });
  const seconds = (performance.now() - started) / 1000;
  const node = process.cpuUsage(nodeBefore);
  const rows = [...cpuByStatement].sort((a, b) => b[1].ms - a[1].ms);
  const totalMs = rows.reduce((sum, [, r]) => sum + r.ms, 0);
  console.log(`${summary.entries} entries in ${seconds.toFixed(2)} s (${Math.round(summary.entries / seconds)} entries/s); ` +
    `PostgreSQL CPU ${Math.round(totalMs)} ms, Node CPU ${Math.round((node.user + node.system) / 1000)} ms`);
  for (const [label, r] of rows) if (r.ms >= 10) console.log(`${String(Math.round(r.ms)).padStart(7)} ms ${String(r.calls).padStart(3)}×  ${label}`);
} finally {
  await server.stop();
}
