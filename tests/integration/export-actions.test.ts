// The export endpoint over HTTP (shared seeded database, reads only) and the export stream
// on a database of its own for text that needs escaping.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { streamActionExport } from "../../lib/actions/export-actions";
import { listActions } from "../../lib/actions/list-actions";
import { type ActionSearch, DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { createPgPool } from "../../lib/db/pg-pool";
import { createOwnDatabase, useSharedDb } from "../helpers/db";

const db = useSharedDb();
const exportUrl = (query: string) => `${inject("appBaseUrl")}/api/actions/export?${query}`;
const readCsv = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];

describe("GET /api/actions/export", () => {
  it("exports every matching row as CSV, in the explorer's order, with a dated file name", async () => {
    const cases: [string, Partial<ActionSearch>][] = [
      ["format=csv", {}],
      ["format=csv&proposals=true&perPage=10&page=1", { proposals: true }],
      ["format=csv&jurisdiction=US&ground=TERRORISM&sort=targets&dir=asc", { jurisdiction: ["US"], ground: ["TERRORISM"], sort: "targets", dir: "asc" }],
    ];
    for (const [query, search] of cases) {
      const response = await fetch(exportUrl(query));
      expect(response.status, query).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="sanctions-actions-\d{4}-\d{2}-\d{2}\.csv"$/);
      const rows = readCsv(await response.text());
      const expected = await listActions({ ...DEFAULT_ACTION_SEARCH, ...search, perPage: 100 }, db);
      expect(rows.length, query).toBe(expected.total.value);
      expect(rows.map((r) => Number(r.id)), query).toEqual(expected.rows.map((r) => r.id));
    }
  });

  it("exports JSON that parses, with the same rows", async () => {
    const response = await fetch(exportUrl("format=json&proposals=true"));
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const rows = await response.json();
    expect(rows).toHaveLength(12);
    expect(rows.map((r: { link: string }) => r.link)).toEqual(rows.map((r: { id: number }) => `${inject("appBaseUrl")}/actions/${r.id}`));
    expect(rows.every((r: { sources: string[]; sourceCount: number }) => r.sources.length === r.sourceCount && r.sourceCount > 0)).toBe(true);
  });

  it("answers 400 for invalid parameters or format", async () => {
    for (const query of ["format=xml", "format=csv&sort=notes", "format=csv&jurisdiction=XX"]) {
      const response = await fetch(exportUrl(query));
      expect(response.status, query).toBe(400);
      expect((await response.json()).problems.length).toBe(1);
    }
  });
});

describe("streamActionExport", () => {
  let own: Awaited<ReturnType<typeof createOwnDatabase>>;
  beforeAll(async () => {
    own = await createOwnDatabase();
    const authority = await own.db.authority.create({ data: { slug: "a", name: 'Council, "EU"', kind: "INTERGOVERNMENTAL_COUNCIL" } });
    const target = await own.db.target.create({ data: { slug: "t", name: "=cmd|' /C calc'!A0", kind: "PERSON" } });
    await own.db.sanctionAction.create({
      data: {
        slug: "tricky", kind: "DESIGNATION", status: "IN_FORCE", jurisdiction: "EU", authorityId: authority.id,
        summary: 'Line one, with "quotes"\nline two', dateText: "+ 2012", dateStart: new Date("2012-03-01"),
        dateEnd: new Date("2012-03-31"), datePrecision: "MONTH", groundsText: "@risk -ish", groundCategories: ["CYBER"],
        targets: { create: [{ targetId: target.id }] },
      },
    });
  });
  afterAll(() => own.drop());

  it("escapes quotes, commas, line breaks and formula prefixes", async () => {
    const pool = createPgPool(own.url);
    let text = "";
    for await (const chunk of streamActionExport(DEFAULT_ACTION_SEARCH, pool, { format: "csv", origin: "http://x" })) text += chunk;
    await pool.end();
    const [row] = readCsv(text);
    expect(row.summary).toBe('Line one, with "quotes"\nline two');
    expect(row.authority).toBe('Council, "EU"');
    expect(row.targets).toBe("'=cmd|' /C calc'!A0");
    expect(row.date).toBe("'+ 2012");
    expect(row.grounds).toBe("'@risk -ish");
    expect(row).toMatchObject({ date_start: "2012-03-01", date_end: "2012-03-31", date_shown: "Mar 2012", ground_categories: "Cyber", link: "http://x/actions/" + row.id });
  });
});
