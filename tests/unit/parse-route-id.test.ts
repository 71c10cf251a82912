import { describe, expect, it } from "vitest";
import { parseRouteId } from "../../lib/routes/parse-route-id";

describe("parseRouteId", () => {
  it("accepts positive integers that fit a PostgreSQL integer", () => {
    expect(parseRouteId("1")).toBe(1);
    expect(parseRouteId("2147483647")).toBe(2147483647);
  });

  it("rejects everything else instead of letting the database fail on it", () => {
    for (const raw of ["", "0", "-1", "01", "1.5", "1e3", "abc", "12abc", " 1", "2147483648", "99999999999", "１"]) {
      expect(parseRouteId(raw), raw).toBeNull();
    }
  });
});
