// `npm start` / `npm run dev`: one command from a fresh clone to a served app.
// database (embedded unless DATABASE_URL) -> migrations -> seed -> build if sources
// changed -> next start (or next dev). Ctrl-C stops next, then the database it started.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { startDatabase } from "../lib/db/embedded-postgres";
import { deployMigrations } from "../lib/db/migrations";
import { seed } from "../prisma/seed";
import { buildIsCurrent, recordBuild } from "./lib/next-build";

const ROOT = path.join(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "0.0.0.0";

const db = await startDatabase({ log: (line) => console.log(`[db] ${line}`) });
const applied = await deployMigrations(db.url);
if (applied.length) console.log(`[db] applied migrations: ${applied.join(", ")}`);
const seeded = await seed(db.url);
console.log(`[db] seeded ${seeded.actions} actions, ${seeded.evidence} pieces of evidence`);

const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
if (mode === "start") buildIfSourcesChanged(env);

const next = spawn(process.execPath, [NEXT_BIN, mode, "--port", port, "--hostname", host], { stdio: "inherit", env });
console.log(`[app] http://localhost:${port}`);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));

function buildIfSourcesChanged(buildEnv: NodeJS.ProcessEnv) {
  if (buildIsCurrent()) return;
  console.log("[app] building (sources changed since the last build)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: buildEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuild();
}
