// Offline migrations.
//   deploy        apply committed migrations (what `npm start` and the tests do)
//   dev <name>    write prisma/migrations/<timestamp>_<name>/migration.sql from the change
//                 to prisma/schema.prisma since the last generated migration, then apply it
// The Prisma CLI cannot fetch its native schema engine here, so `dev` drives the same
// engine compiled to WebAssembly (@prisma/schema-engine-wasm) for the diff only.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { startDatabase } from "../lib/db/embedded-postgres";
import { MIGRATIONS_DIR, deployMigrations } from "../lib/db/migrations";

const SCHEMA_PATH = path.join(import.meta.dirname, "..", "prisma", "schema.prisma");
// Each generated migration keeps the schema it was generated from, so the next diff
// starts from there without a shadow database.
const SNAPSHOT_FILE = "schema.prisma";

const [command, name] = process.argv.slice(2);
const db = await startDatabase({ log: console.log });
try {
  if (command === "deploy") {
    const applied = await deployMigrations(db.url);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date.");
  } else if (command === "dev" && name && /^[a-z0-9_]+$/.test(name)) {
    await deployMigrations(db.url);
    const sql = await diffSinceLastSnapshot(db.url);
    if (!sql.trim()) {
      console.log("prisma/schema.prisma has no change since the last migration.");
    } else {
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "migration.sql"), sql);
      writeFileSync(path.join(dir, SNAPSHOT_FILE), readFileSync(SCHEMA_PATH, "utf8"));
      console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql (review it, add hand-written SQL if needed)`);
      await deployMigrations(db.url);
    }
  } else {
    console.error("usage: tsx scripts/migrate.ts deploy | dev <snake_case_name>");
    process.exitCode = 2;
  }
} finally {
  await db.stop();
}
// The wasm engine leaves timers and pools behind; this is a one-shot CLI.
process.exit();

async function diffSinceLastSnapshot(url: string): Promise<string> {
  const previous = readdirSync(MIGRATIONS_DIR)
    .sort()
    .reverse()
    .map((dir) => path.join(MIGRATIONS_DIR, dir, SNAPSHOT_FILE))
    .find((file) => existsSync(file));
  const current = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await loadSchemaEngine(url, current);
  const result = await engine.diff({
    from: previous ? { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: readFileSync(previous, "utf8") }] } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}

async function loadSchemaEngine(url: string, schema: string) {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  // The package's entry imports the .wasm file as an ES module, which Node 20 cannot do.
  const bg = await import(path.join(dir, "schema_engine_bg.js"));
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = { set_message: (m: string) => console.error(m) };
  const wasm = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path.join(dir, "schema_engine_bg.wasm"))), {
    "./schema_engine_bg.js": bg,
  });
  bg.__wbg_set_wasm(wasm.exports);
  (wasm.exports as { __wbindgen_start(): void }).__wbindgen_start();
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const u = new URL(url);
  // Discrete fields: with a connectionString, adapter-pg's shadow pool would reach the main database.
  const adapter = new PrismaPg({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
  });
  return bg.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(adapter));
}
