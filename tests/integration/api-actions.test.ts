// GET /api/actions over HTTP against the test app (shared seeded database; reads only).
import { describe, expect, inject, it } from "vitest";
import { listActions } from "../../lib/actions/list-actions";
import { DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();
const get = (query: string) => fetch(`${inject("appBaseUrl")}/api/actions?${query}`);

describe("GET /api/actions", () => {
  it("answers 400 listing each invalid parameter, never 500", async () => {
    const response = await get("sort=notes&page=x&jurisdiction=XX");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatch(/Invalid query parameters/);
    expect(body.problems).toHaveLength(3);
    for (const key of ["sort", "page", "jurisdiction"]) {
      expect(body.problems.some((p: string) => p.startsWith(`${key}=`))).toBe(true);
    }
    for (const query of ["perPage=7", "from=2020&to=2010", "from=yesterday", "from=2020-13", "to=2020-02-30", "target=99999999999", "authority=0x1F", "unknown=1", "target=abc", "q=" + "x".repeat(201)]) {
      const bad = await get(query);
      expect(bad.status, query).toBe(400);
      expect((await bad.json()).problems.length, query).toBeGreaterThan(0);
    }
  });

  it("refuses a single-valued parameter given twice, and unknown parameters on every API", async () => {
    const base = inject("appBaseUrl");
    const twice = await get("page=1&page=2");
    expect(twice.status).toBe(400);
    expect((await twice.json()).problems).toEqual(['page: given 2 times ("1", "2"); expected once']);
    // A list parameter may be repeated: it reads as one comma-separated list.
    expect((await get("jurisdiction=US&jurisdiction=EU")).status).toBe(200);
    const formats = await fetch(`${base}/api/actions/export?format=csv&format=json`);
    expect(formats.status).toBe(400);
    for (const path of ["/api/targets?q=qods&foo=1", "/api/compare/export?a=US&b=EU&foo=1", "/changes/feed.xml?foo=1"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(400);
      // One error format for every endpoint, the CSV export and the feed included.
      expect(response.headers.get("content-type"), path).toContain("application/json");
      expect(await response.text(), path).toContain("foo: unknown parameter");
    }
    // Campaign tags a newsletter adds to a shared link are no error.
    for (const path of ["/changes/feed.xml?utm_source=newsletter&utm_medium=email", "/api/actions?jurisdiction=EU&utm_campaign=x"]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    }
    const nowhere = await fetch(`${base}/api/nowhere`);
    expect(nowhere.status).toBe(404);
    expect((await nowhere.json()).error).toMatch(/No such API route/);
  });

  it("returns the page, the total and the applied filters", async () => {
    const response = await get("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["data", "filters", "page", "pageCount", "perPage", "total", "totalExact"]);
    expect(body).toMatchObject({ total: 10, totalExact: true, page: 1, perPage: 25, pageCount: 1 });
    expect(body.filters).toEqual(DEFAULT_ACTION_SEARCH);
    const first = body.data[0];
    expect(first.date.start === null || /^\d{4}-\d{2}-\d{2}$/.test(first.date.start)).toBe(true);
    expect(body.data.every((a: { targets: unknown[]; authority: { name: string } }) => a.targets.length > 0 && a.authority.name)).toBe(true);
  });

  it("gives the same rows, in the same order, as the explorer's query layer", async () => {
    for (const query of [
      { jurisdiction: ["US" as const], ground: ["TERRORISM" as const], sort: "targets" as const, dir: "asc" as const },
      { proposals: true, perPage: 10 as const, page: 2 },
      { q: "VEVAK", proposals: true },
      { from: "2008", to: "2012-06" },
    ]) {
      const search = { ...DEFAULT_ACTION_SEARCH, ...query };
      const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      const body = await (await get(params.toString())).json();
      const expected = await listActions(search, db);
      expect(body.data.map((a: { id: number }) => a.id), params.toString()).toEqual(expected.rows.map((r) => r.id));
      expect(body.total).toBe(expected.total.value);
      expect(body.filters).toEqual(search);
    }
  });

  it("serialises dates as ISO days and keeps the date as written", async () => {
    const body = await (await get("q=2012&proposals=true&perPage=100")).json();
    const dated = body.data.filter((a: { date: { start: string | null } }) => a.date.start);
    expect(dated.length).toBeGreaterThan(0);
    for (const action of dated) {
      expect(action.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(action.date.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof action.date.label).toBe("string");
    }
  });
});
