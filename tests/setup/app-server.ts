// Starts the built app on its own port against the test database, as `npm start` would.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "../../scripts/lib/next-build";

const ROOT = path.join(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
export const TEST_APP_PORT = Number(process.env.TEST_APP_PORT ?? 3101);

export async function startAppServer(databaseUrl: string): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  if (!buildIsCurrent()) {
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
    recordBuild();
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [NEXT_BIN, "start", "--port", String(TEST_APP_PORT), "--hostname", "127.0.0.1"],
    { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${TEST_APP_PORT}`;
  await waitForHttp(baseUrl, () => output, child);
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

async function waitForHttp(url: string, output: () => string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer on ${url} within 60 s:\n${output()}`);
}
