// Reads the shared seeded database only; tests that write use their own database.
import { describe, expect, it } from "vitest";
import { listActions } from "../../lib/actions/list-actions";
import { DEFAULT_ACTION_SEARCH, SORT_KEYS, type ActionSearch } from "../../lib/actions/search-params";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();
const list = (overrides: Partial<ActionSearch>) => listActions({ ...DEFAULT_ACTION_SEARCH, ...overrides }, db);
const slugs = (page: Awaited<ReturnType<typeof list>>) => page.rows.map((r) => r.slug);

describe("listActions on the article dataset", () => {
  it("excludes proposals by default and includes them on request", async () => {
    const byDefault = await list({});
    expect(byDefault.total).toEqual({ value: 10, exact: true });
    expect(byDefault.rows.every((r) => r.kind !== "PROPOSAL")).toBe(true);
    expect((await list({ proposals: true })).total.value).toBe(12);
    expect(slugs(await list({ kind: ["PROPOSAL"] })).sort()).toEqual(["proposal-ncri-fto-designation-mois", "proposal-us-sanction-alavi"]);
  });

  it("matches imprecise dates to a range they overlap, and unknown dates to none", async () => {
    const in2008 = slugs(await list({ from: "2008", to: "2008" }));
    // The Bush-administration span (2001–2009) and "by September 2021" (open start) overlap
    // 2008; the 2012 designation does not.
    expect(in2008.sort()).toEqual([
      "us-bush-sanctions-irgc-proliferation",
      "us-bush-sanctions-soleimani-quds-force",
      "us-sanctions-mois-repeatedly-by-2021",
    ]);
    const in2012 = slugs(await list({ from: "2012-06", to: "2012-06" }));
    expect(in2012).toContain("us-treasury-designates-mois-2012");
    expect(in2012).toContain("us-obama-sanctions-two-former-mois-ministers");
    expect(in2012).not.toContain("eu-sanctions-mois-associates-human-rights");
  });

  it("combines jurisdiction and ground filters", async () => {
    expect(slugs(await list({ jurisdiction: ["EU"] }))).toEqual(["eu-sanctions-mois-associates-human-rights"]);
    const usTerrorism = slugs(await list({ jurisdiction: ["US"], ground: ["TERRORISM"] }));
    expect(usTerrorism.sort()).toEqual([
      "us-reimposes-sanctions-after-jcpoa-exit",
      "us-sanctions-mois-repeatedly-by-2021",
      "us-terror-listing-quds-force-irgc",
      "us-treasury-designates-mois-2012",
      "us-trump-sanctions-irgc-2017-terrorism",
    ]);
  });

  it("finds actions against a target and, on request, against its officials and units", async () => {
    const irgc = await db.target.findUniqueOrThrow({ where: { slug: "irgc" } });
    const direct = slugs(await list({ target: [irgc.id] }));
    expect(direct).not.toContain("us-bush-sanctions-soleimani-quds-force");
    const related = slugs(await list({ target: [irgc.id], related: true }));
    expect(related).toContain("us-bush-sanctions-soleimani-quds-force");
    expect(related.length).toBe(direct.length + 1);
  });

  it("searches free text over targets, grounds and quotes", async () => {
    expect(slugs(await list({ q: "Hezbollah" }))).toEqual(["us-treasury-designates-mois-2012"]);
    expect(slugs(await list({ q: "VEVAK", proposals: true })).sort()).toEqual([
      "proposal-ncri-fto-designation-mois",
      "us-sanctions-mois-repeatedly-by-2021",
      "us-treasury-designates-mois-2012",
    ]);
  });

  it("matches nothing for a text with no letter or digit to search for, and never reads % or _ as wildcards", async () => {
    // Punctuation is folded away like in the names; an empty pattern used to match all 12 actions.
    for (const q of ["%", "_", "__", "%%%", "-", "’", "اطلاعات"]) {
      expect((await list({ q, proposals: true })).total.value, q).toBe(0);
    }
    // Between letters they separate words, as a space does: "M_IS" is not "MOIS".
    expect((await list({ q: "M_IS", proposals: true })).total.value).toBe(0);
    expect(slugs(await list({ q: "IRGC%Quds_Force" }))).toEqual(slugs(await list({ q: "IRGC Quds Force" })));
  });

  it("pages through every sort order without overlap or gaps", async () => {
    const all = (await list({ proposals: true, perPage: 100 })).rows.map((r) => r.id).sort();
    for (const sort of SORT_KEYS) {
      for (const dir of ["asc", "desc"] as const) {
        const seen: number[] = [];
        for (let page = 1; page <= 2; page++) {
          seen.push(...(await list({ proposals: true, perPage: 10, sort, dir, page })).rows.map((r) => r.id));
        }
        expect([...seen].sort(), `${sort} ${dir}`).toEqual(all);
      }
    }
  });

  it("sorts unknown dates last in both directions", async () => {
    for (const dir of ["asc", "desc"] as const) {
      const rows = (await list({ proposals: true, perPage: 100, dir })).rows;
      const firstUnknown = rows.findIndex((r) => r.dateStart === null && r.dateEnd === null);
      expect(rows.slice(firstUnknown).every((r) => r.dateStart === null && r.dateEnd === null)).toBe(true);
    }
    // An interval sorts by its earliest known bound: "by September 2021" is the newest.
    const newest = (await list({ dir: "desc" })).rows.slice(0, 2).map((r) => r.slug);
    expect(newest).toEqual(["us-sanctions-mois-repeatedly-by-2021", "us-ends-iranian-oil-waivers"]);
  });
});
