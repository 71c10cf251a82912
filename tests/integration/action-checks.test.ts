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
