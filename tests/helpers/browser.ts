// Debian's chromium driven by playwright-core (browsers cannot be downloaded here).
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, inject } from "vitest";
import { type Browser, chromium, type Page } from "playwright-core";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "chromium", "chromium-browser"].filter(Boolean) as string[];
  for (const candidate of candidates) {
    try {
      return execFileSync("sh", ["-c", `command -v "${candidate}"`], { encoding: "utf8" }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error(
    "No Chromium found for the browser tests. Install one with `apt-get update && apt-get install -y chromium`, " +
      "or set CHROMIUM_PATH to a Chromium executable.",
  );
}

/** One browser per test file; `open(path)` gives a fresh page on the test app (`prepare`: before it loads). */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: FLAGS });
  });
  afterAll(() => browser?.close());
  return {
    baseUrl: () => inject("appBaseUrl"),
    async open(path: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await prepare?.(page);
      await page.goto(inject("appBaseUrl") + path);
      return page;
    },
  };
}
