import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma, type SanctionAction } from "../generated/prisma/client";
import type { TargetKind } from "../generated/prisma/enums";
import { actionDateParts, actionOrder, actionWhere, spelledTextParts } from "./action-filters";
import type { ActionSearch } from "./search-params";
import { lookUpSpelledTargets, type SpelledSearch, withSpelledActions } from "./text-spellings";

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
  // The count needs only the spelled targets: it runs while their actions are listed for the page.
  const targeted = { ...search, spelledTargets: await lookUpSpelledTargets(search.q, db) };
  const [raw, total] = await Promise.all([
    withSpelledActions(targeted, db).then((spelled) => listPage(search, actionWhere(spelled), db)),
    targeted.spelledTargets.length ? countSpelledMatches(targeted, db) : countActions(countedMatches(search), db),
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

async function listPage(search: ActionSearch, where: Prisma.Sql, db: Db) {
  return db.$queryRaw<RawActionRow[]>`
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
      ORDER BY page.position`;
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

/** The actions a search (no spelled targets) matches, one row each, as the count reads them: in two parts with an upper date bound. */
function countedMatches(search: ActionSearch): Prisma.Sql {
  const where = actionWhere({ ...search, spelled: [] });
  const parts = actionDateParts(search);
  if (!parts) return actionsWhere(where);
  return Prisma.sql`(${actionsWhere(Prisma.sql`${where} AND ${parts[0]}`)}) UNION ALL (${actionsWhere(Prisma.sql`${where} AND ${parts[1]}`)})`;
}

/**
 * The count of a text naming targets under other spellings, in its two parts (spelledTextParts):
 * the spelled targets' actions counted whole, from index entries (their sort reads them all
 * anyway), and the text's own rows up to the bound; so the total is exact unless the text alone
 * passes the bound.
 */
async function countSpelledMatches(search: ActionSearch & Pick<SpelledSearch, "spelledTargets">, db: Db): Promise<ActionTotal> {
  const [textRows, spelledTargetActions] = spelledTextParts(search, Prisma.sql`a.id`, Prisma.sql`a.id`);
  const [{ text, spelled }] = await db.$queryRaw<{ text: number; spelled: number }[]>`
    SELECT (SELECT count(*) FROM (${textRows} LIMIT ${EXACT_COUNT_LIMIT + 1}) t)::int AS text,
      (SELECT count(*) FROM (${spelledTargetActions}) s)::int AS spelled`;
  if (text <= EXACT_COUNT_LIMIT) return { value: text + spelled, exact: true };
  const { value } = await countActions(textRows, db);
  return { value: value + spelled, exact: false };
}

/** The actions `where` matches, one row each (for countActions). */
export const actionsWhere = (where: Prisma.Sql) => Prisma.sql`SELECT a.id FROM "SanctionAction" a WHERE ${where}`;

/** Bounded count of the rows of `matches`, one per action; past the bound, the planner's estimate. */
export async function countActions(matches: Prisma.Sql, db: Db = getDb()): Promise<ActionTotal> {
  // The estimate is asked for alongside the bounded count, not after it: planning is cheap,
  // and a second round trip in sequence costs more than the statement itself.
  const [[{ n }], [plan]] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${matches} LIMIT ${EXACT_COUNT_LIMIT + 1}) s`,
    db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`EXPLAIN (FORMAT JSON) ${matches}`,
  ]);
  if (n <= EXACT_COUNT_LIMIT) return { value: n, exact: true };
  return { value: Math.max(n, Math.round(plan["QUERY PLAN"][0].Plan["Plan Rows"])), exact: false };
}
