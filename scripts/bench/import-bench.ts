// `npm run bench:import`: import throughput (entries/s) and peak RSS of the importer process,
// on the largest real fixtures and on ~130 MB synthetic files built by repeating fixture
// entries under new ids (written to a temp folder, deleted afterwards). Each run is a child
// process, so its peak RSS is its own; each full import goes into a fresh database. "time" is
// the import's own (as the importer prints it: files in, commit done); "whole process" adds the
// child's start-up (Node, tsx), the database connection and the migration check.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startDatabase } from "../../lib/db/embedded-postgres";
import { deployMigrations } from "../../lib/db/migrations";

const ROOT = path.join(import.meta.dirname, "..", "..");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "official-lists");
const SDN_2024 = path.join(FIXTURES, "ofac-csv", "2024-06", "sdn.csv");
const LARGE = 130e6;
const MEDIUM = 30e6;

async function writeRepeated(file: string, bytes: number, header: string, body: string, footer: string, renumber: (chunk: string, copy: number) => string) {
  const out = createWriteStream(file);
  out.write(header);
  let written = header.length;
  for (let copy = 0; written < bytes; copy++) {
    const chunk = renumber(body, copy);
    written += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end(footer);
  await once(out, "finish");
}

/** The UN list's records repeated with reference numbers made unique per copy. */
async function syntheticUn(dir: string, bytes: number) {
  const text = readFileSync(path.join(FIXTURES, "un-xml", "UN_consolidated_2026-02-27.xml"), "utf8");
  const start = text.indexOf("<INDIVIDUALS>") + "<INDIVIDUALS>".length;
  const end = text.indexOf("</INDIVIDUALS>");
  const file = path.join(dir, `UN_synthetic_${bytes / 1e6}MB.xml`);
  await writeRepeated(file, bytes, text.slice(0, start), text.slice(start, end), text.slice(end), (chunk, copy) =>
    chunk.replace(/<REFERENCE_NUMBER>\s*([^<]*?)\s*<\/REFERENCE_NUMBER>/g, `<REFERENCE_NUMBER>$1-${copy}</REFERENCE_NUMBER>`),
  );
  return file;
}

/** OFAC's 2024 SDN.CSV repeated with ent_num shifted by 100,000 per copy. */
async function syntheticOfac(dir: string, bytes: number) {
  const rows = readFileSync(path.join(FIXTURES, "ofac-csv", "2024-06", "sdn.csv"), "latin1").replace(/^ent_num.*\r\n/, "").replace(/\x1a$/, "");
  const file = path.join(dir, `sdn_${bytes / 1e6}MB.csv`);
  await writeRepeated(file, bytes, "", rows, "\x1a", (chunk, copy) => chunk.replace(/^(\d+),/gm, (_, n) => `${Number(n) + copy * 100_000},`));
  return file;
}

/** Runs a script in a child process; returns its output and the whole process's wall time in seconds. */
function runChild(args: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1e8 });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
  return { stdout: result.stdout, processSeconds: (performance.now() - started) / 1000 };
}

async function adminQuery(adminUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(sql);
  await admin.end();
}

async function freshDatabase(adminUrl: string, name: string) {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await deployMigrations(url.toString());
  return url.toString();
}

const mb = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "import-bench-"));
  const server = await startDatabase();
  const results: string[] = [];
  try {
    const un = await syntheticUn(tmp, LARGE);
    const ofac = await syntheticOfac(tmp, LARGE);
    const parseCases: Array<[string, string, string[]]> = [
      ["OFAC SDN.CSV 2024 (fixture)", "OFAC_CSV", [SDN_2024]],
      ["UN consolidated XML (fixture)", "UN_XML", [path.join(FIXTURES, "un-xml", "UN_consolidated_2026-02-27.xml")]],
      ["synthetic OFAC SDN.CSV", "OFAC_CSV", [await syntheticOfac(tmp, MEDIUM)]],
      ["synthetic OFAC SDN.CSV", "OFAC_CSV", [ofac]],
      ["synthetic UN XML", "UN_XML", [await syntheticUn(tmp, MEDIUM)]],
      ["synthetic UN XML", "UN_XML", [un]],
    ];
    for (const [label, format, files] of parseCases) {
      const child = runChild(["scripts/bench/import-parse-only.ts", format, ...files]);
      const r = JSON.parse(child.stdout);
      results.push(`| parse only | ${label} | ${mb(files).toFixed(1)} MB | ${r.entries} | ${r.seconds.toFixed(1)} s | ${Math.round(r.entries / r.seconds)} | ${child.processSeconds.toFixed(1)} s | ${r.peakRssMb} MB |`);
      console.log(results.at(-1));
    }
    // The monitoring case: a list version that differs from the previous one by one entry.
    const nextVersion = path.join(tmp, "sdn-next.csv");
    writeFileSync(nextVersion, readFileSync(SDN_2024, "latin1").replace(/^39017,.*\r\n/m, ""), "latin1");
    const steadyUrl = await freshDatabase(server.url, "bench_import_steady");
    // Small imports first, and each database dropped once measured: autovacuum working through
    // a large import just committed would otherwise slow the next run down.
    const importCases: Array<[string, string, string[], string[], string | null]> = [
      ["OFAC SDN.CSV 2021 (fixture), first version", "OFAC_CSV", [path.join(FIXTURES, "ofac-csv", "2021-07", "sdn.csv")], ["--published", "2021-07-07"], null],
      ["UN consolidated XML (fixture), first version", "UN_XML", [path.join(FIXTURES, "un-xml", "UN_consolidated_2026-02-27.xml")], [], null],
      ["OFAC SDN.CSV 2024 (fixture), first version", "OFAC_CSV", [SDN_2024], ["--published", "2024-06-27"], steadyUrl],
      ["OFAC SDN.CSV 2024 minus one entry, next version", "OFAC_CSV", [nextVersion], ["--published", "2024-07-01"], steadyUrl],
      ["synthetic UN XML, first version", "UN_XML", [un], [], null],
      ["synthetic OFAC SDN.CSV, first version", "OFAC_CSV", [ofac], ["--published", "2024-06-27"], null],
    ];
    for (const [i, [label, format, files, extra, into]] of importCases.entries()) {
      const url = into ?? (await freshDatabase(server.url, `bench_import_${i}`));
      const child = runChild(["scripts/import-list.ts", format, ...files, ...extra], { DATABASE_URL: url });
      const [, seconds, rss] = child.stdout.match(/in ([\d.]+) s \(peak RSS (\d+) MB\)/)!;
      const entries = Number(child.stdout.match(/entries read:\s+(\d+)/)![1]);
      results.push(`| full import | ${label} | ${mb(files).toFixed(1)} MB | ${entries} | ${seconds} s | ${Math.round(entries / Number(seconds))} | ${child.processSeconds.toFixed(1)} s | ${rss} MB |`);
      console.log(results.at(-1));
      if (!into) await adminQuery(server.url, `DROP DATABASE bench_import_${i} WITH (FORCE)`);
    }
    await adminQuery(server.url, `DROP DATABASE bench_import_steady WITH (FORCE)`);
  } finally {
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\n| run | input | size | entries | time | entries/s | whole process | peak RSS |\n|---|---|---|---|---|---|---|---|\n${results.join("\n")}`);
}

await main();
