// Checks that keep an action's columns in one form: ground categories as a set (migration
// ground_sets), so that chips, sorting by grounds and the chart cells see equal sets as equal; an
// unknown date as one with no bounds (migration unknown_date_check). Shared seeded database.
import { describe, expect, it } from "vitest";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();

describe("ground categories as sets", () => {
  it("are stored in the enum's order, whatever order the dataset lists them in", async () => {
    // The dataset lists TERRORISM, HUMAN_RIGHTS, SYRIA_SUPPORT.
    const mois2012 = await db.sanctionAction.findUniqueOrThrow({ where: { slug: "us-treasury-designates-mois-2012" } });
    expect(mois2012.groundCategories).toEqual(["HUMAN_RIGHTS", "TERRORISM", "SYRIA_SUPPORT"]);
    const [{ unordered }] = await db.$queryRaw<{ unordered: number }[]>`
      SELECT count(*)::int AS unordered FROM "SanctionAction"
      WHERE "groundCategories" <> ARRAY(SELECT DISTINCT g FROM unnest("groundCategories") g ORDER BY g)`;
    expect(unordered).toBe(0);
  });

  it("refuses a set out of order or with a repeat, and a date unknown by its precision but not its bounds", async () => {
    for (const categories of [["TERRORISM", "HUMAN_RIGHTS"], ["TERRORISM", "TERRORISM"]]) {
      await expect(db.$executeRaw`UPDATE "SanctionAction" SET "groundCategories" = ${categories}::"GroundCategory"[]
        WHERE slug = 'us-treasury-designates-mois-2012'`).rejects.toThrow(/SanctionAction_groundCategories_set/);
    }
    // Migration unknown_date_check: the filter \`undated\` and the timeline's count agree on which dates are unknown.
    await expect(db.$executeRaw`UPDATE "SanctionAction" SET "datePrecision" = 'UNKNOWN'
      WHERE slug = 'us-treasury-designates-mois-2012'`).rejects.toThrow(/SanctionAction_unknown_date/);
  });
});

describe("actions naming many targets (migration action_size_bounds)", () => {
  class RolledBack extends Error {}

  /**
   * Adds an undated action against `targets` new targets with long, unlike names, citing
   * `instruments` new instruments, then rolls back; resolves with what the action became.
   */
  async function actionAgainst(targets: number, instruments = 0) {
    let written: { sortTargets: number; chartRows: number } | undefined;
    const attempt = db.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "Target" (slug, name, kind)
        SELECT 'many-' || g, 'Target ' || md5(g::text), 'PERSON' FROM generate_series(1, ${targets}::int) g`;
      await tx.$executeRaw`INSERT INTO "LegalInstrument" (citation, kind)
        SELECT 'Regulation ' || md5(g::text), 'REGULATION' FROM generate_series(1, ${instruments}::int) g`;
      // Undated: the undated actions' index carries both lists of ids, the widest row.
      const [{ id }] = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO "SanctionAction" (slug, jurisdiction, kind, status, "authorityId", summary, "datePrecision")
        SELECT 'many-targets', jurisdiction, kind, status, "authorityId", 'Many targets', 'UNKNOWN'
        FROM "SanctionAction" ORDER BY id LIMIT 1 RETURNING id`;
      await tx.$executeRaw`INSERT INTO "ActionInstrument" ("actionId", "instrumentId")
        SELECT ${id}, i.id FROM "LegalInstrument" i WHERE i.citation LIKE 'Regulation ________________________________'`;
      await tx.$executeRaw`INSERT INTO "ActionTarget" ("actionId", "targetId") SELECT ${id}, t.id FROM "Target" t WHERE t.slug LIKE 'many-%'`;
      const [row] = await tx.$queryRaw<{ sortTargets: number; chartRows: number }[]>`
        SELECT length(a."sortTargets")::int AS "sortTargets", (SELECT count(*)::int FROM "ChartTargetAction" c WHERE c.id = a.id) AS "chartRows"
        FROM "SanctionAction" a WHERE a.id = ${id}`;
      written = row;
      throw new RolledBack();
    }, { timeout: 60_000 });
    return attempt.then(
      () => { throw new Error("the transaction was not rolled back"); },
      (error: unknown) => {
        if (error instanceof RolledBack) return written;
        throw error;
      },
    );
  }

  it("writes an action against 400 targets citing 100 instruments, its target sort key cut to 200 characters", async () => {
    // Before, 70 such names failed on the sort key's index and ~650 short ones on ChartTargetAction's.
    expect(await actionAgainst(400, 100)).toEqual({ sortTargets: 200, chartRows: 400 });
  });

  it("refuses a 401st target or a 101st instrument by the bound's name, rather than an index row error", async () => {
    await expect(actionAgainst(401)).rejects.toThrow(/SanctionAction_at_most_400_targets/);
    await expect(actionAgainst(1, 101)).rejects.toThrow(/SanctionAction_at_most_100_instruments/);
  });
});
