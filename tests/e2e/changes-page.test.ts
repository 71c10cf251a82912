// The changes page and its Atom feed on the shared app (articles only, no list imported: the
// list data itself is covered by the integration tests on databases of their own).
import { inject, describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/browser";

const browser = useBrowser();
const base = () => inject("appBaseUrl");

describe("/changes", () => {
  it("answers 400 naming the bad parameter, and Atom for valid filters", async () => {
    const bad = await fetch(`${base()}/changes/feed.xml?kind=PROPOSAL&target=x`);
    expect(bad.status).toBe(400);
    const { problems } = (await bad.json()) as { problems: string[] };
    expect(problems.join("\n")).toContain('kind="PROPOSAL"');
    expect(problems.join("\n")).toContain('target="x"');
    const good = await fetch(`${base()}/changes/feed.xml?kind=DESIGNATION&jurisdiction=US`);
    expect(good.status).toBe(200);
    expect(good.headers.get("content-type")).toContain("application/atom+xml");
    // Which address the links carry is unit-tested (tests/unit/public-url.test.ts): the test
    // server binds 127.0.0.1, so here the links would be right with or without that rule.
    expect(await good.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    // The same filters make the same feed, however the address spells them (a form sends empty fields).
    const [spelled, plain] = await Promise.all([
      fetch(`${base()}/changes/feed.xml?source=&jurisdiction=US&kind=DESIGNATION&programme=`).then((r) => r.text()),
      fetch(`${base()}/changes/feed.xml?kind=DESIGNATION&jurisdiction=US`).then((r) => r.text()),
    ]);
    const feedId = (xml: string) => /<feed[^>]*>\s*<id>([^<]*)<\/id>/.exec(xml)?.[1];
    expect(feedId(spelled)).toMatch(/\/changes\?kind=DESIGNATION&amp;jurisdiction=US$/);
    expect(feedId(spelled)).toBe(feedId(plain));
  });

  it("shows a note for ignored parameters, the filters, and the empty state", async () => {
    const page = await browser.open("/changes?kind=BOGUS&programme=IRAN-HR");
    await page.getByRole("heading", { level: 1, name: "Changes in the official lists" }).waitFor();
    // The loading placeholder is a status too: wait for the note itself, not the first status.
    await page.getByRole("status").filter({ hasText: 'kind="BOGUS"' }).waitFor();
    await page.getByText("No list changes match these filters.").waitFor();
    expect(await page.getByLabel("Programme codes (comma-separated)").inputValue()).toBe("IRAN-HR");
    // No list is imported in the shared app: no entry carries the code, and the page says so.
    expect(await page.getByTestId("unseen-programmes").innerText()).toBe("No imported list entry carries the programme code IRAN-HR.");
    expect(await page.getByText("No list changes match these filters.").count()).toBe(1);
    // No "Page 1 of 1" under an empty list.
    expect(await page.getByRole("navigation", { name: "Pages" }).count()).toBe(0);
    const feed = await page.getByRole("link", { name: "Atom feed of these changes" }).getAttribute("href");
    expect(feed).toBe("/changes/feed.xml?programme=IRAN-HR");
    // The address keeps what was applied, so a copied link is one that works.
    await page.waitForURL((url) => url.pathname === "/changes" && url.search === "?programme=IRAN-HR");
    await page.close();
  });

  it("shows the address's filters in the form after Apply, Clear and Back", async () => {
    const page = await browser.open("/changes?kind=AMENDMENT");
    const kind = page.getByLabel("Kind");
    expect(await kind.inputValue()).toBe("AMENDMENT");
    await page.getByRole("link", { name: "Clear", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/changes" && url.search === "");
    await expect.poll(() => kind.inputValue()).toBe("");
    await kind.selectOption("DELISTING");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/kind=DELISTING/);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/changes" && url.search === "");
    await expect.poll(() => kind.inputValue()).toBe("");
    await page.close();
  });

  it("says when no list was imported at all, rather than that no change matches", async () => {
    const page = await browser.open("/changes");
    await page.getByText("No official list has been imported yet.").waitFor();
    expect(await page.getByText("No list changes match").count()).toBe(0);
    await page.screenshot({ path: "tests/artifacts/changes.png", fullPage: true });
    await page.close();
  });

  it("filters by a target picked under any spelling, shown as a removable chip", async () => {
    const page = await browser.open("/changes");
    const input = page.getByRole("combobox", { name: "Target" });
    await input.fill("Etelaat");
    await page.getByRole("option", { name: /Ministry of Intelligence and Security/ }).click();
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/[?&]target=\d+$/);
    await page.getByRole("button", { name: "Remove target Ministry of Intelligence and Security" }).waitFor();
    expect(await page.getByRole("link", { name: "Atom feed of these changes" }).getAttribute("href")).toMatch(/^\/changes\/feed\.xml\?target=\d+$/);
    // Removing the chip and applying again drops the filter.
    await page.getByRole("button", { name: "Remove target Ministry of Intelligence and Security" }).click();
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.pathname === "/changes" && !url.searchParams.has("target"));
    await page.close();
  });
});
