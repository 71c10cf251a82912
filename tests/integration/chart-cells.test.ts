// The pre-aggregated chart cells stay equal to a recount from the actions after every kind of
// write: inserts, updates of each counted column, re-linking, deletes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertChartFixture } from "../helpers/chart-fixture";
import { createOwnDatabase } from "../helpers/db";

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
let ids: Awaited<ReturnType<typeof insertChartFixture>>;

// Each pair: the cells as stored, and the same cells recounted from the base tables.
const CHECKS: Record<string, [string, string]> = {
  dates: [
    `SELECT jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n FROM "ChartDateCell"`,
    `SELECT jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart") AS "startYear",
       chart_year("datePrecision", "dateEnd") AS "endYear", "sortInstruments" <> '' AS "hasInstruments", count(*)::int AS n
     FROM "SanctionAction" GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  ],
  grounds: [
    `SELECT jurisdiction, kind, status, ground, n FROM "ChartGroundCell"`,
    `SELECT jurisdiction, kind, status, g AS ground, count(*)::int AS n
     FROM "SanctionAction" a LEFT JOIN LATERAL unnest(a."groundCategories") g ON true GROUP BY 1, 2, 3, 4`,
  ],
  dateGrounds: [
    `SELECT ground, jurisdiction, kind, status, origin, "startYear", "endYear", "hasInstruments", n FROM "ChartDateGroundCell"`,
    `SELECT g AS ground, jurisdiction, kind, status, origin, chart_year("datePrecision", "dateStart") AS "startYear",
       chart_year("datePrecision", "dateEnd") AS "endYear", "sortInstruments" <> '' AS "hasInstruments", count(*)::int AS n
     FROM "SanctionAction" a, unnest(a."groundCategories") g GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
  ],
  instrumentGrounds: [
    `SELECT "instrumentId", ground, jurisdiction, kind, status, n FROM "ChartInstrumentGroundCell"`,
    `SELECT ai."instrumentId", g AS ground, a.jurisdiction, a.kind, a.status, count(*)::int AS n
     FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId", unnest(a."groundCategories") g GROUP BY 1, 2, 3, 4, 5`,
  ],
  targetGrounds: [
    `SELECT "targetId", ground, jurisdiction, n FROM "ChartTargetGroundCount"`,
    `SELECT at."targetId", g AS ground, a.jurisdiction, count(*)::int AS n
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId", unnest(a."groundCategories") g
     WHERE a.kind <> 'PROPOSAL' GROUP BY GROUPING SETS ((at."targetId", g, a.jurisdiction), (at."targetId", g))`,
  ],
  // Dates rounded out to whole years, grounds as a set: written here without the migration's functions.
  actions: [
    `SELECT jurisdiction, kind, status, "authorityId", "groundCategories"::text[] AS grounds, "datePrecision",
       "dateStart", "dateEnd", "hasInstruments", n FROM "ChartActionCell"`,
    `SELECT jurisdiction, kind, status, "authorityId", grounds, precision AS "datePrecision", "dateStart", "dateEnd",
       "hasInstruments", count(*)::int AS n FROM (
       SELECT jurisdiction, kind, status, "authorityId",
         ARRAY(SELECT DISTINCT g FROM unnest(a."groundCategories") g ORDER BY 1)::text[] AS grounds,
         (CASE WHEN "datePrecision" = 'UNKNOWN' THEN 'UNKNOWN' ELSE 'YEAR' END)::"DatePrecision" AS precision,
         CASE WHEN "datePrecision" <> 'UNKNOWN' THEN make_date(extract(year FROM "dateStart")::int, 1, 1) END AS "dateStart",
         CASE WHEN "datePrecision" <> 'UNKNOWN' THEN make_date(extract(year FROM "dateEnd")::int, 12, 31) END AS "dateEnd",
         EXISTS (SELECT 1 FROM "ActionInstrument" ai WHERE ai."actionId" = a.id) AS "hasInstruments"
       FROM "SanctionAction" a) x GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
  ],
  undated: [
    `SELECT jurisdiction, kind, status, "authorityId", "groundCategories"::text[] AS grounds, "hasInstruments", n FROM "ChartUndatedCell"`,
    `SELECT jurisdiction, kind, status, "authorityId", ARRAY(SELECT DISTINCT g FROM unnest(a."groundCategories") g ORDER BY 1)::text[] AS grounds,
       EXISTS (SELECT 1 FROM "ActionInstrument" ai WHERE ai."actionId" = a.id) AS "hasInstruments", count(*)::int AS n
     FROM "SanctionAction" a GROUP BY 1, 2, 3, 4, 5, 6`,
  ],
  instrumentActions: [
    `SELECT "instrumentId", jurisdiction, kind, status, "authorityId", "groundCategories"::text[] AS grounds, n
     FROM "ChartInstrumentActionCell"`,
    `SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, a."authorityId",
       ARRAY(SELECT DISTINCT g FROM unnest(a."groundCategories") g ORDER BY 1)::text[] AS grounds, count(*)::int AS n
     FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId" GROUP BY 1, 2, 3, 4, 5, 6`,
  ],
  targetPairs: [
    `SELECT "targetId", jurisdiction, "pairMask" FROM "ChartTargetCount"`,
    `SELECT at."targetId", a.jurisdiction, bit_or(1 << ((array_position(enum_range(NULL::"ActionKind"), a.kind) - 1) * 4
       + array_position(enum_range(NULL::"ActionStatus"), a.status) - 1))::int AS "pairMask"
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId" WHERE a.kind <> 'PROPOSAL'
     GROUP BY GROUPING SETS ((at."targetId", a.jurisdiction), (at."targetId"))`,
  ],
  targetActions: [
    `SELECT "targetId", id, jurisdiction, kind, status, "authorityId", "groundCategories"::text[] AS grounds, "datePrecision",
       "dateStart", "dateEnd" FROM "ChartTargetAction"`,
    `SELECT at."targetId", a.id, a.jurisdiction, a.kind, a.status, a."authorityId", a."groundCategories"::text[] AS grounds,
       a."datePrecision", a."dateStart", a."dateEnd"
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"`,
  ],
  // Authorities as bits of their ids; years 1970 (and before) to 2032 (and after) as bits 0 to 62.
  targetAuthoritiesAndYears: [
    `SELECT "targetId", jurisdiction, "authorityMask", "yearMask" FROM "ChartTargetCount"`,
    `SELECT at."targetId", a.jurisdiction, bit_or(1 << (a."authorityId" - 1))::int AS "authorityMask",
       coalesce(bit_or(y.bits), 0)::bigint AS "yearMask"
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"
     LEFT JOIN LATERAL (SELECT sum(1::bigint << (g - 1970))::bigint AS bits FROM generate_series(
         greatest(1970, coalesce(extract(year FROM a."dateStart")::int, 1970)), least(2032, coalesce(extract(year FROM a."dateEnd")::int, 2032))) g
       WHERE a."datePrecision" <> 'UNKNOWN') y ON true
     WHERE a.kind <> 'PROPOSAL' GROUP BY GROUPING SETS ((at."targetId", a.jurisdiction), (at."targetId"))`,
  ],
  instruments: [
    `SELECT "instrumentId", jurisdiction, kind, status, n FROM "ChartInstrumentCell"`,
    `SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, count(*)::int AS n
     FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId" GROUP BY 1, 2, 3, 4`,
  ],
  targets: [
    `SELECT "targetId", jurisdiction, n, "openStarts", "minStart", "minEnd", chart_ground_list("groundMask")::text[] AS grounds,
       "instrumentIds" FROM "ChartTargetCount"`,
    `SELECT at."targetId", a.jurisdiction, count(*)::int AS n, count(*) FILTER (WHERE a."dateStart" IS NULL)::int AS "openStarts",
       min(a."dateStart") AS "minStart", min(a."dateEnd") AS "minEnd",
       ARRAY(SELECT DISTINCT g FROM "ActionTarget" at2 JOIN "SanctionAction" a2 ON a2.id = at2."actionId",
         unnest(a2."groundCategories") g WHERE at2."targetId" = at."targetId" AND a2.kind <> 'PROPOSAL'
         AND (a.jurisdiction IS NULL OR a2.jurisdiction = a.jurisdiction) ORDER BY 1)::text[] AS grounds,
       ARRAY(SELECT DISTINCT ai."instrumentId" FROM "ActionTarget" at2 JOIN "SanctionAction" a2 ON a2.id = at2."actionId"
         JOIN "ActionInstrument" ai ON ai."actionId" = a2.id WHERE at2."targetId" = at."targetId" AND a2.kind <> 'PROPOSAL'
         AND (a.jurisdiction IS NULL OR a2.jurisdiction = a.jurisdiction) ORDER BY 1) AS "instrumentIds"
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId" WHERE a.kind <> 'PROPOSAL'
     GROUP BY GROUPING SETS ((at."targetId", a.jurisdiction), (at."targetId"))`,
  ],
  masks: [
    `SELECT mask, n FROM "ChartTargetMask" WHERE n <> 0`,
    `SELECT mask, count(*)::int AS n FROM (SELECT at."targetId", bit_or(chart_jurisdiction_bit(a.jurisdiction)) AS mask
       FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId" WHERE a.kind <> 'PROPOSAL' GROUP BY 1) t GROUP BY 1`,
  ],
  rollups: [
    `SELECT "rootId", jurisdiction, n FROM "ChartRollupCount"`,
    `WITH RECURSIVE tree(root, id, depth) AS (
       SELECT t.id, t.id, 0 FROM "Target" t WHERE NOT EXISTS (SELECT 1 FROM "TargetRelation" r WHERE r."fromId" = t.id)
       UNION SELECT tree.root, r."fromId", tree.depth + 1 FROM tree JOIN "TargetRelation" r ON r."toId" = tree.id WHERE tree.depth < 3)
     SELECT tree.root AS "rootId", a.jurisdiction, count(DISTINCT a.id)::int AS n
     FROM tree JOIN "ActionTarget" at ON at."targetId" = tree.id JOIN "SanctionAction" a ON a.id = at."actionId"
     WHERE a.kind <> 'PROPOSAL' GROUP BY GROUPING SETS ((tree.root, a.jurisdiction), (tree.root))`,
  ],
  rollupGrounds: [
    `SELECT "rootId", ground, jurisdiction, n FROM "ChartRollupGroundCount"`,
    `WITH RECURSIVE tree(root, id, depth) AS (
       SELECT t.id, t.id, 0 FROM "Target" t WHERE NOT EXISTS (SELECT 1 FROM "TargetRelation" r WHERE r."fromId" = t.id)
       UNION SELECT tree.root, r."fromId", tree.depth + 1 FROM tree JOIN "TargetRelation" r ON r."toId" = tree.id WHERE tree.depth < 3)
     SELECT tree.root AS "rootId", g AS ground, a.jurisdiction, count(DISTINCT a.id)::int AS n
     FROM tree JOIN "ActionTarget" at ON at."targetId" = tree.id JOIN "SanctionAction" a ON a.id = at."actionId",
       unnest(a."groundCategories") g
     WHERE a.kind <> 'PROPOSAL' GROUP BY GROUPING SETS ((tree.root, g, a.jurisdiction), (tree.root, g))`,
  ],
  instrumentYearSums: [
    `SELECT "instrumentId", jurisdiction, kind, status, starts, ends FROM "ChartInstrumentYearSum"`,
    `SELECT "instrumentId", jurisdiction, kind, status, array_agg(s ORDER BY y) AS starts, array_agg(e ORDER BY y) AS ends
     FROM (SELECT ai."instrumentId", a.jurisdiction, a.kind, a.status, y,
         count(*) FILTER (WHERE a."dateStart" IS NULL OR extract(year FROM a."dateStart") <= y OR y = 2033)::int AS s,
         count(*) FILTER (WHERE a."dateEnd" IS NOT NULL AND (extract(year FROM a."dateEnd") <= y OR y = 2033))::int AS e
       FROM "ActionInstrument" ai JOIN "SanctionAction" a ON a.id = ai."actionId", generate_series(1970, 2033) y
       WHERE a."datePrecision" <> 'UNKNOWN' GROUP BY 1, 2, 3, 4, 5) per_year
     GROUP BY 1, 2, 3, 4`,
  ],
  targetKinds: [
    `SELECT "targetId", kind, jurisdiction, n FROM "ChartTargetKindCount"`,
    `SELECT at."targetId", a.kind, a.jurisdiction, count(*)::int AS n
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId" WHERE a.kind <> 'PROPOSAL'
     GROUP BY GROUPING SETS ((at."targetId", a.kind, a.jurisdiction), (at."targetId", a.kind))`,
  ],
  targetYears: [
    `SELECT "targetId", year, n FROM "ChartTargetYearCount"`,
    `SELECT at."targetId", y AS year, count(*)::int AS n
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId", generate_series(1970, 2032) y
     WHERE a.kind <> 'PROPOSAL' AND a."datePrecision" <> 'UNKNOWN'
       AND (a."dateStart" IS NULL OR extract(year FROM a."dateStart") <= y OR y = 2032)
       AND (a."dateEnd" IS NULL OR extract(year FROM a."dateEnd") >= y OR y = 1970)
     GROUP BY 1, 2`,
  ],
  documents: [
    `SELECT "documentId", jurisdiction, n FROM "ChartDocumentCount"`,
    `SELECT e."documentId", a.jurisdiction, count(*)::int AS n FROM "Evidence" e JOIN "SanctionAction" a ON a.id = e."actionId"
     WHERE a.kind <> 'PROPOSAL' GROUP BY 1, 2`,
  ],
};

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r, (_, v) => (typeof v === "bigint" ? Number(v) : v))).sort();

async function expectCellsToMatchRecount() {
  for (const [name, [stored, recount]] of Object.entries(CHECKS)) {
    const [a, b] = await Promise.all([own.db.$queryRawUnsafe<unknown[]>(stored), own.db.$queryRawUnsafe<unknown[]>(recount)]);
    expect(sorted(a), name).toEqual(sorted(b));
  }
}

const actionId = async (slug: string) => (await own.db.sanctionAction.findUniqueOrThrow({ where: { slug } })).id;

beforeAll(async () => {
  own = await createOwnDatabase();
  ids = await insertChartFixture(own.db);
});
afterAll(() => own.drop());

describe("pre-aggregated chart cells", () => {
  it("match a recount after the inserts", async () => {
    expect((await own.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "ChartDateCell"`))[0].n).toBeGreaterThan(5);
    await expectCellsToMatchRecount();
  });

  it("follow updates of jurisdiction, status, kind, authority, dates and grounds", async () => {
    await own.db.sanctionAction.update({ where: { slug: "us-day-2015" }, data: { jurisdiction: "UK", status: "LIFTED" } });
    await own.db.sanctionAction.update({
      where: { slug: "eu-year-2012" },
      data: { dateStart: new Date("2013-02-01"), dateEnd: new Date("2014-01-31"), datePrecision: "SPAN", groundCategories: ["CYBER"] },
    });
    await own.db.sanctionAction.update({ where: { slug: "us-proposal" }, data: { kind: "DESIGNATION", status: "IN_FORCE" } });
    await own.db.sanctionAction.updateMany({ where: { jurisdiction: "EU" }, data: { status: "UNKNOWN" } });
    const un = await own.db.authority.findFirstOrThrow({ where: { jurisdiction: "UN" } });
    await own.db.sanctionAction.update({ where: { slug: "eu-day-2015" }, data: { authorityId: un.id } });
    await expectCellsToMatchRecount();
  });

  it("follow links added and removed, evidence, and deleted actions", async () => {
    const xray = await actionId("us-day-xray");
    await own.db.actionInstrument.create({ data: { actionId: xray, instrumentId: ids.instruments["i-us"] } });
    await own.db.actionTarget.create({ data: { actionId: xray, targetId: ids.targets.echo } });
    await own.db.actionTarget.delete({ where: { actionId_targetId: { actionId: await actionId("us-month-2016"), targetId: ids.targets.official } } });
    const doc = await own.db.sourceDocument.create({ data: { slug: "doc", title: "doc", text: "words", contentHash: "h-doc" } });
    await own.db.evidence.create({ data: { actionId: xray, documentId: doc.id, field: "WHOLE", quote: "words", startOffset: 0, endOffset: 5 } });
    await own.db.evidence.create({ data: { actionId: await actionId("eu-day-echo"), documentId: doc.id, field: "WHOLE", quote: "word", startOffset: 0, endOffset: 4 } });
    await expectCellsToMatchRecount();
    await own.db.sanctionAction.delete({ where: { slug: "eu-day-xray" } });
    await own.db.sanctionAction.deleteMany({ where: { jurisdiction: "UN" } });
    await own.db.target.delete({ where: { slug: "loner" } });
    await expectCellsToMatchRecount();
  });

  it("regroup targets when relations change", async () => {
    await own.db.targetRelation.create({ data: { fromId: ids.targets.xray, toId: ids.targets.org, kind: "CONTROLLED_BY" } });
    await expectCellsToMatchRecount();
    await own.db.targetRelation.deleteMany({ where: { fromId: ids.targets.unit } });
    await expectCellsToMatchRecount();
  });
});
