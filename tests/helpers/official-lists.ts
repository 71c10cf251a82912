// Shared by the official-list tests: fixture paths and a fingerprint of everything an import writes.
import path from "node:path";
import { readDataset } from "../../lib/dataset/load-dataset";
import { seedDataset } from "../../lib/dataset/seed-dataset";
import type { Db } from "../../lib/db/client";
import { createOwnDatabase } from "./db";

export const LIST_FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "official-lists");
export const listFixture = (...parts: string[]) => path.join(LIST_FIXTURES, ...parts);

/** A database of the test file's own, seeded with the articles' actions, as imports meet it in use. */
export async function createSeededDatabase() {
  const own = await createOwnDatabase();
  await seedDataset(own.db, readDataset());
  return own;
}

/** Row counts and content hashes of every table an import touches. */
export async function fingerprintDatabase(db: Db) {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT
    (SELECT count(*) FROM "ListImport")::int AS imports,
    (SELECT count(*) FROM "ListEntry")::int AS entries,
    (SELECT count(*) FROM "ListEntryCandidate")::int AS candidates,
    (SELECT count(*) FROM "ActionListEntry")::int AS "actionEntries",
    (SELECT count(*) FROM "SanctionAction")::int AS actions,
    (SELECT count(*) FROM "ActionTarget")::int AS "actionTargets",
    (SELECT count(*) FROM "ActionInstrument")::int AS "actionInstruments",
    (SELECT count(*) FROM "Target")::int AS targets,
    (SELECT count(*) FROM "TargetAlias")::int AS aliases,
    (SELECT count(*) FROM "LegalInstrument")::int AS instruments,
    (SELECT count(*) FROM "Authority")::int AS authorities,
    (SELECT md5(coalesce(string_agg(concat_ws('|', slug, status, "dateStart", "dateEnd", "searchText", "sortTargets"), ',' ORDER BY slug), '')) FROM "SanctionAction") AS "actionsHash",
    (SELECT md5(coalesce(string_agg(concat_ws('|', "importId", "listId", name, "targetId", "matchKind"), ',' ORDER BY id), '')) FROM "ListEntry") AS "entriesHash",
    (SELECT md5(coalesce(string_agg(concat_ws('|', "targetId", alias), ',' ORDER BY id), '')) FROM "TargetAlias") AS "aliasesHash"`;
  return row;
}
