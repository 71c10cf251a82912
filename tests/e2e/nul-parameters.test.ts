// A NUL byte (%00) in a URL parameter, which PostgreSQL text cannot hold: the APIs and exports
// answer 400 naming the parameter before any query or byte of body; the pages fall back to the
// default and say so, as for any other invalid value.
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser";

const browser = useBrowser();
const get = (path: string) => fetch(`${inject("appBaseUrl")}${path}`);

describe("a NUL byte in a parameter", () => {
  it("gives 400 naming the parameter from every API and export", async () => {
    for (const path of ["/api/actions?q=a%00b", "/api/actions/export?format=csv&q=a%00b", "/api/actions/export?format=json&to=2020%00"]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: string; problems: string[] };
      expect(body.problems, path).toHaveLength(1);
      expect(body.problems[0], path).toMatch(/^(q|to)=".*\\u0000.*": contains a NUL character/);
    }
    const targets = await get("/api/targets?q=Qo%00ds");
    expect(targets.status).toBe(400);
    expect(((await targets.json()) as { error: string }).error).toMatch(/^Parameter q=.*NUL/);
    for (const path of ["/changes/feed.xml?programme=IRAN%00", "/api/compare/export?a=US&b=E%00U"]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toMatch(/(programme|b)=.*NUL/);
    }
  });

  it("resets the parameter with a note on the explorer, the overview and the changes page", async () => {
    for (const [path, name] of [["/actions?q=MO%00IS", "q"], ["/?q=MO%00IS", "q"], ["/changes?programme=IRAN%00HR", "programme"]]) {
      const page = await browser.open(path);
      const note = page.getByTestId("search-problems");
      await note.waitFor();
      expect(await note.textContent(), path).toContain(`${name}="`);
      expect(await note.textContent(), path).toContain("NUL character");
      expect(await page.getByText("Something went wrong").count(), path).toBe(0);
      await page.close();
    }
    const explorer = await browser.open("/actions?q=MO%00IS");
    // q fell back to nothing: every action of the default view is listed.
    await explorer.locator("[data-interactive]").waitFor();
    expect(await explorer.locator("tbody tr").count()).toBe(10);
    await explorer.close();
  });
});
