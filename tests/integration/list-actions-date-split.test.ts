// With a date range, listActions reads the page (date sort) and the count in two parts (see
// actionDateParts); they must equal the plain filtered, sorted query. Shared DB, reads only.
import { describe, expect, it } from "vitest";
import { actionOrder, actionWhere } from "../../lib/actions/action-filters";
import { listActions } from "../../lib/actions/list-actions";
import { type ActionSearch, DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();

describe("listActions with a date range and the date sort", () => {
  it("pages through exactly the plain query's rows, open-start dates included", async () => {
    const openStart = await db.sanctionAction.findMany({ where: { dateStart: null, dateEnd: { not: null } }, select: { id: true } });
    expect(openStart.length).toBeGreaterThan(0);
    const ranges: [string, string][] = [["2008", "2008"], ["2001", "2012-06"], ["", "2010"], ["2017-10", ""]];
    const seen = new Set<number>();
    for (const [from, to] of ranges) {
      for (const dir of ["asc", "desc"] as const) {
        const search: ActionSearch = { ...DEFAULT_ACTION_SEARCH, from, to, dir, proposals: true, perPage: 10 };
        const expected = await db.$queryRaw<{ id: number }[]>`
          SELECT a.id FROM "SanctionAction" a WHERE ${actionWhere(search)} ORDER BY ${actionOrder(search)}`;
        const got: number[] = [];
        for (let page = 1; page <= Math.max(1, Math.ceil(expected.length / 10)); page++) {
          const result = await listActions({ ...search, page }, db);
          expect(result.total, `${from}..${to} total`).toEqual({ value: expected.length, exact: true });
          got.push(...result.rows.map((r) => r.id));
        }
        expect(got, `${from}..${to} ${dir}`).toEqual(expected.map((r) => r.id));
        got.forEach((id) => seen.add(id));
      }
    }
    expect(openStart.every(({ id }) => seen.has(id))).toBe(true);
  });
});
