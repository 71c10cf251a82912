// A text search's matches, read once for all the charts of a page. Each chart would otherwise
// run the trigram match again (its index read, then each candidate row checked), so the figures
// and four charts, asked for at the same moment, share one match when it is small enough to pass
// around as ids; a larger one (more than 5,000 rows, or expected to be) is matched by each chart.
// The targets the text names under other spellings are looked up once for all of them either way.
import type { ActionFilter } from "../actions/action-filters";
import type { ActionSearch } from "../actions/search-params";
import { lookUpSpelledTargets } from "../actions/text-spellings";
import type { Db } from "../db/client";
import { shareInFlight } from "../db/share-in-flight";
import { matchedActions } from "./charts-cells";

/** Past this many matches the ids are not passed around: each chart matches the text itself. */
export const MAX_SHARED_MATCHES = 5_000;

/**
 * A search whose text has been matched: `matched` holds the ids of every action its filters match,
 * proposals included; `spelledTargets` the targets the text names under other spellings.
 */
export type ChartSearch = ActionFilter & { matched?: number[] };

type TextMatch = { spelledTargets: number[]; matched: number[] | null };

/** The search with its text matched (shared with concurrent callers of the same search); without `matched` past the limit. */
export async function withTextMatch(search: ChartSearch, db: Db): Promise<ChartSearch> {
  if (!search.q.trim() || search.spelledTargets) return search;
  const filters = { ...search, proposals: true };
  const key = JSON.stringify({ ...filters, page: null, perPage: null, sort: null, dir: null });
  const { spelledTargets, matched } = await shareInFlight(db, `text-match:${key}`, () => matchText(filters, db));
  return matched ? { ...search, spelledTargets, matched } : { ...search, spelledTargets };
}

async function matchText(search: ActionSearch, db: Db): Promise<TextMatch> {
  const spelledTargets = await lookUpSpelledTargets(search.q, db);
  const matches = matchedActions({ ...search, spelledTargets });
  // A match the planner expects to be large is not read at all here: its first rows would only
  // delay every chart, which then matches the text itself.
  const [plan] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM (${matches}) a`;
  if (plan["QUERY PLAN"][0].Plan["Plan Rows"] > MAX_SHARED_MATCHES) return { spelledTargets, matched: null };
  // Materialized, so the limit stops reading rows without steering the match's own plan.
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH m AS MATERIALIZED (SELECT a.id FROM (${matches}) a)
    SELECT m.id FROM m LIMIT ${MAX_SHARED_MATCHES + 1}`;
  return { spelledTargets, matched: rows.length > MAX_SHARED_MATCHES ? null : rows.map((r) => r.id) };
}
