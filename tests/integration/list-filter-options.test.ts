// Reads the shared seeded database only.
import { describe, expect, it } from "vitest";
import { listActions } from "../../lib/actions/list-actions";
import { listFilterOptions } from "../../lib/actions/list-filter-options";
import { DEFAULT_ACTION_SEARCH } from "../../lib/actions/search-params";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();

describe("listFilterOptions on the article dataset", () => {
  it("offers the authorities and instruments that have actions, sorted by name", async () => {
    const options = await listFilterOptions({ target: [] }, db);
    const names = options.authorities.map((a) => a.name);
    expect(names).toContain("Council of the European Union");
    expect(names).toContain("U.S. Department of the Treasury");
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const withActions = await db.authority.count({ where: { actions: { some: {} } } });
    expect(options.authorities).toHaveLength(withActions);
    expect(options.instruments.map((i) => i.citation)).toContain("E.O. 13553");
    expect(options.targets).toEqual([]);
  });

  it("names the targets already in the filter", async () => {
    const quds = await db.target.findUniqueOrThrow({ where: { slug: "quds-force" } });
    const mois = await db.target.findUniqueOrThrow({ where: { slug: "mois" } });
    const options = await listFilterOptions({ target: [quds.id, mois.id, 999_999] }, db);
    expect(options.targets.map((t) => t.name)).toEqual(["IRGC Quds Force", "Ministry of Intelligence and Security"]);
  });
});

describe("sorting by grounds", () => {
  it("orders by ground categories in their declared order, ties by id", async () => {
    const page = await listActions({ ...DEFAULT_ACTION_SEARCH, proposals: true, sort: "grounds", dir: "asc", perPage: 100 }, db);
    const firsts = page.rows.map((r) => r.groundCategories);
    // The first rows have no stated category; after them, HUMAN_RIGHTS (declared first) leads.
    const firstWithCategory = firsts.findIndex((g) => g.length > 0);
    expect(firsts.slice(0, firstWithCategory).every((g) => g.length === 0)).toBe(true);
    expect(firsts[firstWithCategory][0]).toBe("HUMAN_RIGHTS");
    const desc = await listActions({ ...DEFAULT_ACTION_SEARCH, proposals: true, sort: "grounds", dir: "desc", perPage: 100 }, db);
    expect(desc.rows.map((r) => r.id)).toEqual(page.rows.map((r) => r.id).reverse());
  });
});
