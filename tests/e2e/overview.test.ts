import { describe, expect, it } from "vitest";
import { listActions } from "../../lib/actions/list-actions";
import { parseActionSearch } from "../../lib/actions/search-params";
import { useBrowser } from "../helpers/browser";
import { useSharedDb } from "../helpers/db";

const browser = useBrowser();
const db = useSharedDb();
const CHARTS = ["chart-over-time", "chart-grounds", "chart-instruments", "chart-targets"];

/** Rows the table's own query returns for a URL's parameters. */
async function tableRows(url: string) {
  const { search, problems } = parseActionSearch(new URL(url).searchParams);
  expect(problems).toEqual([]);
  return (await listActions(search, db)).total.value;
}

describe("overview in a real browser", () => {
  it("renders the headline figures and every chart with bars, on a laptop and on a phone", async () => {
    const page = await browser.open("/");
    // The root layout's title template does not reach its own page: the overview names the site itself.
    expect(await page.title()).toBe("Overview · Sanctions Tracker");
    for (const chart of CHARTS) {
      await page.locator(`[data-testid="${chart}"] .recharts-bar-rectangle`).first().waitFor();
      expect(await page.locator(`[data-testid="${chart}"] .recharts-bar-rectangle`).count(), chart).toBeGreaterThan(0);
      expect(await page.locator(`[data-testid="${chart}"] h2`).textContent()).toBeTruthy();
    }
    const figures = page.getByTestId("headline-figures");
    expect(await figures.textContent()).toContain("10 of 10 matching");
    // The latest known start (the waivers' end, a span), not the undated-start "by Sep 2021" claim.
    expect(await figures.textContent()).toContain("Nov 2018–May 2019");
    expect(await figures.textContent()).not.toContain("by Sep 2021");
    expect(await page.getByTestId("unknown-dates").textContent()).toContain("European Union 1");
    // Axis titles are the muted text colour (6:1 on white), not Recharts' grey (3.9:1).
    const axisTitle = page.locator('[data-testid="chart-over-time"] .recharts-label').first();
    expect(await axisTitle.evaluate((label) => getComputedStyle(label).fill)).toBe("rgb(95, 99, 104)");
    // The EU's one action is undated: the year bars' legend names only the jurisdiction they stack.
    const legend = page.locator('[data-testid="chart-over-time"] .recharts-legend-item-text');
    expect(await legend.allTextContents()).toEqual(["United States"]);
    // Count axes end at the largest count when it is small: years hold at most 1 dated action, a target 3.
    const ticks = (chart: string, axis: "x" | "y") => page.locator(`[data-testid="${chart}"] .recharts-wrapper`).first()
      .locator(`.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents();
    expect(await ticks("chart-over-time", "y")).toEqual(["0", "1"]);
    expect(await ticks("chart-targets", "x")).toEqual(["0", "1", "2", "3"]);
    // On a laptop the targets' names fit their label column whole; on a phone each stands above
    // its bar. (Recharts wraps a label over lines, one <tspan> each.)
    const targetLabels = () => page.locator('[data-testid="chart-targets"] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .evaluateAll((labels) => labels.map((label) => [...label.querySelectorAll("tspan")].map((line) => line.textContent).join(" ")));
    expect(await targetLabels()).toContain("Ministry of Intelligence and Security");
    await page.screenshot({ path: "tests/artifacts/overview.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid="chart-targets"] .recharts-bar-rectangle').first().waitFor();
    // Charts re-measure asynchronously (ResizeObserver) after the resize: wait for the layout to settle.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, undefined, { timeout: 10_000 });
    const names = page.locator('[data-testid="chart-targets"] .bar-name');
    expect(await names.allTextContents()).toContain("Ministry of Intelligence and Security");
    expect(await names.allTextContents()).toContain("Countries importing Iranian oil under US waivers");
    // Names and the axis title stay inside the chart's card (they were cut at its edge).
    const card = (await page.getByTestId("chart-targets").boundingBox())!;
    const rights = await page.locator('[data-testid="chart-targets"] :is(.bar-name, .recharts-label)')
      .evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(1);
    for (const right of rights) expect(right).toBeLessThanOrEqual(card.x + card.width);
    await page.screenshot({ path: "tests/artifacts/overview-phone.png", fullPage: true });
    await page.close();
  });

  it("gives the ranked charts their screen's height before the page's scripts run, so nothing jumps when they do", async () => {
    // The page's own scripts blocked: what shows is the server's HTML (React's inline scripts still reveal streamed parts).
    const page = await browser.open("/", (p) =>
      p.route((url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"), (route) => route.abort()));
    const chart = page.locator('[data-testid="chart-targets"] .ranked-chart');
    await chart.waitFor();
    const bars = Number(await chart.evaluate((el) => (el as HTMLElement).style.getPropertyValue("--bars")));
    expect(bars).toBeGreaterThan(1);
    // A laptop's layout: a row of 30 px per bar, names beside the bars.
    expect((await chart.boundingBox())!.height).toBe(58 + bars * 30);
    await page.setViewportSize({ width: 390, height: 844 });
    expect((await chart.boundingBox())!.height).toBe(72 + bars * 44);
    await page.close();
  });

  it("opens the table filtered to exactly a year bar's actions", async () => {
    const page = await browser.open("/");
    const bar = page.locator('[data-testid="chart-over-time"] .recharts-bar-rectangle path').first();
    await bar.waitFor();
    await bar.click();
    await page.waitForURL(/\/actions\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ jurisdiction: "US", from: "2012", to: "2012", within: "true" });
    // Only the 2012 designation of MOIS is dated within 2012.
    expect(await tableRows(page.url())).toBe(1);
    await page.close();
  });

  it("opens the table filtered to exactly a span band's actions, open-ended bands too", async () => {
    const page = await browser.open("/");
    const bands = page.locator('[data-testid="span-band"] .recharts-bar-rectangle path');
    await bands.first().waitFor();
    const labels = await page.locator('[data-testid="span-band"] .span-label').allTextContents();
    // "US until 2021 (no start given) (1)", "US 2001–2009 (2)", "US 2009–2017 (1)", "US 2018–2019 (2)", top to bottom.
    expect(labels.join(" ")).toContain("US 2009–2017 (1)");
    for (const [index, label] of labels.entries()) {
      const count = Number(/\((\d+)\)$/.exec(label)?.[1]);
      await bands.nth(index).click();
      await page.waitForURL(/\/actions\?/);
      // The overview stays in the document, hidden, for Back: count the explorer's visible rows.
      await page.locator("[data-interactive]:visible").waitFor();
      expect(await page.locator("tbody tr:visible").count(), label).toBe(count);
      expect(await tableRows(page.url()), label).toBe(count);
      await page.goBack();
      await bands.first().waitFor();
    }
    expect(labels).toHaveLength(4);
    await page.close();
  });

  it("opens the actions with no date from the timeline's count, and lets the explorer drop that filter", async () => {
    const page = await browser.open("/");
    await page.getByTestId("unknown-dates").getByRole("link", { name: /^European Union, date unknown: 1 action/ }).click();
    await page.waitForURL(/\/actions\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ jurisdiction: "EU", undated: "true" });
    expect(await tableRows(page.url())).toBe(1);
    await page.locator("[data-interactive]:visible").waitFor();
    expect(await page.locator("tbody tr:visible").count()).toBe(1);
    const undated = page.getByRole("checkbox", { name: "No known date" });
    expect(await undated.isChecked()).toBe(true);
    expect(await page.getByRole("textbox", { name: "From" }).isDisabled()).toBe(true);
    await undated.uncheck();
    await page.waitForURL((url) => !url.searchParams.has("undated"));
    expect(await page.getByRole("textbox", { name: "From" }).isDisabled()).toBe(false);
    await page.close();
  });

  it("lines the span bands up with the year bars of the same years", async () => {
    const page = await browser.open("/");
    const yearBars = page.locator('[data-testid="chart-over-time"] .recharts-bar-rectangle path');
    const bands = page.locator('[data-testid="span-band"] .recharts-bar-rectangle path');
    await bands.first().waitFor();
    const box = async (locator: typeof bands) => {
      const b = (await locator.boundingBox())!;
      return { left: b.x, right: b.x + b.width, middle: b.x + b.width / 2 };
    };
    // Bars for 2012 and 2017; bands (top to bottom) until 2021, 2001–2009, 2009–2017, 2018–2019.
    const [bar2012, bar2017] = [await box(yearBars.nth(0)), await box(yearBars.nth(1))];
    const [obama, trump] = [await box(bands.nth(2)), await box(bands.nth(3))];
    const yearWidth = (obama.right - obama.left) / 9;
    expect(bar2012.middle).toBeGreaterThan(obama.left + 3 * yearWidth);
    expect(bar2012.middle).toBeLessThan(obama.left + 4 * yearWidth);
    // 2017 is the last year of 2009–2017: its bar ends just inside the band's end, before 2018–2019 begins.
    expect(obama.right - bar2017.right).toBeGreaterThanOrEqual(0);
    expect(obama.right - bar2017.right).toBeLessThan(yearWidth / 4);
    // (Boxes hold the bands' 2 px outline.)
    expect(trump.left).toBeGreaterThan(bar2017.right - 2);
    await page.close();
  });

  it("draws no year bars, and no legend for them, when every matching action is dated to a span", async () => {
    // 2001–2009 overlaps the Bush and Obama administrations and "by September 2021", and no single year's action.
    const page = await browser.open("/?from=2001&to=2009");
    await page.locator('[data-testid="span-band"] .recharts-bar-rectangle').first().waitFor();
    const chart = page.getByTestId("chart-over-time");
    expect(await chart.locator(".recharts-legend-item").count()).toBe(0);
    expect(await chart.locator(".recharts-bar-rectangle").count())
      .toBe(await page.locator('[data-testid="span-band"] .recharts-bar-rectangle').count());
    await page.close();
  });

  it("is usable from the keyboard: no unnamed chart stops, and every number of the table view a named link", async () => {
    const page = await browser.open("/");
    await page.locator('[data-testid="chart-targets"] .recharts-bar-rectangle').first().waitFor();
    // Tab through the overview up to the actions table: the charts themselves are images, not stops.
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { inChart: Boolean(el.closest(".recharts-wrapper")), name: el.getAttribute("aria-label") ?? el.innerText.trim() };
      });
      expect(stop.inChart, JSON.stringify(stop)).toBe(false);
      stops.push(stop.name);
    }
    expect(stops.filter((name) => name === "Show as table")).toHaveLength(4);
    expect(await page.getByRole("img", { name: /^Actions per year, stacked by jurisdiction/ }).count()).toBe(1);
    const overTime = page.getByTestId("chart-over-time");
    await overTime.getByRole("button", { name: "Show as table" }).focus();
    await page.keyboard.press("Enter");
    const link = overTime.getByRole("link", { name: "United States, 2009–2017: 1 action, open in the table" });
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/actions\?.*exact=true/);
    await page.locator("[data-interactive]:visible").waitFor();
    expect(await page.locator("tbody tr:visible").count()).toBe(1);
    await page.close();
  });

  it("shows the same numbers as a table, and rolls units up under their parent on request", async () => {
    const page = await browser.open("/");
    const targets = page.getByTestId("chart-targets");
    await targets.locator(".recharts-bar-rectangle").first().waitFor();
    // A switch: Space toggles it, as a click does.
    await targets.getByTestId("related-toggle").focus();
    await page.keyboard.press("Space");
    await page.waitForURL(/related=true/);
    await targets.locator(".recharts-bar-rectangle").first().waitFor();
    await targets.getByRole("button", { name: "Show as table" }).click();
    const mois = targets.getByRole("row", { name: /Ministry of Intelligence and Security/ });
    // MOIS itself (2), its two former ministers (1) and the EU's MOIS associates (1).
    expect(await mois.getByRole("link").textContent()).toBe("4");
    const href = await mois.getByRole("link").getAttribute("href");
    expect(await tableRows(new URL(href as string, browser.baseUrl()).toString())).toBe(4);
    await page.close();
  });

  it("falls back to defaults with a visible note on invalid parameters", async () => {
    // A mistyped name ("jurisdictoin") is named too, rather than silently showing every action.
    const page = await browser.open("/?jurisdiction=XX&from=banana&jurisdictoin=EU&utm_source=newsletter");
    const note = page.getByTestId("search-problems");
    await note.waitFor();
    expect(await note.textContent()).toContain("jurisdiction=");
    expect(await note.textContent()).toContain("jurisdictoin: unknown parameter");
    expect(await note.textContent()).not.toContain("utm_source");
    // The address keeps only what was applied, so the note does not come back with the next change of filter.
    await page.waitForURL((url) => url.pathname === "/" && url.search === "");
    // Charts and table share one parse of the address, so the note appears once.
    expect(await note.count()).toBe(1);
    expect(await page.getByTestId("headline-figures").textContent()).toContain("10 of 10 matching");
    await page.close();
  });

  it("shows an empty state when nothing matches", async () => {
    const page = await browser.open("/?q=zzzznothingmatches");
    await page.getByTestId("chart-over-time").waitFor();
    expect(await page.getByText("No actions match these filters.").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("active-filters").textContent()).toContain("zzzznothingmatches");
    // One pending proposal is one call for action.
    await page.goto(`${browser.baseUrl()}/?q=Etelaat`);
    await page.getByTestId("headline-figures").waitFor();
    expect(await page.getByTestId("headline-figures").textContent()).toMatch(/Proposals pending\s*1\s*call for action/);
    // An id with no record filters to nothing too, and says which filter does (not "All recorded actions").
    await page.goto(`${browser.baseUrl()}/?target=999999&instrument=999998`);
    const filters = page.getByTestId("active-filters");
    await filters.getByRole("link", { name: "Clear filters" }).waitFor();
    expect(await filters.textContent()).toContain("Target: no recorded target #999999");
    expect(await filters.textContent()).toContain("Instrument: no recorded instrument #999998");
    // The table's filter chip says so too ("Target #999999" read as a name that did not load).
    await page.getByRole("button", { name: "Remove target no recorded target #999999" }).waitFor();
    await page.close();
  });
});
