import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseActionSearch } from "../../lib/actions/search-params";
import { useBrowser } from "../helpers/browser";
import { useSharedDb } from "../helpers/db";

const browser = useBrowser();
const db = useSharedDb();
const ARTIFACTS = path.join(import.meta.dirname, "..", "artifacts");
mkdirSync(ARTIFACTS, { recursive: true });

const actionId = async (slug: string) => (await db.sanctionAction.findUniqueOrThrow({ where: { slug } })).id;
const targetId = async (slug: string) => (await db.target.findUniqueOrThrow({ where: { slug } })).id;

describe("detail pages in a real browser", () => {
  it("opens a target page from an action page, with the relation that links it", async () => {
    const page = await browser.open(`/actions/${await actionId("us-bush-sanctions-soleimani-quds-force")}`);
    await page.getByRole("heading", { level: 1, name: "George W. Bush administration sanctions Qasem Soleimani and the Quds Force" }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "action-page.png"), fullPage: true });
    await page.getByTestId("action-details").getByRole("link", { name: "IRGC Quds Force" }).click();
    await page.waitForURL(`**/targets/${await targetId("quds-force")}`);
    await page.getByRole("heading", { level: 1, name: "IRGC Quds Force" }).waitFor();
    // The title names the record; metadata may stream in just after the heading.
    await page.waitForFunction(() => document.title === "IRGC Quds Force · Sanctions Tracker", null, { timeout: 5_000 });
    const relations = await page.getByTestId("relations").innerText();
    expect(relations).toContain("IRGC Quds Force — part of → Islamic Revolutionary Guard Corps");
    expect(relations).toContain("Qasem Soleimani — heads → IRGC Quds Force");
    await page.close();
  });

  it("says an unknown date once on an action page", async () => {
    const page = await browser.open(`/actions/${await actionId("eu-sanctions-mois-associates-human-rights")}`);
    const details = await page.getByTestId("action-details").innerText();
    expect(details).toMatch(/Date\s+Unknown\s+As written: no date given/);
    expect(details).not.toContain("(unknown)");
    await page.close();
  });

  it("shows the IRGC's actions, including its unit's, as a timeline with an undated group and as a table", async () => {
    const irgc = await targetId("irgc");
    const page = await browser.open(`/targets/${irgc}`);
    const table = page.getByTestId("target-actions-table");
    await table.waitFor();
    const expected = await db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT at."actionId")::int AS n FROM "ActionTarget" at
      WHERE at."targetId" = ${irgc} OR at."targetId" IN (
        SELECT "fromId" FROM "TargetRelation" WHERE "toId" = ${irgc}
        UNION SELECT r2."fromId" FROM "TargetRelation" r2 JOIN "TargetRelation" r1 ON r2."toId" = r1."fromId" WHERE r1."toId" = ${irgc})`;
    expect(await table.locator("tbody tr").count()).toBe(expected[0].n);
    const row = table.locator("tr", { hasText: "Qasem Soleimani and the Quds Force" });
    expect(await row.innerText()).toContain("via IRGC Quds Force — part of → Islamic Revolutionary Guard Corps");
    // The Bush administration's term is drawn as a span; the undated listing sits apart.
    expect(await page.getByTestId("timeline-dated").first().innerText()).toContain("2001–2009");
    expect(await page.getByTestId("timeline-undated").innerText()).toContain("Quds Force and IRGC are on the US terror list");
    const explorer = page.getByRole("link", { name: "Open in the explorer" });
    const href = new URL((await explorer.getAttribute("href"))!, browser.baseUrl());
    expect(href.pathname).toBe("/actions");
    expect(parseActionSearch(href.searchParams)).toMatchObject({ problems: [], search: { target: [irgc], related: true, proposals: true } });
    await page.screenshot({ path: path.join(ARTIFACTS, "target-page.png"), fullPage: true });
    await page.close();
  });

  it("shows the documents and a target's actions as cards on a phone, with nothing to scroll sideways", async () => {
    for (const [url, table, label] of [
      ["/documents", "documents-table", "Evidence spans"],
      [`/targets/${await targetId("irgc")}`, "target-actions-table", "Recorded against"],
      // MOIS's actions include those reaching it through a long relation path ("via Two previous MOIS ministers — formerly headed → …").
      [`/targets/${await targetId("mois")}`, "target-actions-table", "Recorded against"],
    ] as const) {
      const page = await browser.open(url);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId(table).waitFor();
      const fits = await page.getByTestId(table).evaluate((t) =>
        t.parentElement!.scrollWidth <= t.parentElement!.clientWidth && document.documentElement.scrollWidth <= 390);
      expect(fits, url).toBe(true);
      const cell = page.getByTestId(table).locator(`td[data-label="${label}"]`).first();
      expect(await cell.evaluate((td) => getComputedStyle(td, "::before").content), url).toBe(`"${label}"`);
      await page.getByTestId(table).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `${table}-phone.png`) });
      await page.close();
    }
  });

  it("says plainly when a target has no action and nothing linked under it", async () => {
    const page = await browser.open(`/targets/${await targetId("esmail-khatib")}`);
    const heading = page.getByRole("heading", { level: 2, name: /^Actions against Esmail Khatib/ });
    await page.getByText("No actions against this target are recorded.").waitFor();
    expect(await heading.innerText()).toBe("Actions against Esmail Khatib (0)");
    // No link to an explorer or a comparison that would show nothing.
    expect(await page.getByRole("link", { name: "Open in the explorer" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Compare the US and the EU on it" }).count()).toBe(0);
    await page.close();
  });

  it("highlights every evidence span of a document, each linked to its action", async () => {
    const doc = await db.sourceDocument.findUniqueOrThrow({ where: { slug: "us-should-sanction-minister" } });
    const spans = await db.evidence.count({ where: { documentId: doc.id } });
    const page = await browser.open(`/documents/${doc.id}`);
    const text = page.getByTestId("document-text");
    await text.waitFor();
    expect(await text.locator('mark[id^="evidence-"]').count()).toBe(spans);
    expect(await page.getByTestId("evidence-index").locator("li").count()).toBe(spans);
    // A sentence that supports a single action links straight to it.
    await text.getByRole("link", { name: "The U.S. Should Sanction Iran’s Minister" }).click();
    await page.waitForURL(`**/actions/${await actionId("proposal-us-sanction-alavi")}`);
    await page.close();
  });

  it("offers both actions when a highlighted sentence supports two, from the keyboard", async () => {
    const doc = await db.sourceDocument.findUniqueOrThrow({ where: { slug: "us-should-sanction-minister" } });
    const page = await browser.open(`/documents/${doc.id}`);
    const passage = page.getByTestId("document-text").getByRole("link", { name: /^In response, the Obama administration/ });
    await passage.focus();
    await page.keyboard.press("Enter");
    const menu = page.locator(".evidence-menu:popover-open");
    await menu.waitFor();
    const choices = await menu.getByRole("link").allInnerTexts();
    expect(choices).toHaveLength(2);
    expect(choices).toEqual(
      expect.arrayContaining([
        expect.stringContaining("US Treasury designates Iran’s Ministry of Intelligence and Security"),
        expect.stringContaining("Obama administration sanctions two previous MOIS ministers"),
      ]),
    );
    await page.keyboard.press("Escape");
    expect(await menu.count()).toBe(0);
    await page.close();
  });

  it("follows “Show in document” to the highlighted passage, which is the URL target and on screen", async () => {
    const evidence = await db.evidence.findFirstOrThrow({
      where: { action: { slug: "us-trump-sanctions-irgc-2017-terrorism" }, field: "WHOLE" },
    });
    const page = await browser.open(`/actions/${evidence.actionId}`);
    await page.locator(`a[href$="#evidence-${evidence.id}"]`).click();
    await page.waitForURL(`**/documents/${evidence.documentId}#evidence-${evidence.id}`);
    const target = page.locator(":target");
    await target.waitFor();
    expect(await target.getAttribute("id")).toBe(`evidence-${evidence.id}`);
    expect(await target.innerText()).toBe(evidence.quote);
    // Fails with a timeout unless the passage comes fully into the viewport.
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }, `evidence-${evidence.id}`, { timeout: 10_000 });
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    await page.screenshot({ path: path.join(ARTIFACTS, "document-page.png") });
    await page.close();
  });

  it("highlights the whole of a passage that another crosses, not only its first piece", async () => {
    // The 2019 waivers' quote starts inside the NCRI's call (evidence that crosses it): two pieces.
    const evidence = await db.evidence.findFirstOrThrow({
      where: { action: { slug: "us-ends-iranian-oil-waivers" }, field: "WHOLE" },
    });
    const page = await browser.open(`/documents/${evidence.documentId}#evidence-${evidence.id}`);
    const pieces = page.locator(`mark[data-evidence-id="${evidence.id}"]`);
    await page.locator(":target").waitFor();
    expect(await pieces.count()).toBeGreaterThan(1);
    expect((await pieces.allInnerTexts()).join("")).toBe(evidence.quote);
    for (const outline of await pieces.evaluateAll((marks) => marks.map((m) => getComputedStyle(m).outlineStyle))) {
      expect(outline).toBe("solid");
    }
    // Another passage's pieces keep the plain highlight.
    await page.goto(`${browser.baseUrl()}/documents/${evidence.documentId}`);
    expect(await pieces.evaluateAll((marks) => marks.map((m) => getComputedStyle(m).outlineStyle))).not.toContain("solid");
    await page.close();
  });

  it("answers unknown and malformed ids with HTTP 404 and the not-found page, never an error", async () => {
    for (const url of ["/actions/2147483647", "/actions/abc", "/targets/99999999999", "/targets/1.5", "/documents/0", "/documents/-3"]) {
      expect((await fetch(browser.baseUrl() + url)).status, url).toBe(404);
      const page = await browser.open(url);
      await page.getByRole("heading", { name: "Not found" }).waitFor();
      expect(await page.getByRole("heading", { name: "Something went wrong" }).count(), url).toBe(0);
      await page.close();
    }
  });

  it("lists the documents with their number of evidence spans", async () => {
    const page = await browser.open("/documents");
    const table = page.getByTestId("documents-table");
    await table.waitFor();
    const documents = await db.sourceDocument.findMany({ include: { _count: { select: { evidence: true } } } });
    expect(await table.locator("tbody tr").count()).toBe(documents.length);
    for (const d of documents) {
      const row = table.locator("tr", { has: page.getByRole("link", { name: d.title, exact: true }) });
      expect(await row.locator("td.num").first().innerText(), d.title).toBe(String(d._count.evidence));
    }
    await page.close();
  });
});
