import { getDb, type Db } from "../db/client";

/** The sections whose pages show one record by id (/targets/12). */
export type RecordSection = "actions" | "targets" | "documents";

/** Whether the record a detail page would show exists: one primary-key probe. */
export async function recordExists(section: RecordSection, id: number, db: Db = getDb()): Promise<boolean> {
  const where = { where: { id } };
  const found = section === "actions" ? await db.sanctionAction.count(where)
    : section === "targets" ? await db.target.count(where)
    : await db.sourceDocument.count(where);
  return found > 0;
}
