// Loads a synthetic dataset into its own database with COPY. Triggers are off during the
// load and the secondary indexes are dropped (their definitions kept in a table, so a failed
// run restores them next time); the derived columns are then refreshed in batches.
import pg from "pg";
import { copyRows } from "./synthetic-copy";
import { createSyntheticDataset, type SyntheticSize } from "./synthetic-dataset";

const TABLES = ["Authority", "LegalInstrument", "Target", "TargetAlias", "TargetRelation", "SourceDocument",
  "SanctionAction", "ActionTarget", "ActionInstrument", "Evidence"] as const;
const REFRESH_BATCH = 50_000;

export interface LoadOptions extends SyntheticSize {
  log?: (line: string) => void;
}

export async function loadSyntheticDataset(url: string, { log = () => {}, ...size }: LoadOptions) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const result = await work();
    log(`${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return result;
  };
  try {
    await refuseRealRecords(client);
    await client.query("SET maintenance_work_mem = '512MB'; SET synchronous_commit = off");
    await restorePendingIndexes(client, log);
    const data = createSyntheticDataset(size);
    const { counts } = data;

    await client.query("BEGIN");
    await client.query(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
    for (const table of TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    // The alias keys are written by a row trigger (migration import_write_once): it stays on.
    await client.query(`ALTER TABLE "TargetAlias" ENABLE TRIGGER target_alias_keys`);
    await dropSecondaryIndexes(client);
    const copy = (label: string, table: string, columns: string[], rows: Iterable<readonly unknown[]>) =>
      step(label, () => copyRows(client, table, columns, rows as Iterable<never>));
    await copy(`authorities`, "Authority", ["id", "slug", "name", "shortName", "jurisdiction", "kind"], data.authorities());
    await copy(`${counts.instruments} instruments`, "LegalInstrument", ["id", "citation", "kind", "jurisdiction", "title", "date"], data.instruments());
    await copy(`${counts.targets} targets`, "Target", ["id", "slug", "name", "kind", "country", "description"], data.targets());
    await copy(`aliases`, "TargetAlias", ["id", "targetId", "alias", "kind"], data.aliases());
    await copy(`relations`, "TargetRelation", ["id", "fromId", "toId", "kind", "note"], data.relations());
    await copy(`${counts.documents} documents`, "SourceDocument",
      ["id", "slug", "title", "author", "publisher", "publishedText", "publishedStart", "publishedEnd", "publishedPrecision", "text", "contentHash"],
      data.documents());
    const actions = data.actionRows();
    await copy(`${counts.actions} actions`, "SanctionAction",
      ["id", "slug", "kind", "status", "origin", "jurisdiction", "authorityId", "summary", "dateText", "dateStart", "dateEnd",
        "datePrecision", "dateBasis", "groundsText", "groundCategories", "note"],
      actions.actions());
    await copy(`action targets`, "ActionTarget", ["actionId", "targetId"], actions.actionTargets());
    await copy(`action instruments`, "ActionInstrument", ["actionId", "instrumentId"], actions.actionInstruments());
    await copy(`evidence`, "Evidence", ["id", "actionId", "documentId", "field", "quote", "startOffset", "endOffset"], actions.evidence());

    // Indexes on the link tables make the per-action subqueries of the refresh fast.
    await step("indexes on link tables", () => recreateIndexes(client, ["ActionTarget", "ActionInstrument", "Evidence", "TargetAlias"]));
    // Fresh tables have no statistics; without them the refresh picks slow plans.
    await step("analyze", () => client.query(`ANALYZE ${TABLES.map((t) => `"${t}"`).join(", ")}`));
    await step("derived columns", async () => {
      for (let first = 1; first <= counts.actions; first += REFRESH_BATCH) {
        const last = Math.min(counts.actions, first + REFRESH_BATCH - 1);
        await client.query("SELECT refresh_action_derived(ARRAY(SELECT generate_series($1::int, $2::int)))", [first, last]);
        log(`  derived columns ${last.toLocaleString("en")} / ${counts.actions.toLocaleString("en")}`);
      }
    });
    for (const table of TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    // The chart cells are kept by the triggers that were off during the load: recount them.
    await step("chart cells", () => client.query("SELECT chart_rebuild_cells()"));
    for (const table of TABLES.filter((t) => !t.startsWith("Action"))) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce(max(id), 0) + 1, false) FROM "${table}"`);
    }
    await step("commit", () => client.query("COMMIT"));

    // The refresh rewrote every action row; compact the table before indexing it.
    await step("compact actions", () => client.query(`VACUUM FULL "SanctionAction"`));
    await step("indexes", () => recreateIndexes(client));
    await client.query(`DROP TABLE "_synthetic_pending_index"`);
    await step("vacuum analyze", () => client.query("VACUUM ANALYZE"));
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The synthetic database must never hold real records: refuse any row that is not ours. */
async function refuseRealRecords(client: pg.Client) {
  const { rows } = await client.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM "SanctionAction" WHERE origin = 'ARTICLE' OR slug NOT LIKE 'synthetic-%')
      + (SELECT count(*) FROM "Target" WHERE slug NOT LIKE 'synthetic-%')
      + (SELECT count(*) FROM "SourceDocument" WHERE slug NOT LIKE 'synthetic-%') AS n`);
  if (Number(rows[0].n) > 0) {
    throw new Error(`Refusing to write synthetic data: this database holds ${rows[0].n} real (non-synthetic) records. Use a database of its own.`);
  }
}

async function dropSecondaryIndexes(client: pg.ClientBase) {
  await client.query(`CREATE TABLE IF NOT EXISTS "_synthetic_pending_index" ("table" text NOT NULL, definition text NOT NULL)`);
  const { rows } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS table, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relname = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`, [TABLES]);
  for (const { table, name, definition } of rows) {
    await client.query(`INSERT INTO "_synthetic_pending_index" VALUES ($1, $2)`, [table, definition]);
    await client.query(`DROP INDEX ${name}`);
  }
}

async function recreateIndexes(client: pg.ClientBase, tables?: readonly string[]) {
  const { rows } = await client.query<{ definition: string }>(
    `SELECT definition FROM "_synthetic_pending_index" WHERE $1::text[] IS NULL OR "table" = ANY($1)`, [tables ?? null]);
  // Each definition is forgotten only once its index exists, so an interrupted run loses none.
  for (const { definition } of rows) {
    await client.query(definition.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS "));
    await client.query(`DELETE FROM "_synthetic_pending_index" WHERE definition = $1`, [definition]);
  }
}

/** A previous run that failed after dropping indexes left their definitions behind. */
async function restorePendingIndexes(client: pg.Client, log: (line: string) => void) {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_synthetic_pending_index"') IS NOT NULL AS exists`);
  if (!rows[0].exists) return;
  await recreateIndexes(client);
  await client.query(`DROP TABLE "_synthetic_pending_index"`);
  log("restored indexes left dropped by an earlier failed run");
}
