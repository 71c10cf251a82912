// The importer writes actions in bulk mode (triggers stand aside, one set-based catch-up at
// the end): the derived columns and chart cells it leaves must equal a recomputation from the
// rows themselves, as the triggers keep them; so must the alias keys it computes. Two versions,
// so delistings lift designations too.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importListFiles } from "../../lib/official-lists/import-list";
import { readChartRecounts } from "../helpers/chart-recount";
import { createSeededDatabase, listFixture } from "../helpers/official-lists";

let own: Awaited<ReturnType<typeof createSeededDatabase>>;
let client: pg.Client;

const DERIVED = `SELECT id, "sourceCount", "sortAuthority", "sortTargets", "sortInstruments", "searchText", "targetIds", "instrumentIds" FROM "SanctionAction" ORDER BY id`;
const CELLS = [
  `SELECT * FROM "ChartDateCell" ORDER BY 1, 2, 3, 4, 5, 6, 7`,
  `SELECT * FROM "ChartGroundCell" ORDER BY 1, 2, 3, 4`,
  `SELECT * FROM "ChartInstrumentCell" ORDER BY 1, 2, 3, 4`,
  `SELECT * FROM "ChartTargetCount" ORDER BY 1, 2`,
  `SELECT * FROM "ChartTargetMask" WHERE n <> 0 ORDER BY 1`,
  `SELECT * FROM "ChartRollupCount" ORDER BY 1, 2`,
  `SELECT * FROM "ChartDocumentCount" ORDER BY 1, 2`,
  `SELECT * FROM "ChartDateGroundCell" ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
  `SELECT * FROM "ChartInstrumentGroundCell" ORDER BY 1, 2, 3, 4, 5`,
  `SELECT * FROM "ChartInstrumentYearSum" ORDER BY 1, 2, 3, 4`,
  `SELECT * FROM "ChartTargetKindCount" ORDER BY 1, 2, 3`,
  `SELECT * FROM "ChartTargetYearCount" ORDER BY 1, 2`,
  `SELECT * FROM "ChartTargetGroundCount" ORDER BY 1, 2, 3`,
  `SELECT * FROM "ChartActionCell" ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
  `SELECT * FROM "ChartInstrumentActionCell" ORDER BY 1, 2, 3, 4, 5, 6`,
  `SELECT * FROM "ChartTargetAction" ORDER BY 1, 2`,
  `SELECT * FROM "ChartRollupGroundCount" ORDER BY 1, 2, 3`,
  `SELECT * FROM "ChartUndatedCell" ORDER BY 1, 2, 3, 4, 5, 6`,
];

/** Aliases whose stored keys differ from the key functions (bulk mode writes keys it computed). */
async function staleAliasKeys() {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "TargetAlias"
    WHERE ("plainKey", "skeletonKey", "wordKey") IS DISTINCT FROM (name_plain(alias), name_skeleton(alias), name_word_key(alias))`);
  return rows[0].n as number;
}

/** The cells against counts written without the chart functions the catch-up uses. */
async function expectCellsToMatchIndependentRecount() {
  for (const { name, stored, recounted } of await readChartRecounts(async (sql) => (await client.query(sql)).rows)) {
    expect(stored, name).toEqual(recounted);
  }
}

async function snapshot() {
  const derived = (await client.query(DERIVED)).rows;
  const cells = [];
  for (const sql of CELLS) cells.push((await client.query(sql)).rows);
  return { derived, cells };
}

/** The same snapshot after recomputing everything from the base rows, rolled back afterwards. */
async function recomputed() {
  await client.query("BEGIN");
  try {
    await client.query(`SET LOCAL sanctions.bulk_write = 'on'`);
    await client.query(`SELECT refresh_action_derived(ARRAY(SELECT id FROM "SanctionAction"))`);
    await client.query(`SELECT chart_rebuild_cells()`);
    return await snapshot();
  } finally {
    await client.query("ROLLBACK");
  }
}

beforeAll(async () => {
  own = await createSeededDatabase();
  client = new pg.Client({ connectionString: own.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await own.drop();
});

describe("bulk-mode import", () => {
  it("leaves derived columns and chart cells equal to a recount, over a first and a next version", async () => {
    const iran = (...parts: string[]) => parts.slice(1).map((f) => listFixture("ofac-csv", parts[0], f));
    const first = await importListFiles(own.url, { format: "OFAC_CSV", files: iran("iran-2021-07", "sdn.csv", "alt.csv"), publishedAt: "2021-07-07" });
    expect(first.designations).toBeGreaterThan(0);
    const afterFirst = await snapshot();
    expect(afterFirst.derived.filter((a) => a.sortTargets !== "").length).toBeGreaterThan(first.designations);
    expect(afterFirst).toEqual(await recomputed());
    await expectCellsToMatchIndependentRecount();
    expect(await staleAliasKeys()).toBe(0);

    const next = await importListFiles(own.url, { format: "OFAC_CSV", files: iran("iran-2024-06", "sdn.csv"), publishedAt: "2024-06-27" });
    expect(next.designations + next.delistings).toBeGreaterThan(0);
    const afterNext = await snapshot();
    expect(afterNext.derived.length).toBe(afterFirst.derived.length + next.designations + next.delistings + next.amendments);
    expect(afterNext).toEqual(await recomputed());
    await expectCellsToMatchIndependentRecount();
    expect(await staleAliasKeys()).toBe(0);
  });

  it("leaves chart cells equal to an independent recount after a first import of a list with listing dates", async () => {
    const un = await importListFiles(own.url, { format: "UN_XML", files: [listFixture("un-xml", "UN_consolidated_2026-02-27.xml")] });
    expect(un.designations).toBeGreaterThan(900);
    const { rows } = await client.query(`SELECT count(DISTINCT "dateStart")::int AS n FROM "SanctionAction" WHERE origin = 'OFFICIAL_LIST' AND jurisdiction = 'UN'`);
    expect(rows[0].n).toBeGreaterThan(100);
    await expectCellsToMatchIndependentRecount();
    expect(await snapshot()).toEqual(await recomputed());
  });

  it("migration open_start_listings turns older imports' undated listings into open-start spans, cells in step", async () => {
    const undated = `origin = 'OFFICIAL_LIST' AND "dateStart" IS NULL AND "dateText" LIKE 'on or before %'`;
    // As an import before that change left them (the triggers keep the cells in step): a date
    // unknown by its precision with an end, which the later check unknown_date_check forbids.
    await client.query(`ALTER TABLE "SanctionAction" DROP CONSTRAINT "SanctionAction_unknown_date"`);
    const { rowCount } = await client.query(`UPDATE "SanctionAction" SET "datePrecision" = 'UNKNOWN' WHERE ${undated}`);
    expect(rowCount).toBeGreaterThan(0);
    const migration = (name: string) => readFileSync(path.join(import.meta.dirname, "../../prisma/migrations", name, "migration.sql"), "utf8");
    await client.query(migration("20261122100000_open_start_listings"));
    const { rows } = await client.query(`SELECT "datePrecision"::text AS p, count(*)::int AS n FROM "SanctionAction" WHERE ${undated} GROUP BY 1`);
    expect(rows).toEqual([{ p: "SPAN", n: rowCount }]);
    expect(await snapshot()).toEqual(await recomputed());
    // The migration leaves every row as the check wants it: adding it again validates them.
    await client.query(migration("20261205110000_unknown_date_check"));
  });

  it("is off outside the importer's transaction", async () => {
    const { rows } = await client.query(`SELECT coalesce(current_setting('sanctions.bulk_write', true), '') AS mode`);
    expect(rows[0].mode).not.toBe("on");
  });
});
