import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/browser";
import { useSharedDb } from "../helpers/db";

const browser = useBrowser();
const db = useSharedDb();

describe("compare page in a real browser", () => {
  it("narrows to MOIS and the units and officials under it, from the MOIS page", async () => {
    const { id } = await db.target.findUniqueOrThrow({ where: { slug: "mois" } });
    const page = await browser.open(`/targets/${id}`);
    await page.getByRole("link", { name: "Compare the US and the EU on it" }).click();
    await page.waitForURL(/\/compare\?a=US&b=EU&target=\d+&related=true$/);
    const focus = page.getByTestId("compare-focus");
    await focus.waitFor();
    expect(await focus.textContent()).toContain("Ministry of Intelligence and Security");
    // Only the MOIS group, with the same three rows as on the full comparison below.
    expect(await page.getByTestId("compare-group").count()).toBe(1);
    expect(await page.getByTestId("compare-row").count()).toBe(3);
    expect(await page.getByTestId("compare-group").textContent()).toContain("Only EU acted");
    // The coverage beside counts every target, and says so once narrowed.
    expect(await page.getByRole("heading", { name: "What the data holds, on every target" }).count()).toBe(1);
    // Changing sides keeps the narrowing.
    await page.getByRole("link", { name: "Swap sides" }).click();
    await page.waitForURL(/a=EU&b=US&target=\d+&related=true$/);
    await page.getByRole("link", { name: "Compare every target" }).waitFor();
    await page.close();
  });

  it("shows the US and EU actions against MOIS and related targets, with coverage beside", async () => {
    const page = await browser.open("/compare?a=US&b=EU");
    const table = page.getByTestId("compare-table");
    await table.waitFor();
    const mois = page.getByTestId("compare-group").filter({ hasText: "Ministry of Intelligence and Security and related targets" });
    expect(await mois.getByTestId("compare-row").count()).toBe(3);
    const euRow = mois.getByTestId("compare-row").filter({ hasText: "Individuals and entities associated with MOIS" });
    expect(await euRow.textContent()).toContain("affiliated with Ministry of Intelligence and Security");
    expect(await euRow.textContent()).toContain("Only EU acted");
    const usRow = mois.getByTestId("compare-row").filter({ hasText: /^Ministry of Intelligence and Security/ });
    expect(await usRow.textContent()).toContain("E.O. 13553");
    // The EU action has no date: who acted first on the MOIS group cannot be told.
    expect(await mois.textContent()).toContain("whole group: Cannot tell: a first date is unknown");
    expect(await page.getByTestId("set-only-b").textContent()).toContain("Individuals and entities associated with MOIS");
    expect(await page.getByTestId("group-sets").textContent()).toContain("both acted on Ministry of Intelligence and Security");
    const coverage = await page.getByTestId("coverage").textContent();
    expect(coverage).toContain("9 actions");
    expect(coverage).toMatch(/1 action(?!s)/);
    await page.screenshot({ path: "tests/artifacts/compare.png", fullPage: true });
    // On a phone each target is a card: nothing scrolls sideways, each value under its column's name.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => {
      const scroller = document.querySelector('[data-testid="compare-table"]')?.parentElement;
      return scroller && scroller.scrollWidth <= scroller.clientWidth && document.documentElement.scrollWidth <= 390;
    }, undefined, { timeout: 10_000 });
    const lagCell = usRow.locator('td[data-label="Who acted first"]');
    expect(await lagCell.evaluate((td) => getComputedStyle(td, "::before").content)).toBe('"Who acted first"');
    // Every value starts in the card's value column, however many chips it holds: none under its label.
    const cells = await page.locator('[data-testid="compare-row"] td[data-label]').evaluateAll((tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td); // the value, not the ::before label
        const lefts = [...range.getClientRects()].map((r) => r.left - td.getBoundingClientRect().left);
        return { chips: td.querySelectorAll(".chip").length, left: Math.min(...lefts) };
      }));
    expect(cells.some((cell) => cell.chips > 1)).toBe(true);
    for (const cell of cells) expect(cell.left).toBeGreaterThan(100);
    await page.screenshot({ path: "tests/artifacts/compare-phone.png", fullPage: true });
    await page.close();
  });

  it("explains and falls back on a bad pair of jurisdictions", async () => {
    const page = await browser.open("/compare?a=US&b=US");
    const note = page.getByTestId("search-problems");
    await note.waitFor();
    expect(await note.textContent()).toContain("different jurisdictions");
    // The address becomes the comparison shown, so a copied link is one that works.
    await page.waitForURL((url) => url.pathname === "/compare" && url.search === "?a=US&b=EU");
    // A link to a target that no longer exists narrows to nothing, and says so.
    await page.goto(`${browser.baseUrl()}/compare?a=US&b=EU&target=999999`);
    expect(await page.getByTestId("compare-focus").textContent()).toContain("no recorded target #999999");
    await page.close();
  });

  it("swaps the sides in the selects too, and back again", async () => {
    const page = await browser.open("/compare?a=US&b=EU");
    const sides = async () => [await page.getByLabel("Compare").inputValue(), await page.getByLabel("with").inputValue()];
    expect(await sides()).toEqual(["US", "EU"]);
    await page.getByRole("link", { name: "Swap sides" }).click();
    await page.waitForURL(/a=EU&b=US$/);
    await page.getByRole("columnheader", { name: "First EU" }).waitFor();
    expect(await sides()).toEqual(["EU", "US"]);
    await page.goBack();
    await page.waitForURL(/a=US&b=EU$/);
    await page.getByRole("columnheader", { name: "First US" }).waitFor();
    expect(await sides()).toEqual(["US", "EU"]);
    // A side chosen and compared, then Back: the selects show the comparison returned to.
    await page.getByLabel("with").selectOption("UK");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/a=US&b=UK$/);
    await page.getByRole("columnheader", { name: "First UK" }).waitFor();
    await page.goBack();
    await page.waitForURL(/a=US&b=EU$/);
    await page.getByRole("columnheader", { name: "First EU" }).waitFor();
    expect(await sides()).toEqual(["US", "EU"]);
    await page.close();
  });

  it("exports the comparison as CSV in the page's order, with a byte-order mark, and answers 400 to bad parameters", async () => {
    const ok = await fetch(`${browser.baseUrl()}/api/compare/export?a=US&b=EU`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/csv");
    // Read as bytes: Response.text() drops a byte-order mark.
    const bytes = new Uint8Array(await ok.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(Buffer.from(bytes), { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(8);
    expect(records.find((r) => r.Target === "Individuals and entities associated with MOIS")?.["Who acted first"]).toBe("Only EU acted");
    // MOIS: designated in 2012, and sanctioned "by September 2021" with no start, so its first US
    // action came by the end of 2012 at the latest, and no earliest day is known.
    expect(records.find((r) => r.Target === "Ministry of Intelligence and Security")).toMatchObject({
      "First US": "by Dec 2012", "First US earliest day": "", "First US latest day": "2012-12-31", "First EU earliest day": "",
    });
    const page = await browser.open("/compare?a=US&b=EU");
    const shown = await page.locator('[data-testid="compare-row"] th').evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent));
    expect(records.map((r) => r.Target)).toEqual(shown);
    await page.close();
    const bad = await fetch(`${browser.baseUrl()}/api/compare/export?a=US&b=ZZ`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("b=");
  });
});
