import { describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/browser";

const browser = useBrowser();

describe("home page in a real browser", () => {
  it("lists the seeded actions with their evidence quotes", async () => {
    const page = await browser.open("/");
    const actions = page.getByTestId("action");
    await actions.first().waitFor();
    expect(await actions.count()).toBe(12);
    await expect(page.getByRole("heading", { name: "US Treasury designates Iran’s Ministry of Intelligence and Security (MOIS)" }).count()).resolves.toBe(1);
    expect(await page.getByText("The US Treasury designated MOIS in 2012", { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-kind="PROPOSAL"]').count()).toBe(2);
    await page.close();
  });
});
