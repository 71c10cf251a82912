import "server-only";
// The changes: designations, delistings and amendments read from official lists, filtered in
// SQL. The page lists them by their own dates (indexes: SanctionAction origin+sortDate, ListEntry
// programmes GIN), the Atom feed as found, by the versions that showed them.
import { actionsWhere, countActions } from "../actions/list-actions";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { ActionKind, DatePrecision, Jurisdiction, ListSource } from "../generated/prisma/enums";
import { CHANGES_PER_PAGE, type ChangeSearch } from "./change-search";
import { spellProgrammeCodes } from "./programme-table";

const { sql, join } = Prisma;

export function changeWhere(search: ChangeSearch): Prisma.Sql {
  const conditions = [sql`a.origin = 'OFFICIAL_LIST'`];
  if (search.kind.length) conditions.push(sql`a.kind::text = ANY(${search.kind})`);
  if (search.jurisdiction.length) conditions.push(sql`a.jurisdiction::text = ANY(${search.jurisdiction})`);
  if (search.target.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM "ActionTarget" at WHERE at."actionId" = a.id AND at."targetId" = ANY(${search.target}::int[]))`);
  }
  if (search.programme.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM "ActionListEntry" ale JOIN "ListEntry" e ON e.id = ale."entryId"
      WHERE ale."actionId" = a.id AND e.programmes && ${spellProgrammeCodes(search.programme)}::text[])`);
  }
  if (search.source.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM "ActionListEntry" ale JOIN "ListImport" li ON li.id = ale."importId"
      WHERE ale."actionId" = a.id AND li.source::text = ANY(${search.source}))`);
  }
  return join(conditions, " AND ");
}

export interface ChangeRow {
  id: number;
  kind: ActionKind;
  summary: string;
  dateText: string | null;
  dateStart: Date | null;
  dateEnd: Date | null;
  datePrecision: DatePrecision;
  dateBasis: string | null;
  jurisdiction: Jurisdiction;
  note: string | null;
  source: ListSource;
  publishedAt: Date;
  importId: number;
  listId: string;
  programmes: string[];
  targetId: number | null;
  targetName: string | null;
}

const CHANGE_COLUMNS = sql`a.id, a.kind, a.summary, a."dateText", a."dateStart", a."dateEnd", a."datePrecision", a."dateBasis",
  a.jurisdiction, a.note, li.source, li."publishedAt", li.id AS "importId", e."listId", e.programmes, t.id AS "targetId", t.name AS "targetName"`;

/** The /changes page: changes by their own date (a listing date where the list gives one), newest first. */
export async function listChanges(search: ChangeSearch, limit = CHANGES_PER_PAGE, db: Db = getDb()) {
  const where = changeWhere(search);
  const [rows, total] = await Promise.all([
    db.$queryRaw<ChangeRow[]>`
      SELECT ${CHANGE_COLUMNS}
      FROM (SELECT * FROM "SanctionAction" a WHERE ${where} ORDER BY a."sortDate" DESC NULLS LAST, a.id DESC
            LIMIT ${limit} OFFSET ${(search.page - 1) * limit}) a
      CROSS JOIN LATERAL (SELECT "importId", "entryId" FROM "ActionListEntry" WHERE "actionId" = a.id ORDER BY "entryId" DESC LIMIT 1) ale
      JOIN "ListImport" li ON li.id = ale."importId"
      JOIN "ListEntry" e ON e.id = ale."entryId"
      LEFT JOIN "Target" t ON t.id = e."targetId"
      ORDER BY a."sortDate" DESC NULLS LAST, a.id DESC`,
    countActions(actionsWhere(where), db),
  ]);
  return { rows, total, page: search.page, pageCount: Math.max(1, Math.ceil(total.value / limit)) };
}

export type ChangePage = Awaited<ReturnType<typeof listChanges>>;

/**
 * The typed programme codes that no imported list entry carries, in any spelling the programme
 * table knows: a filter on one finds nothing, and the page says why rather than only "0 changes".
 */
export async function programmesWithoutEntries(codes: string[], db: Db = getDb()): Promise<string[]> {
  if (!codes.length) return [];
  const typed = codes.map((code, position) => sql`(${position}, ${code}, ${spellProgrammeCodes([code])}::text[])`);
  const rows = await db.$queryRaw<{ code: string }[]>`
    SELECT c.code FROM (VALUES ${join(typed)}) AS c(position, code, spellings)
    WHERE NOT EXISTS (SELECT 1 FROM "ListEntry" e WHERE e.programmes && c.spellings)
    ORDER BY c.position`;
  return rows.map((r) => r.code);
}

/**
 * The feed: the newest `limit` changes as found, by the version of the list that showed them
 * (its publication date, each entry's <updated>), so that a reader taking the top entries sees a
 * new version's changes whatever their listing dates (a 2026 version adding a 2012 listing).
 * Read from the changes' links to their versions (rows of official lists only), sorted whole: one
 * pass over every change of the lists, however few are asked for.
 */
export function listChangesAsFound(search: ChangeSearch, limit: number, db: Db = getDb()): Promise<ChangeRow[]> {
  // An amendment links its entry in both versions, next to each other in this order: the newer
  // one speaks for it, as on the page. Twice the rows asked for hold that many changes.
  return db.$queryRaw<ChangeRow[]>`
    WITH found AS (
      SELECT ale."actionId", ale."entryId", ale."importId", li."publishedAt"
      FROM "ActionListEntry" ale
      JOIN "ListImport" li ON li.id = ale."importId"
      JOIN "SanctionAction" a ON a.id = ale."actionId"
      WHERE ${changeWhere(search)}
      ORDER BY li."publishedAt" DESC NULLS LAST, ale."actionId" DESC, ale."entryId" DESC
      LIMIT ${2 * limit})
    SELECT DISTINCT ON (f."publishedAt", f."actionId") ${CHANGE_COLUMNS}
    FROM found f
    JOIN "SanctionAction" a ON a.id = f."actionId"
    JOIN "ListImport" li ON li.id = f."importId"
    JOIN "ListEntry" e ON e.id = f."entryId"
    LEFT JOIN "Target" t ON t.id = e."targetId"
    ORDER BY f."publishedAt" DESC NULLS LAST, f."actionId" DESC, f."entryId" DESC
    LIMIT ${limit}`;
}
