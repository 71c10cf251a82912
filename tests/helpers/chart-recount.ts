// The pre-aggregated chart cells (migrations chart_cells to chart_values_once) against the same
// counts written from the base tables without the migrations' functions: shared by the tests of
// the triggers (chart-cells) and of the importer's bulk catch-up (official-lists-bulk-write).

// An action a's years as bits: 1970 (and before) to 2032 (and after) as bits 0 to 62, an open end reaching the last.
const ACTION_YEAR_BITS = `SELECT sum(1::bigint << (g - 1970))::bigint AS bits FROM generate_series(
    greatest(1970, coalesce(extract(year FROM a."dateStart")::int, 1970)), least(2032, coalesce(extract(year FROM a."dateEnd")::int, 2032))) g
  WHERE a."datePrecision" <> 'UNKNOWN'`;

// Each pair: the cells as stored, and the same cells recounted from the base tables.
export const CHART_RECOUNTS: Record<string, [string, string]> = {
  // Not a cell table: the link ids each action carries for the charts (migration action_link_ids).
  linkIds: [
    `SELECT id, "targetIds", "instrumentIds" FROM "SanctionAction"`,
    `SELECT a.id, ARRAY(SELECT at."targetId" FROM "ActionTarget" at WHERE at."actionId" = a.id ORDER BY 1) AS "targetIds",
       ARRAY(SELECT ai."instrumentId" FROM "ActionInstrument" ai WHERE ai."actionId" = a.id ORDER BY 1) AS "instrumentIds"
     FROM "SanctionAction" a`,
  ],
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
       "dateStart", "dateEnd", "hasInstruments", "targetIds", "instrumentIds" FROM "ChartTargetAction"`,
    `SELECT at."targetId", a.id, a.jurisdiction, a.kind, a.status, a."authorityId", a."groundCategories"::text[] AS grounds,
       a."datePrecision", a."dateStart", a."dateEnd",
       EXISTS (SELECT 1 FROM "ActionInstrument" ai WHERE ai."actionId" = a.id) AS "hasInstruments",
       ARRAY(SELECT t."targetId" FROM "ActionTarget" t WHERE t."actionId" = a.id ORDER BY 1) AS "targetIds",
       ARRAY(SELECT i."instrumentId" FROM "ActionInstrument" i WHERE i."actionId" = a.id ORDER BY 1) AS "instrumentIds"
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"`,
  ],
  // Authorities as bits of their ids; years as ACTION_YEAR_BITS.
  targetAuthoritiesAndYears: [
    `SELECT "targetId", jurisdiction, "authorityMask", "yearMask" FROM "ChartTargetCount"`,
    `SELECT at."targetId", a.jurisdiction, bit_or(1 << (a."authorityId" - 1))::int AS "authorityMask",
       coalesce(bit_or(y.bits), 0)::bigint AS "yearMask"
     FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId"
     LEFT JOIN LATERAL (${ACTION_YEAR_BITS}) y ON true
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
    // With the days each year's actions cover (one character per day of 1971–2031), the first start
    // and last end of the open-ended ones (year 0), and the target's years (all jurisdictions).
    `SELECT "targetId", year, n, "dayMask"::text AS days, "firstDay", "lastDay", "yearMask" FROM "ChartTargetYearCount"`,
    `WITH per_year AS (
       SELECT at."targetId", y AS year, a."dateStart", a."dateEnd"
       FROM "ActionTarget" at JOIN "SanctionAction" a ON a.id = at."actionId", generate_series(0, 2032) y
       WHERE a.kind <> 'PROPOSAL' AND a."datePrecision" <> 'UNKNOWN' AND CASE
         WHEN a."dateStart" IS NULL OR a."dateEnd" IS NULL THEN y = 0
         ELSE y >= 1970 AND (extract(year FROM a."dateStart") <= y OR y = 2032) AND (extract(year FROM a."dateEnd") >= y OR y = 1970) END
     ), covered AS (
       SELECT DISTINCT p."targetId", p.year, day::date - make_date(p.year, 1, 1) AS d
       FROM per_year p, generate_series(p."dateStart", p."dateEnd", interval '1 day') day
       WHERE p.year BETWEEN 1971 AND 2031 AND extract(year FROM day) = p.year
     ), days AS (
       SELECT k."targetId", k.year, string_agg(CASE WHEN c.d IS NULL THEN '0' ELSE '1' END, '' ORDER BY g) AS days
       FROM (SELECT DISTINCT "targetId", year FROM covered) k CROSS JOIN generate_series(0, 365) g
       LEFT JOIN covered c ON (c."targetId", c.year, c.d) = (k."targetId", k.year, g)
       GROUP BY 1, 2
     )
     SELECT p."targetId", p.year, count(*)::int AS n, days.days,
       min(p."dateStart") FILTER (WHERE p.year = 0) AS "firstDay", max(p."dateEnd") FILTER (WHERE p.year = 0) AS "lastDay",
       (SELECT coalesce(bit_or(b.bits), 0) FROM "ActionTarget" t JOIN "SanctionAction" a ON a.id = t."actionId",
          LATERAL (${ACTION_YEAR_BITS}) b WHERE t."targetId" = p."targetId" AND a.kind <> 'PROPOSAL')::bigint AS "yearMask"
     FROM per_year p LEFT JOIN days USING ("targetId", year) GROUP BY p."targetId", p.year, days.days`,
  ],
  documents: [
    `SELECT "documentId", jurisdiction, n FROM "ChartDocumentCount"`,
    `SELECT e."documentId", a.jurisdiction, count(*)::int AS n FROM "Evidence" e JOIN "SanctionAction" a ON a.id = e."actionId"
     WHERE a.kind <> 'PROPOSAL' GROUP BY 1, 2`,
  ],
};

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r, (_, v) => (typeof v === "bigint" ? Number(v) : v))).sort();

/** Each check as [stored, recounted] rows, sorted, for `expect(stored, name).toEqual(recounted)`. */
export async function readChartRecounts(query: (sql: string) => Promise<unknown[]>) {
  const results: Array<{ name: string; stored: string[]; recounted: string[] }> = [];
  for (const [name, [stored, recount]] of Object.entries(CHART_RECOUNTS)) {
    const [a, b] = await Promise.all([query(stored), query(recount)]);
    results.push({ name, stored: sorted(a), recounted: sorted(b) });
  }
  return results;
}
