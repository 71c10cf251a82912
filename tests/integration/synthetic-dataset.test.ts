// The synthetic generator at a small size, in databases of the test's own.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamActionExport } from "../../lib/actions/export-actions";
import { listActions } from "../../lib/actions/list-actions";
import { DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { createPgPool } from "../../lib/db/pg-pool";
import { searchTargets } from "../../lib/targets/search-targets";
import { seed } from "../../prisma/seed";
import { loadSyntheticDataset } from "../../scripts/synthetic/synthetic-load";
import { createOwnDatabase } from "../helpers/db";

describe("synthetic dataset (2,000 actions)", () => {
  let own: Awaited<ReturnType<typeof createOwnDatabase>>;
  let client: pg.Client;
  const one = async <T>(sql: string) => (await client.query(sql)).rows[0] as T;

  beforeAll(async () => {
    own = await createOwnDatabase();
    await loadSyntheticDataset(own.url, { actions: 2000, targets: 300 });
    client = new pg.Client({ connectionString: own.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await own?.drop();
  });

  it("marks every row as synthetic and none as an article record", async () => {
    expect(await one(`SELECT count(*)::int AS n, count(*) FILTER (WHERE slug LIKE 'synthetic-action-%')::int AS marked,
      count(*) FILTER (WHERE origin = 'ARTICLE')::int AS article FROM "SanctionAction"`)).toEqual({ n: 2000, marked: 2000, article: 0 });
    const authorities = await client.query(`SELECT slug, name FROM "Authority"`);
    expect(authorities.rows.every((a) => a.slug.startsWith("synthetic-") && a.name.includes("(synthetic)"))).toBe(true);
  });

  it("has realistic distributions", async () => {
    const share = await one<Record<string, number>>(`SELECT
      avg((jurisdiction = 'US')::int)::float AS us, avg((jurisdiction = 'UN')::int)::float AS un,
      avg((kind = 'DESIGNATION')::int)::float AS designation, avg((kind = 'PROPOSAL')::int)::float AS proposal,
      avg((cardinality("groundCategories") > 1)::int)::float AS multi_ground,
      count(DISTINCT "datePrecision")::int AS precisions,
      min(extract(year FROM "dateStart"))::int AS first_year, max(extract(year FROM "dateEnd"))::int AS last_year
      FROM "SanctionAction"`);
    expect(share.us).toBeGreaterThan(0.45);
    expect(share.us).toBeLessThan(0.65);
    expect(share.un).toBeGreaterThan(0.04);
    expect(share.designation).toBeGreaterThan(0.65);
    expect(share.proposal).toBeGreaterThan(0.005);
    expect(share.proposal).toBeLessThan(0.08);
    expect(share.multi_ground).toBeGreaterThan(0.2);
    expect(share.precisions).toBe(5);
    expect(share.first_year).toBeGreaterThanOrEqual(1979);
    expect(share.last_year).toBeLessThanOrEqual(2026);
    const links = await one<Record<string, number>>(`SELECT
      (SELECT min(n) FROM (SELECT count(*) n FROM "ActionTarget" GROUP BY "actionId") s)::int AS min_targets,
      (SELECT max(n) FROM (SELECT count(*) n FROM "ActionTarget" GROUP BY "actionId") s)::int AS max_targets,
      (SELECT count(DISTINCT "actionId") FROM "ActionTarget")::int AS with_targets,
      (SELECT min(n) FROM (SELECT count(*) n FROM "TargetAlias" GROUP BY "targetId") s)::int AS min_aliases,
      (SELECT max(n) FROM (SELECT count(*) n FROM "TargetAlias" GROUP BY "targetId") s)::int AS max_aliases,
      (SELECT count(*) FROM "TargetRelation")::int AS relations`);
    expect(links).toMatchObject({ min_targets: 1, max_targets: 3, with_targets: 2000, min_aliases: 1 });
    expect(links.max_aliases).toBeLessThanOrEqual(6);
    expect(links.max_aliases).toBeGreaterThanOrEqual(4);
    expect(links.relations).toBeGreaterThan(50);
  });

  it("fills the derived columns, restores indexes and triggers, and keeps evidence offsets true", async () => {
    expect(await one(`SELECT count(*)::int AS n FROM "SanctionAction"
      WHERE "searchText" = '' OR "sortTargets" = '' OR "sortAuthority" = '' OR "sourceCount" < 1`)).toEqual({ n: 0 });
    const indexes = await client.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'SanctionAction'`);
    expect(indexes.rows.map((r) => r.indexname)).toEqual(expect.arrayContaining(["SanctionAction_searchText_trgm", "SanctionAction_sortDate_desc", "SanctionAction_slug_key"]));
    expect(await one(`SELECT to_regclass('"_synthetic_pending_index"') AS t`)).toEqual({ t: null });
    expect(await one(`SELECT count(*)::int AS n FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`)).toEqual({ n: 0 });
    expect(await one(`SELECT count(*)::int AS n FROM "Evidence" e JOIN "SourceDocument" d ON d.id = e."documentId"
      WHERE substr(d.text, e."startOffset" + 1, e."endOffset" - e."startOffset") <> e.quote`)).toEqual({ n: 0 });
  });

  it("recounts the chart cells its triggers could not keep during the load", async () => {
    expect(await one(`SELECT (SELECT sum(n)::int FROM "ChartDateCell") AS cells, (SELECT count(*)::int FROM "SanctionAction") AS actions`))
      .toEqual({ cells: 2000, actions: 2000 });
    const { top, recount } = await one<{ top: number; recount: number }>(`SELECT
      (SELECT max(n) FROM "ChartTargetCount" WHERE jurisdiction IS NULL) AS top,
      (SELECT max(c)::int FROM (SELECT count(*) AS c FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"
        WHERE a.kind <> 'PROPOSAL' GROUP BY at."targetId") t) AS recount`);
    expect(top).toBeGreaterThan(0);
    expect(top).toBe(recount);
  });

  it("is searchable through the app's query layer, across spellings", async () => {
    const { alias, targetId } = await one<{ alias: string; targetId: number }>(
      `SELECT alias, "targetId" FROM "TargetAlias" WHERE kind = 'SPELLING' ORDER BY id LIMIT 1`);
    expect((await searchTargets(alias, 10, own.db)).map((t) => t.id)).toContain(targetId);
    const page = await listActions({ ...DEFAULT_ACTION_SEARCH, target: [targetId] }, own.db);
    expect(page.total.value).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.targets.some((t) => t.target.id === targetId))).toBe(true);
  });

  it("stops an export the client abandons and gives its connection up", async () => {
    const pool = createPgPool(own.url);
    const chunks = streamActionExport(DEFAULT_ACTION_SEARCH, pool, { format: "csv", origin: "http://x" });
    await chunks.next();
    await chunks.next();
    expect(pool.totalCount).toBe(1);
    await chunks.return(undefined);
    expect(pool.totalCount).toBe(0);
    // The server ends the statement once the connection closes: wait for that, a few seconds at
    // most on a busy machine. Only this database's: other test files export at the same time.
    const running = () => one<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND query LIKE '%ARRAY(SELECT t.name%' AND pid <> pg_backend_pid()`);
    for (let waited = 0; (await running()).n > 0 && waited < 5_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await running()).toEqual({ n: 0 });
    await pool.end();
  });
});

describe("synthetic dataset guard", () => {
  it("refuses a database that holds article records, and leaves it untouched", async () => {
    const own = await createOwnDatabase();
    try {
      await seed(own.url);
      const before = await own.db.sanctionAction.count();
      await expect(loadSyntheticDataset(own.url, { actions: 10, targets: 5 })).rejects.toThrow(/Refusing to write synthetic data/);
      expect(await own.db.sanctionAction.count()).toBe(before);
      expect(await own.db.sanctionAction.count({ where: { slug: { startsWith: "synthetic-" } } })).toBe(0);
    } finally {
      await own.drop();
    }
  });
});
