// The overview and the table share one URL: a filter set in the table re-computes the figures.
import { describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/browser";

const browser = useBrowser();

describe("home page: overview and table together", () => {
  it("filters the figures and the table at once", async () => {
    const page = await browser.open("/");
    await page.locator("[data-interactive]").waitFor();
    const inForce = page.getByTestId("headline-figures").locator("dd").first();
    expect((await inForce.innerText()).startsWith("10")).toBe(true);
    expect(await page.locator("#actions tbody tr").count()).toBe(10);

    await page.locator("#actions summary", { hasText: "Jurisdiction" }).click();
    await page.getByRole("checkbox", { name: "EU" }).check();
    await page.waitForURL(/jurisdiction=EU/);
    await page.waitForFunction(() => document.querySelectorAll("#actions tbody tr").length === 1);
    await page.getByTestId("active-filters").getByText("Jurisdiction", { exact: false }).waitFor();
    await page.waitForFunction(
      () => /^1 of 1 matching/.test(document.querySelector('[data-testid="headline-figures"] dd')?.textContent ?? ""),
    );
    await page.close();
  });
});
