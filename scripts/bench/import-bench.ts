// `npm run bench:import`: import throughput (entries/s) and peak RSS of the importer process,
// on the largest real fixtures and on ~130 MB synthetic files built by repeating fixture
// entries under new ids (written to a temp folder, deleted afterwards). Each run is a child
// process, so its peak RSS is its own; each full import goes into a fresh database.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startDatabase } from "../../lib/db/embedded-postgres";
import { deployMigrations } from "../../lib/db/migrations";

const ROOT = path.join(import.meta.dirname, "..", "..");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "official-lists");
const TARGET_BYTES = 130e6;

async function writeRepeated(file: string, header: string, body: string, footer: string, renumber: (chunk: string, copy: number) => string) {
  const out = createWriteStream(file);
  out.write(header);
  let written = header.length;
  for (let copy = 0; written < TARGET_BYTES; copy++) {
    const chunk = renumber(body, copy);
    written += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end(footer);
  await once(out, "finish");
}

/** The UN list's records repeated with reference numbers made unique per copy. */
async function syntheticUn(dir: string) {
  const text = readFileSync(path.join(FIXTURES, "un-xml", "UN_consolidated_2026-02-27.xml"), "utf8");
  const start = text.indexOf("<INDIVIDUALS>") + "<INDIVIDUALS>".length;
  const end = text.indexOf("</INDIVIDUALS>");
  const file = path.join(dir, "UN_synthetic.xml");
  await writeRepeated(file, text.slice(0, start), text.slice(start, end), text.slice(end), (chunk, copy) =>
    chunk.replace(/<REFERENCE_NUMBER>\s*([^<]*?)\s*<\/REFERENCE_NUMBER>/g, `<REFERENCE_NUMBER>$1-${copy}</REFERENCE_NUMBER>`),
  );
  return file;
}

/** OFAC's 2024 SDN.CSV repeated with ent_num shifted by 100,000 per copy. */
async function syntheticOfac(dir: string) {
  const rows = readFileSync(path.join(FIXTURES, "ofac-csv", "2024-06", "sdn.csv"), "latin1").replace(/^ent_num.*\r\n/, "").replace(/\x1a$/, "");
  const file = path.join(dir, "sdn.csv");
  await writeRepeated(file, "", rows, "\x1a", (chunk, copy) => chunk.replace(/^(\d+),/gm, (_, n) => `${Number(n) + copy * 100_000},`));
  return file;
}

function runChild(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1e8 });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

async function freshDatabase(adminUrl: string, name: string) {
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

const mb = (file: string[]) => file.reduce((sum, f) => sum + readFileSync(f).length, 0) / 1e6;

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "import-bench-"));
  const server = await startDatabase();
  const results: string[] = [];
  try {
    const un = await syntheticUn(tmp);
    const ofac = await syntheticOfac(tmp);
    const parseCases: Array<[string, string, string[]]> = [
      ["OFAC SDN.CSV 2024 (fixture)", "OFAC_CSV", [path.join(FIXTURES, "ofac-csv", "2024-06", "sdn.csv")]],
      ["UN consolidated XML (fixture)", "UN_XML", [path.join(FIXTURES, "un-xml", "UN_consolidated_2026-02-27.xml")]],
      ["synthetic OFAC SDN.CSV", "OFAC_CSV", [ofac]],
      ["synthetic UN XML", "UN_XML", [un]],
    ];
    for (const [label, format, files] of parseCases) {
      const r = JSON.parse(runChild(["scripts/bench/import-parse-only.ts", format, ...files]));
      results.push(`| parse only | ${label} | ${mb(files).toFixed(1)} MB | ${r.entries} | ${r.seconds.toFixed(1)} s | ${Math.round(r.entries / r.seconds)} | ${r.peakRssMb} MB |`);
      console.log(results.at(-1));
    }
    const importCases: Array<[string, string, string[], string[]]> = [
      ["OFAC SDN.CSV 2021 (fixture)", "OFAC_CSV", [path.join(FIXTURES, "ofac-csv", "2021-07", "sdn.csv")], ["--published", "2021-07-07"]],
      ["UN consolidated XML (fixture)", "UN_XML", [path.join(FIXTURES, "un-xml", "UN_consolidated_2026-02-27.xml")], []],
      ["synthetic UN XML", "UN_XML", [un], []],
    ];
    for (const [i, [label, format, files, extra]] of importCases.entries()) {
      const url = await freshDatabase(server.url, `bench_import_${i}`);
      const out = runChild(["scripts/import-list.ts", format, ...files, ...extra], { DATABASE_URL: url });
      const [, seconds, rss] = out.match(/in ([\d.]+) s \(peak RSS (\d+) MB\)/)!;
      const entries = Number(out.match(/entries read:\s+(\d+)/)![1]);
      results.push(`| full import | ${label} | ${mb(files).toFixed(1)} MB | ${entries} | ${seconds} s | ${Math.round(entries / Number(seconds))} | ${rss} MB |`);
      console.log(results.at(-1));
    }
  } finally {
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\n| run | input | size | entries | time | entries/s | peak RSS |\n|---|---|---|---|---|---|---|\n${results.join("\n")}`);
}

await main();
