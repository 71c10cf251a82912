import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma, type SanctionAction } from "../generated/prisma/client";
import type { TargetKind } from "../generated/prisma/enums";
import { actionDateParts, actionOrder, actionWhere } from "./action-filters";
import type { ActionSearch } from "./search-params";
import { withSpellings } from "./text-spellings";

/** Counting stops here; past it the total is the planner's estimate, labelled as such. */
export const EXACT_COUNT_LIMIT = 10_000;

export interface ActionTotal {
  value: number;
  exact: boolean;
}

type ActionColumns = Omit<SanctionAction, "searchText">;

interface RawActionRow extends Omit<ActionColumns, "dateStart" | "dateEnd"> {
  dateStart: string | null;
  dateEnd: string | null;
  authority: { id: number; name: string; shortName: string | null };
  targets: { target: { id: number; name: string; kind: TargetKind } }[];
  instruments: { instrument: { id: number; citation: string } }[];
}

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * One page of the explorer in one statement: the page's ids by the filtered, sorted SQL,
 * then their details. Paging over ids alone lets PostgreSQL walk the sort index without
 * touching wide rows; one round trip keeps the app's time close to PostgreSQL's own.
 */
export async function listActions(search: ActionSearch, db: Db = getDb()) {
  const where = actionWhere(await withSpellings(search, db));
  const [raw, total] = await Promise.all([
    db.$queryRaw<RawActionRow[]>`
      SELECT a.id, a.slug, a.kind::text, a.status::text, a.origin::text, a.jurisdiction::text, a."authorityId", a.summary,
        a."dateText", a."dateStart"::text AS "dateStart", a."dateEnd"::text AS "dateEnd", a."datePrecision"::text,
        a."dateBasis", a."groundsText", a."groundCategories"::text[] AS "groundCategories", a.note, a."sourceCount",
        a."sortAuthority", a."sortTargets", a."sortInstruments",
        json_build_object('id', au.id, 'name', au.name, 'shortName', au."shortName") AS authority,
        coalesce((SELECT json_agg(json_build_object('target', json_build_object('id', t.id, 'name', t.name, 'kind', t.kind)) ORDER BY t.name, t.id)
          FROM "ActionTarget" at JOIN "Target" t ON t.id = at."targetId" WHERE at."actionId" = a.id), '[]') AS targets,
        coalesce((SELECT json_agg(json_build_object('instrument', json_build_object('id', i.id, 'citation', i.citation)) ORDER BY i.citation)
          FROM "ActionInstrument" ai JOIN "LegalInstrument" i ON i.id = ai."instrumentId" WHERE ai."actionId" = a.id), '[]') AS instruments
      FROM unnest(ARRAY(${pageIds(search, where)})) WITH ORDINALITY AS page(id, position)
      JOIN "SanctionAction" a ON a.id = page.id
      JOIN "Authority" au ON au.id = a."authorityId"
      ORDER BY page.position`,
    countActions(where, db, actionDateParts(search)),
  ]);
  const rows = raw.map((r) => ({ ...r, dateStart: day(r.dateStart), dateEnd: day(r.dateEnd) }));
  return {
    rows,
    total,
    page: search.page,
    perPage: search.perPage,
    pageCount: Math.max(1, Math.ceil(total.value / search.perPage)),
  };
}

/** The page's ids in order; see actionDateParts for why a date range is split in two. */
function pageIds(search: ActionSearch, where: Prisma.Sql): Prisma.Sql {
  const order = actionOrder(search);
  const offset = (search.page - 1) * search.perPage;
  const parts = search.sort === "date" ? actionDateParts(search) : null;
  if (!parts) {
    return Prisma.sql`SELECT a.id FROM "SanctionAction" a WHERE ${where} ORDER BY ${order} LIMIT ${search.perPage} OFFSET ${offset}`;
  }
  const [inRange, openStart] = parts;
  return Prisma.sql`SELECT a.id FROM (
      (SELECT a.id, a."sortDate" FROM "SanctionAction" a WHERE ${where} AND ${inRange}
       ORDER BY ${order} LIMIT ${offset + search.perPage})
      UNION ALL
      (SELECT a.id, a."sortDate" FROM "SanctionAction" a WHERE ${where} AND ${openStart})
    ) a ORDER BY ${order} LIMIT ${search.perPage} OFFSET ${offset}`;
}

export type ActionPage = Awaited<ReturnType<typeof listActions>>;
export type ActionRow = ActionPage["rows"][number];

/** Bounded count of `where`; `parts`, when given, split it as actionDateParts does. */
export async function countActions(
  where: Prisma.Sql,
  db: Db = getDb(),
  parts: readonly [Prisma.Sql, Prisma.Sql] | null = null,
): Promise<ActionTotal> {
  const matches = parts
    ? Prisma.sql`(SELECT 1 FROM "SanctionAction" a WHERE ${where} AND ${parts[0]})
        UNION ALL (SELECT 1 FROM "SanctionAction" a WHERE ${where} AND ${parts[1]})`
    : Prisma.sql`SELECT 1 FROM "SanctionAction" a WHERE ${where}`;
  // The estimate is asked for alongside the bounded count, not after it: planning is cheap,
  // and a second round trip in sequence costs more than the statement itself.
  const [[{ n }], [plan]] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${matches} LIMIT ${EXACT_COUNT_LIMIT + 1}) s`,
    db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
      EXPLAIN (FORMAT JSON) SELECT 1 FROM "SanctionAction" a WHERE ${where}`,
  ]);
  if (n <= EXACT_COUNT_LIMIT) return { value: n, exact: true };
  return { value: Math.max(n, Math.round(plan["QUERY PLAN"][0].Plan["Plan Rows"])), exact: false };
}
