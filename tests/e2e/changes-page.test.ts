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
    const text = await bad.text();
    expect(text).toContain('kind="PROPOSAL"');
    expect(text).toContain('target="x"');
    const good = await fetch(`${base()}/changes/feed.xml?kind=DESIGNATION&jurisdiction=US`);
    expect(good.status).toBe(200);
    expect(good.headers.get("content-type")).toContain("application/atom+xml");
    // Which address the links carry is unit-tested (tests/unit/public-url.test.ts): the test
    // server binds 127.0.0.1, so here the links would be right with or without that rule.
    expect(await good.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });

  it("shows a note for ignored parameters, the filters, and the empty state", async () => {
    const page = await browser.open("/changes?kind=BOGUS&programme=IRAN-HR");
    await page.getByRole("heading", { level: 1, name: "Changes in the official lists" }).waitFor();
    // The loading placeholder is a status too: wait for the note itself, not the first status.
    await page.getByRole("status").filter({ hasText: 'kind="BOGUS"' }).waitFor();
    await page.getByText("No list changes match.").waitFor();
    expect(await page.getByLabel("Programme codes (comma-separated)").inputValue()).toBe("IRAN-HR");
    expect(await page.getByText("No list changes match.").count()).toBe(1);
    const feed = await page.getByRole("link", { name: "Atom feed of these changes" }).getAttribute("href");
    expect(feed).toBe("/changes/feed.xml?programme=IRAN-HR");
    await page.close();
  });
});
