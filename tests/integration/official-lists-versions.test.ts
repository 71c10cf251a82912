// Two real versions of OFAC's SDN list, re-imports, malformed and truncated files, and a
// process killed half-way through an import.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { ListFormatError } from "../../lib/official-lists/formats/list-entry-parts";
import { importListFiles } from "../../lib/official-lists/import-list";
import { createSeededDatabase, fingerprintDatabase, listFixture } from "../helpers/official-lists";

const SDN_2021 = listFixture("ofac-csv", "2021-07", "sdn.csv");
const SDN_2024 = listFixture("ofac-csv", "2024-06", "sdn.csv");
const ROOT = path.join(import.meta.dirname, "..", "..");

let own: Awaited<ReturnType<typeof createSeededDatabase>>;
let db: Db;
let tmp: string;

beforeAll(async () => {
  own = await createSeededDatabase();
  db = own.db;
  tmp = mkdtempSync(path.join(os.tmpdir(), "lists-"));
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await own.drop();
});

const entNums = (file: string) => new Set([...readFileSync(file, "latin1").matchAll(/^(\d+),/gm)].map((m) => m[1]));
const listIdsOf = async (importId: number, kind: "DESIGNATION" | "DELISTING" | "AMENDMENT") =>
  (
    await db.$queryRaw<{ listId: string }[]>`
      SELECT DISTINCT e."listId" FROM "ActionListEntry" ale JOIN "SanctionAction" a ON a.id = ale."actionId"
      JOIN "ListEntry" e ON e.id = ale."entryId" WHERE ale."importId" = ${importId} AND a.kind = ${kind}::"ActionKind"`
  ).map((r) => r.listId);

describe("OFAC SDN versions", () => {
  let second: Awaited<ReturnType<typeof importListFiles>>;

  it("2021 then 2024: designations and delistings are exactly the differences of the ent_num sets", async () => {
    const first = await importListFiles(own.url, { format: "OFAC_CSV", files: [SDN_2021], publishedAt: "2021-07-07" });
    expect(first.designations).toBe(entNums(SDN_2021).size);
    // The CSV gives no listing dates: a first version's listings are dated "on or before" it,
    // an open-start span (shown "by Jul 2021", counted as a span), not an unknown date.
    const firstDates = await db.$queryRaw<{ precision: string; start: Date | null; end: Date; n: number }[]>`
      SELECT a."datePrecision"::text AS precision, a."dateStart" AS start, a."dateEnd" AS end, count(*)::int AS n
      FROM "ActionListEntry" ale JOIN "SanctionAction" a ON a.id = ale."actionId"
      WHERE ale."importId" = ${first.importId} GROUP BY 1, 2, 3`;
    expect(firstDates).toEqual([{ precision: "SPAN", start: null, end: new Date("2021-07-07"), n: first.designations }]);
    second = await importListFiles(own.url, { format: "OFAC_CSV", files: [SDN_2024], publishedAt: "2024-06-27" });
    const [old, now] = [entNums(SDN_2021), entNums(SDN_2024)];
    const added = [...now].filter((n) => !old.has(n)).sort();
    const removed = [...old].filter((n) => !now.has(n)).sort();
    expect((await listIdsOf(second.importId, "DESIGNATION")).sort()).toEqual(added);
    expect((await listIdsOf(second.importId, "DELISTING")).sort()).toEqual(removed);
    expect(added).toContain("39017");

    const khatib = await db.listEntry.findUniqueOrThrow({
      where: { importId_listId: { importId: second.importId, listId: "39017" } },
      include: { target: true, actions: { include: { action: true } } },
    });
    expect(khatib.name).toBe("KHATIB, Esmail");
    expect(khatib.target?.slug).toBe("esmail-khatib");
    const [designation] = khatib.actions.map((a) => a.action);
    expect(designation).toMatchObject({ kind: "DESIGNATION", origin: "OFFICIAL_LIST", datePrecision: "SPAN" });
    expect(designation.dateStart?.toISOString().slice(0, 10)).toBe("2021-07-08");
    expect(designation.dateEnd?.toISOString().slice(0, 10)).toBe("2024-06-27");
  }, 300_000);

  it("links the articles' MOIS to OFAC's IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY", async () => {
    const mois = await db.listEntry.findFirstOrThrow({ where: { listId: "12111" }, orderBy: { id: "asc" }, include: { target: true } });
    expect(mois).toMatchObject({ name: "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY", matchKind: "NAME" });
    expect(mois.weakAliases).toEqual(["MOIS", "VEVAK"]);
    expect(mois.target?.slug).toBe("mois");
    expect(mois.matchReason).toMatch(/Iranian Ministry of Intelligence and Security/);
    const amendment = await db.sanctionAction.findFirstOrThrow({ where: { slug: `list-${second.importId}-amendment-12111` } });
    expect(amendment.note).toMatch(/CYBER2, HOSTAGES-EO14078/);
  });

  it("proposes, never merges, a match with a target that already stands for another entry of the list", async () => {
    const candidates = await db.listEntryCandidate.findMany({ where: { entry: { importId: second.importId } }, include: { entry: true } });
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(c.entry.targetId).not.toBe(c.targetId);
      expect(c.confidence).toBeLessThanOrEqual(0.6);
    }
    expect(candidates.some((c) => /already stands for another entry of this list/.test(c.reason))).toBe(true);
  });

  it("importing the same file again, even renamed, changes nothing", async () => {
    const before = await fingerprintDatabase(db);
    const again = await importListFiles(own.url, { format: "OFAC_CSV", files: [SDN_2024], publishedAt: "2024-06-27" });
    expect(again).toMatchObject({ alreadyImported: true, importId: second.importId });
    const renamed = path.join(tmp, "SDN-downloaded-again.CSV");
    copyFileSync(SDN_2024, renamed);
    expect(await importListFiles(own.url, { format: "OFAC_CSV", files: [renamed] })).toMatchObject({ alreadyImported: true });
    expect(await fingerprintDatabase(db)).toEqual(before);
  });

  it("a malformed CSV row or a truncated XML file leaves the database exactly as it was", async () => {
    const before = await fingerprintDatabase(db);
    const text = readFileSync(SDN_2024, "latin1");
    const broken = path.join(tmp, "sdn.csv");
    writeFileSync(broken, text.slice(0, Math.floor(text.length * 0.6)) + "\r\n", "latin1");
    await expect(importListFiles(own.url, { format: "OFAC_CSV", files: [broken], publishedAt: "2025-01-01" })).rejects.toThrow(
      /^sdn\.csv: line \d+: (expected 12 columns|.*quote)/,
    );
    const un = readFileSync(listFixture("un-xml", "UN_consolidated_2026-02-27.xml"), "utf8");
    const truncated = path.join(tmp, "UN.xml");
    writeFileSync(truncated, un.slice(0, Math.floor(un.length / 2)));
    const error = await importListFiles(own.url, { format: "UN_XML", files: [truncated] }).catch((e) => e);
    expect(error).toBeInstanceOf(ListFormatError);
    expect(error.message).toMatch(/^UN\.xml: line \d+, column \d+: unclosed tag/);
    expect(await fingerprintDatabase(db)).toEqual(before);
  });

  // Killed while reading the file, and while writing the entries, targets and actions (the
  // format is left out, so the CLI detects it).
  it.each([["reading", /reading: [5-9]0%/], ["writing", /matching targets…/]])(
    "a process killed in the middle of an import (%s) leaves the database exactly as it was",
    async (_when, killAt) => {
      const before = await fingerprintDatabase(db);
      // A new version (different bytes) so the import really runs.
      const next = path.join(tmp, "sdn-next.csv");
      writeFileSync(next, readFileSync(SDN_2024, "latin1").replace(/^39017,.*\r\n/m, ""), "latin1");
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/import-list.ts", next, "--published", "2025-01-01"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: own.url },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      const killed = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
        if (killAt.test(stderr)) child.kill("SIGKILL");
      });
      expect(await killed, stderr).toBe("SIGKILL");
      expect(stderr).toMatch(killAt);
      expect(await fingerprintDatabase(db)).toEqual(before);
    },
  );
});
