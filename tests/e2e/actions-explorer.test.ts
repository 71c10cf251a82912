// The explorer on the seeded article dataset (12 actions, 2 of them proposals), in Chromium.
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/browser";

const browser = useBrowser();
const ARTIFACTS = path.join(import.meta.dirname, "..", "artifacts");

const rows = (page: Page) => page.locator("tbody tr");
const columnTexts = (page: Page, column: string) => page.locator(`tbody td[data-column="${column}"]`).allInnerTexts();
const header = (page: Page, name: string) => page.locator("thead").getByRole("button", { name, exact: true });
/** Waits for the server render of the URL the explorer just pushed. */
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('table[aria-busy="true"]'));

async function openExplorer(query = "") {
  const page = await browser.open(`/actions${query}`);
  await page.locator("[data-interactive]").waitFor();
  return page;
}

describe("actions explorer in a real browser", () => {
  it("sorts by a column when its header is clicked, in the URL and in the rows", async () => {
    const page = await openExplorer();
    expect(await rows(page).count()).toBe(10);
    expect(await page.locator('th[data-column="date"]').getAttribute("aria-sort")).toBe("descending");

    await header(page, "Authority").click();
    await page.waitForURL(/sort=authority/);
    await settled(page);
    expect(page.url()).toMatch(/dir=asc/);
    expect(await page.locator('th[data-column="authority"]').getAttribute("aria-sort")).toBe("ascending");
    const ascending = await columnTexts(page, "authority");
    const lower = ascending.map((name) => name.toLowerCase());
    expect(lower).toEqual([...lower].sort()); // PostgreSQL compares the lower-cased names byte-wise (C.UTF-8)
    expect(ascending[0]).toBe("Council of the European Union");

    await header(page, "Authority").click();
    // Descending is the default direction, so it leaves the URL.
    await page.waitForURL((url) => url.search === "?sort=authority");
    await settled(page);
    const descending = await columnTexts(page, "authority");
    expect(descending[0]).toBe("United States Government");
    expect(descending).toEqual([...ascending].reverse());

    // Targets and instruments sort by name: A to Z on the first click, like authority.
    for (const [name, column] of [["Targets", "targets"], ["Instruments", "instruments"]] as const) {
      await header(page, name).click();
      await page.waitForURL(new RegExp(`sort=${column}`));
      expect(new URL(page.url()).searchParams.get("dir"), name).toBe("asc");
    }
    await page.close();
  });

  it("filters by jurisdiction, and goes back to the previous view with the back button", async () => {
    const page = await openExplorer();
    await page.locator("summary", { hasText: "Jurisdiction" }).click();
    await page.getByRole("checkbox", { name: "EU" }).check();
    await page.waitForURL(/jurisdiction=EU/);
    await settled(page);
    expect(await rows(page).count()).toBe(1);
    expect(await columnTexts(page, "authority")).toEqual(["Council of the European Union"]);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("jurisdiction"));
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 10);
    expect(await page.getByRole("checkbox", { name: "EU" }).isChecked()).toBe(false);
    await page.close();
  });

  it("makes a typed search one history entry, and Back shows the box and the rows of the view before", async () => {
    // Timers that one task sets usually fire together here; on a busy device they can fire apart.
    // Spacing them 50 ms apart makes that certain: a search must not rest on two timers firing together.
    const page = await browser.open("/actions", (fresh) => fresh.addInitScript(() => {
      const setTimeoutNow = window.setTimeout;
      let setInTask = 0;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
        if (!ms || ms < 100) return setTimeoutNow(handler, ms, ...args);
        if (setInTask === 0) queueMicrotask(() => { setInTask = 0; });
        return setTimeoutNow(handler, ms + 50 * setInTask++, ...args);
      }) as typeof setTimeout;
    }));
    await page.locator("[data-interactive]").waitFor();
    const entries = await page.evaluate(() => history.length);
    const box = page.getByLabel("Search");
    await box.pressSequentially("Quds", { delay: 60 });
    await page.waitForURL(/q=Quds/);
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 3);
    await page.waitForTimeout(200); // past any second, spaced-out update of the URL
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    await page.goBack();
    await page.waitForURL((url) => url.search === "");
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 10);
    expect(await box.inputValue()).toBe("");
    await page.goForward();
    await page.waitForURL(/q=Quds/);
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 3);
    expect(await box.inputValue()).toBe("Quds");
    await page.close();
  });

  it("includes proposals in one click", async () => {
    const page = await openExplorer("?perPage=50");
    expect(await rows(page).count()).toBe(10);
    await page.getByRole("checkbox", { name: /Include proposals/ }).check();
    await page.waitForURL(/proposals=true/);
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 12);
    expect(await page.locator('tbody td[data-column="kind"]', { hasText: "Proposal" }).count()).toBe(2);
    await page.close();
  });

  it("finds a target by another spelling and filters by it", async () => {
    const page = await openExplorer();
    const input = page.getByRole("combobox", { name: "Target" });
    await input.fill("Qods");
    const option = page.getByRole("option", { name: /IRGC Quds Force/ });
    await option.waitFor();
    expect(await option.innerText()).toContain("matched “Qods Force”");
    await input.press("ArrowDown");
    await input.press("Enter");
    await page.waitForURL(/target=\d+/);
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 2);
    for (const targets of await columnTexts(page, "targets")) expect(targets).toContain("IRGC Quds Force");
    expect(await page.getByRole("button", { name: "Remove target IRGC Quds Force" }).count()).toBe(1);
    // Typing past what the type-ahead looks up stops at its limit rather than failing the lookup.
    await input.pressSequentially("x".repeat(110), { delay: 0 });
    expect((await input.inputValue()).length).toBe(100);
    await page.getByText(/^No target matches “x{100}”\.$/).waitFor();
    expect(await page.getByText("The target search failed").count()).toBe(0);
    await page.close();
  });

  it("offers the authority filter when the text names an authority, which free text does not search", async () => {
    const page = await openExplorer("?q=US+Treasury");
    const hint = page.getByTestId("authority-hint");
    await hint.waitFor();
    await hint.getByRole("button", { name: "U.S. Department of the Treasury" }).click();
    await page.waitForURL((url) => url.searchParams.has("authority") && !url.searchParams.has("q"));
    await settled(page);
    expect(await columnTexts(page, "authority")).toEqual(["U.S. Department of the Treasury"]);
    expect(await hint.count()).toBe(0);
    await page.close();
  });

  it("resets invalid parameters to defaults with a visible note, and answers 200", async () => {
    const response = await fetch(`${browser.baseUrl()}/actions?sort=notes&page=x`);
    expect(response.status).toBe(200);
    const page = await openExplorer("?sort=notes&page=x");
    const note = page.getByTestId("search-problems");
    expect(await note.innerText()).toMatch(/Some parameters in the address were not understood; defaults were used instead/);
    expect(await note.innerText()).toContain("sort=");
    expect(await note.innerText()).toContain("page=");
    expect(await page.locator('th[data-column="date"]').getAttribute("aria-sort")).toBe("descending");
    expect(await rows(page).count()).toBe(10);
    // The URL is rewritten to what was applied, so copying it shares a valid link.
    await page.waitForURL((url) => url.search === "");
    expect(await note.count()).toBe(1);
    await page.close();
  });

  it("shows an empty state with a way to clear the filters", async () => {
    const page = await openExplorer("?jurisdiction=UK");
    expect(await page.getByText("No actions match these filters.").count()).toBe(1);
    await page.locator("tbody").getByRole("button", { name: "Clear filters" }).click();
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 10);
    expect(page.url()).not.toContain("jurisdiction");
    await page.close();
  });

  it("offers the first page when the URL asks for a page past the last", async () => {
    const page = await openExplorer("?page=5");
    expect(await page.getByText("Page 5 is past the last page of these results.").count()).toBe(1);
    expect(await page.getByText("No actions on this page (10 actions in all)").count()).toBe(1);
    await page.getByRole("button", { name: "Go to the first page" }).click();
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 10);
    expect(page.url()).not.toContain("page=");
    await page.close();
    // Twelve actions, ten a page: "previous" from page 5 is the last page, 2, not page 4.
    const past = await openExplorer("?perPage=10&proposals=true&page=5");
    expect(await past.getByText("Page 5, past the last (2)").count()).toBe(1);
    await past.getByRole("button", { name: "Previous page" }).click();
    await past.waitForURL(/[?&]page=2(&|$)/);
    await past.waitForFunction(() => document.querySelectorAll("tbody tr").length === 2);
    expect(await past.getByText("Page 2 of 2").count()).toBe(1);
    await past.close();
  });

  it("is operable from the keyboard: sort, page size and menus", async () => {
    const page = await openExplorer("?proposals=true");
    await header(page, "Status").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/sort=status/);
    await settled(page);
    await page.getByLabel("Rows per page").focus();
    await page.keyboard.press("ArrowUp"); // 25 → 10
    await page.waitForURL(/perPage=10/);
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 10);
    await page.getByRole("button", { name: "Next page" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/page=2/);
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 2); // 12 actions with proposals
    // On the last page "Next" goes nowhere, but keeps the keyboard's place.
    const next = page.getByRole("button", { name: "Next page" });
    expect(await next.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await next.getAttribute("aria-disabled")).toBe("true");
    await page.keyboard.press("Enter");
    expect(page.url()).toMatch(/page=2/);
    const grounds = page.locator("summary", { hasText: "Grounds" });
    await grounds.focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("details[open]").count()).toBe(1);
    // Arrow keys walk the options (wrapping), Space ticks one.
    const focusedOption = () => page.evaluate(() => document.activeElement?.closest("label")?.textContent ?? "");
    await page.keyboard.press("ArrowDown");
    expect(await focusedOption()).toBe("Human rights");
    await page.keyboard.press("ArrowDown");
    expect(await focusedOption()).toBe("Terrorism");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await focusedOption()).toBe("Other");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    expect(await page.locator("details[open]").count()).toBe(0);
    expect(await grounds.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it("opens an action from its row, by mouse anywhere on the row or by its link", async () => {
    const page = await openExplorer("?jurisdiction=EU");
    await page.locator('tbody td[data-column="status"]').first().click();
    await page.waitForURL(/\/actions\/\d+$/);
    await page.goBack();
    await page.locator("[data-interactive]").waitFor();
    const link = page.getByRole("link", { name: /^Open action: / });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute("href")).toMatch(/^\/actions\/\d+$/);
    await page.close();
  });

  it("applies a typed date range; imprecise dates that overlap it match", async () => {
    const page = await openExplorer();
    await page.getByLabel("From", { exact: true }).fill("2008");
    await page.getByLabel("To", { exact: true }).fill("2008");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/from=2008&to=2008/);
    await settled(page);
    // The two Bush-administration spans (2001–2009) and "by September 2021" (open start).
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 3);
    expect(await page.getByText("partly in range").count()).toBe(3);
    await page.close();
  });

  it("refuses a date the calendar has not, in place, keeping what was typed and saying the table did not change", async () => {
    const page = await openExplorer("?from=2012-06&to=2012-06");
    for (const typed of ["2020-13", "2020-02-30"]) {
      const from = page.getByLabel("From", { exact: true });
      await from.fill(typed);
      await page.getByRole("button", { name: "Apply" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "No such date in the calendar" });
      await alert.waitFor();
      expect(await alert.textContent()).toContain("Not applied: the table still shows 2012-06 to 2012-06.");
      expect(await from.inputValue()).toBe(typed);
      expect(new URL(page.url()).searchParams.get("from")).toBe("2012-06");
    }
    await page.close();
  });

  it("keeps the keyboard in the date field where Enter applied the range", async () => {
    const page = await openExplorer();
    const to = page.getByLabel("To", { exact: true });
    await to.fill("2012");
    await to.press("Enter");
    await page.waitForURL(/to=2012/);
    await settled(page);
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === "to", null, { timeout: 5_000 });
    expect(await to.inputValue()).toBe("2012");
    await page.close();
  });

  it("shows each row as a card on a phone, with nothing to scroll sideways", async () => {
    const page = await openExplorer();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => {
      const scroller = document.querySelector("table")?.parentElement;
      return scroller !== null && scroller !== undefined && scroller.scrollWidth <= scroller.clientWidth && document.documentElement.scrollWidth <= 390;
    }, undefined, { timeout: 10_000 });
    const status = page.locator('tbody td[data-column="status"]').first();
    expect(await status.getAttribute("data-label")).toBe("Status");
    expect(await status.evaluate((td) => getComputedStyle(td, "::before").content)).toBe('"Status"');
    // The header row is its sort buttons: every header shown holds one (the details column's,
    // named for screen readers only, was an empty pill).
    const shown = await page.locator("thead th").evaluateAll((cells) => cells
      .filter((th) => th.getBoundingClientRect().width > 1)
      .map((th) => ({ column: th.getAttribute("data-column"), sorts: th.querySelector("button") !== null })));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((th) => !th.sorts)).toEqual([]);
    await page.locator("thead").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "actions-explorer-phone.png") });
    // The target type-ahead's list stays on the screen.
    await page.getByRole("combobox", { name: "Target" }).fill("Qods");
    const list = page.getByRole("listbox", { name: "Matching targets" });
    await page.getByRole("option", { name: /IRGC Quds Force/ }).waitFor();
    expect((await list.boundingBox())!.x + (await list.boundingBox())!.width).toBeLessThanOrEqual(390);
    await page.getByRole("combobox", { name: "Target" }).press("Escape");
    // A filter menu spans the screen and stays under its button when the page scrolls (it once
    // stayed put in the viewport, over the rows and the pager scrolling beneath it).
    await page.locator("summary", { hasText: "Authority" }).click();
    const panel = page.getByRole("group", { name: "Authority" });
    const gap = async () => page.evaluate(() => {
      const menu = [...document.querySelectorAll("details[open]")][0];
      const [button, list] = [menu.querySelector("summary"), menu.querySelector("fieldset")].map((e) => e!.getBoundingClientRect());
      return { gap: Math.round(list.top - button.bottom), left: list.left, right: list.right };
    });
    await panel.waitFor();
    const before = await gap();
    await page.mouse.wheel(0, 200);
    await page.waitForFunction(() => window.scrollY > 0);
    expect(await gap()).toEqual(before);
    expect(before.left).toBeGreaterThanOrEqual(0);
    expect(before.right).toBeLessThanOrEqual(390);
    // A page past the last says so in the pager, whose longer words wrap rather than widen the page.
    await page.goto(`${browser.baseUrl()}/actions?page=99`);
    await page.getByText("past the last (1)").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it("looks right (screenshot for review)", async () => {
    const page = await openExplorer("?from=2008&to=2012&proposals=true");
    await page.locator("tbody tr").first().waitFor();
    expect(await page.getByText("partly in range").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "actions-explorer.png"), fullPage: true });
    await page.close();
  });
});
