// The MOIS page in a real browser on the shared app (articles only, no list imported): the
// claims are listed with their quotes and marked unverified, and the record says it has nothing.
import { describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/browser";
import { useSharedDb } from "../helpers/db";

const browser = useBrowser();
const db = useSharedDb();

describe("claims and the official record on a target page", () => {
  it("lists MOIS's article claims with quotes, unverified while no list is imported", async () => {
    const mois = await db.target.findUniqueOrThrow({ where: { slug: "mois" } });
    const claims = await db.sanctionAction.count({ where: { origin: "ARTICLE", targets: { some: { targetId: mois.id } } } });
    const proposals = await db.sanctionAction.count({ where: { origin: "ARTICLE", kind: "PROPOSAL", targets: { some: { targetId: mois.id } } } });
    const page = await browser.open(`/targets/${mois.id}`);
    const section = page.getByTestId("claims-record");
    await section.waitFor();
    expect(await section.locator("li[data-verdict]").count()).toBe(claims);
    expect(await section.locator('li[data-verdict="UNVERIFIED"]').count()).toBe(claims - proposals);
    expect(await section.locator('li[data-verdict="PROPOSAL"]').count()).toBe(proposals);
    expect(await section.innerText()).toContain("No imported official list has an entry linked to this target.");
    expect(await section.locator("blockquote").first().innerText()).toMatch(/^“.+” — /);
    await page.getByRole("link", { name: "List changes for this target" }).click();
    await page.waitForURL(`**/changes?target=${mois.id}`);
    await page.getByRole("heading", { level: 1, name: "Changes in the official lists" }).waitFor();
    await page.close();
  });
});
