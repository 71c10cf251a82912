// Each format's importer on real files, against figures computed here from the files themselves.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { importListFiles } from "../../lib/official-lists/import-list";
import { lookUpProgramme } from "../../lib/official-lists/programme-table";
import { LIST_SOURCES } from "../../lib/official-lists/list-sources";
import { createSeededDatabase, listFixture } from "../helpers/official-lists";

let own: Awaited<ReturnType<typeof createSeededDatabase>>;
let db: Db;

beforeAll(async () => {
  own = await createSeededDatabase();
  db = own.db;
});
afterAll(() => own.drop());

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const entry = (importId: number, listId: string) =>
  db.listEntry.findUniqueOrThrow({ where: { importId_listId: { importId, listId } }, include: { actions: { include: { action: true } } } });
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

async function expectUnknownCodesReported(importId: number) {
  const imported = await db.listImport.findUniqueOrThrow({ where: { id: importId } });
  const codes = await db.$queryRaw<{ code: string }[]>`SELECT DISTINCT unnest(programmes) AS code FROM "ListEntry" WHERE "importId" = ${importId}`;
  const unknown = codes.map((c) => c.code).filter((c) => !lookUpProgramme(LIST_SOURCES[imported.source].jurisdiction, c));
  expect([...imported.unknownProgrammes].sort()).toEqual(unknown.sort());
}

describe("official list formats", () => {
  it("UN consolidated XML: every INDIVIDUAL and ENTITY, with LISTED_ON as the designation date", async () => {
    const file = listFixture("un-xml", "UN_consolidated_2026-02-27.xml");
    const text = readFileSync(file, "utf8");
    const summary = await importListFiles(own.url, { format: "UN_XML", files: [file] });
    expect(summary).toMatchObject({ source: "UN_SC", publishedAt: "2026-02-27", alreadyImported: false });
    expect(summary.entries).toBe(count(text, /<INDIVIDUAL>/g) + count(text, /<ENTITY>/g));
    expect(summary.designations).toBe(summary.entries);
    const soleimani = await entry(summary.importId, "IRi.039");
    expect(soleimani).toMatchObject({ name: "QASEM SOLEIMANI", programmes: ["Iran"], listedPrecision: "DAY" });
    expect(day(soleimani.actions[0].action.dateStart)).toBe("2007-03-24");
    expect(soleimani.weakAliases).toContain("Haj Qasem");
    await expectUnknownCodesReported(summary.importId);
  });

  it("EU XML 1.1: designationDate where given, else the earliest act, with the basis stated", async () => {
    const file = listFixture("eu-xml", "sample_eu_fsf_2026-08-05.xml");
    const summary = await importListFiles(own.url, { format: "EU_XML", files: [file] });
    expect(summary.entries).toBe(count(readFileSync(file, "utf8"), /<sanctionEntity /g));
    const parchin = await entry(summary.importId, "3822");
    expect(parchin).toMatchObject({ programmes: ["IRN"], listedPrecision: "DAY" });
    expect(day(parchin.listedStart)).toBe("2008-06-23");
    const mohammed = await entry(summary.importId, "191");
    expect(mohammed.listedBasis).toMatch(/no designationDate/);
  });

  it("OFSI ConList CSV (cp1252): one entry per Group ID; MOSLEHI, Heydar listed on 12/10/2011", async () => {
    const file = listFixture("uk-ofsi", "ConList_2018-04-13_iran-hr-subset.csv");
    const rows: string[][] = parse(iconv.decode(readFileSync(file), "win1252"), { relax_column_count: true, from_line: 3 });
    const summary = await importListFiles(own.url, { format: "UK_OFSI_CSV", files: [file] });
    expect(summary).toMatchObject({ source: "UK_OFSI", publishedAt: "2018-04-13" });
    expect(summary.entries).toBe(new Set(rows.map((r) => r[r.length - 1])).size);
    const moslehi = await entry(summary.importId, "12202");
    expect(moslehi.name).toBe("MOSLEHI, Heydar");
    expect(moslehi.aliases).toEqual(expect.arrayContaining(["MOSLEHI, Heidar", "MOSLEHI, Haidar"]));
    const [designation] = moslehi.actions.map((a) => a.action);
    expect(designation).toMatchObject({ kind: "DESIGNATION", jurisdiction: "UK", datePrecision: "DAY", dateText: "12/10/2011" });
    expect(day(designation.dateStart)).toBe("2011-10-12");
  });

  it("OFAC sdnList XML: Publish_Date, Record_Count entries, the consolidated list recognised", async () => {
    const file = listFixture("ofac-xml", "consolidated_2023-03-08.xml");
    const text = readFileSync(file, "utf8");
    const summary = await importListFiles(own.url, { format: "OFAC_XML", files: [file] });
    expect(summary).toMatchObject({ source: "OFAC_CONSOLIDATED", publishedAt: "2023-03-08" });
    expect(summary.entries).toBe(count(text, /<sdnEntry>/g));
    expect(summary.entries).toBe(Number(text.match(/<Record_Count>(\d+)</)![1]));
    await expectUnknownCodesReported(summary.importId);
  });

  it("OFAC advanced XML: EntryEvent dates and legal bases joined to the parties", async () => {
    const file = listFixture("ofac-advanced", "sample_sdn_advanced_2026-09-09.xml");
    const summary = await importListFiles(own.url, { format: "OFAC_ADVANCED_XML", files: [file] });
    expect(summary.entries).toBe(count(readFileSync(file, "utf8"), /<DistinctParty /g));
    const zomor = await entry(summary.importId, "2677");
    expect(zomor).toMatchObject({ name: "Al-Zomor, Abboud Abdul Latif Hassan", programmes: ["SDGT"], targetKind: "PERSON" });
    expect(zomor.legalBasis).toEqual(["Executive Order 13224 (Terrorism)"]);
    expect(day(zomor.actions[0].action.dateStart)).toBe("1995-01-23");
    expect((await entry(summary.importId, "4238")).targetKind).toBe("VESSEL");
  });

  it("UK Sanctions List XML: DateDesignated, regimes as legal basis, ships", async () => {
    const file = listFixture("uk-fcdo", "sample_UK_Sanctions_List_2026-09-10.xml");
    const summary = await importListFiles(own.url, { format: "UK_FCDO_XML", files: [file] });
    expect(summary).toMatchObject({ source: "UK_FCDO", publishedAt: "2026-09-10", entries: count(readFileSync(file, "utf8"), /<Designation>/g) });
    expect(day((await entry(summary.importId, "AFG0006")).listedStart)).toBe("2001-01-25");
    expect((await entry(summary.importId, "DPR0075")).targetKind).toBe("VESSEL");
  });

  it("OFAC CSV: remarks cut at 1,000 characters continue from SDN_COMMENTS.CSV with no separator", async () => {
    const dir = (f: string) => listFixture("ofac-csv", "tiny-2025-05", f);
    const sdn: string[][] = parse(readFileSync(dir("sdn.csv")), {});
    const [overflow]: string[][] = parse(readFileSync(dir("sdn_comments.csv")), {});
    const summary = await importListFiles(own.url, {
      format: "OFAC_CSV",
      files: [dir("sdn.csv"), dir("alt.csv"), dir("add.csv"), dir("sdn_comments.csv")],
      publishedAt: "2025-05-16",
    });
    expect(summary.entries).toBe(new Set(sdn.map((r) => r[0])).size);
    const cut = sdn.find((r) => r[0] === overflow[0])!;
    expect(cut[11]).toHaveLength(1000);
    expect((await entry(summary.importId, overflow[0])).remarks).toBe(cut[11] + overflow[1]);
  });
});
