// GET /api/targets, the explorer's type-ahead, on the served app and its seeded database.
import { describe, expect, inject, it } from "vitest";

const get = (query: string) => fetch(`${inject("appBaseUrl")}/api/targets${query}`);

describe("GET /api/targets", () => {
  it("finds a target by another spelling, saying which alias matched", async () => {
    const response = await get("?q=Qods");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { targets: { name: string; matchedAlias: string | null }[] };
    expect(body.targets[0]).toMatchObject({ name: "IRGC Quds Force", matchedAlias: "Qods Force" });
  });

  it("answers 400 with a message when q is missing or too long", async () => {
    for (const query of ["", "?q=", "?q=%20%20", `?q=${"a".repeat(101)}`]) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/Parameter q/);
    }
  });
});
