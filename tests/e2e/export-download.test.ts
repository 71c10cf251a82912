// The explorer's download links fetch the export of exactly the rows the table shows, in order.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/browser";

const browser = useBrowser();

describe("download links on the explorer", () => {
  it("download every filtered row in the table's order, as CSV and as JSON", async () => {
    const page = await browser.open("/actions?jurisdiction=US&ground=TERRORISM&sort=targets&dir=asc&perPage=10");
    await page.locator("[data-interactive]").waitFor();
    const shown = await page.locator("tbody tr a[href^='/actions/']").evaluateAll((links) =>
      [...new Set(links.map((a) => Number((a as HTMLAnchorElement).getAttribute("href")!.split("/").pop())))]);
    expect(shown.length).toBe(5);

    const csvHref = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    const csv = await fetch(new URL(csvHref!, browser.baseUrl()));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="sanctions-actions-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parse(await csv.text(), { bom: true, columns: true }) as { id: string }[];
    expect(rows.map((r) => Number(r.id))).toEqual(shown);

    const jsonHref = await page.getByRole("link", { name: "Download JSON" }).getAttribute("href");
    const json = (await (await fetch(new URL(jsonHref!, browser.baseUrl()))).json()) as { id: number }[];
    expect(json.map((r) => r.id)).toEqual(shown);
    await page.close();
  });
});
