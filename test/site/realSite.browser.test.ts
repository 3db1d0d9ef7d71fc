/**
 * The supplement as `safety-gap build` makes it from the real report/ (not
 * the synthetic input of site.browser.test.ts), opened from file:// in
 * Chromium: every page loads without a console error or a failed or
 * external request, all figures draw, every number of the paper is
 * traceable to a key of results.json, and a popup opens on focus.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "puppeteer-core";
import { sharedChromium, type SharedChromium } from "../helpers/sharedChromium.js";
import { PAGES } from "../../src/site/layout.js";
import type { Results } from "../../src/results/types.js";
import { findChromium } from "./findChromium.js";
import { realOutput } from "../helpers/realOutput.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const chromium = findChromium();

describe.skipIf(chromium === null)("the real supplement (report/ built) in Chromium", () => {
  let site = "";
  let results: Results;
  let browser: BrowserContext;
  let shared: SharedChromium | undefined;

  beforeAll(async () => {
    // The build the other browser suites read (realOutput.ts): made once, not once per file.
    const out = await realOutput();
    site = join(out, "site");
    results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results;
    shared = await sharedChromium();
    browser = shared.context;
  });
  afterAll(async () => {
    await shared?.close();
  });

  it("every page loads from file:// with no console error and no failed or external request", async () => {
    const base = `${pathToFileURL(site).href}/`;
    for (const p of PAGES) {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`page error: ${String(e)}`));
      page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
      page.on("request", (r) => !r.url().startsWith("file:") && !r.url().startsWith("data:") && !r.url().startsWith("blob:") && problems.push(`external: ${r.url()}`));
      await page.goto(base + p.file, { waitUntil: "load" });
      if (p.file === "figures.html") {
        await page.waitForFunction(() => document.querySelectorAll('.fig-host[data-rendered="true"]').length === document.querySelectorAll(".fig-host").length, { timeout: 30_000 });
        expect(await page.$$eval(".fig-host svg", (s) => s.length)).toBe(6);
      }
      expect(problems, p.file).toEqual([]);
      await page.close();
    }
  });

  it("makes every number of the paper traceable to a key of results.json, with a popup on focus", async () => {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(site).href}/index.html`, { waitUntil: "load" });
    const keys: string[] = await page.$$eval("span.num[data-key]", (spans) => spans.map((s) => s.getAttribute("data-key") ?? ""));
    expect(keys.length).toBeGreaterThan(150);
    // Numbers come from results.numbers; design sizes (n, 30 configurations, seed) from results.sizes.
    for (const k of keys.flatMap((k) => k.split(" "))) {
      if (k === "seed" || k.startsWith("sizes.")) continue;
      expect(results.numbers[k], k).toBeDefined();
    }
    expect(keys.filter((k) => /^(cell|cmp|summary)\./.test(k)).length).toBeGreaterThan(150);
    const key = "summary.7B.Reasoning-PT.retention";
    await page.focus(`a.num-link:has(> span[data-key="${key}"])`);
    const text: string = await page.evaluate(() => document.getElementById(document.activeElement.getAttribute("aria-describedby") ?? "")?.textContent ?? "");
    expect(text).toContain(key);
    expect(text).toContain(String(results.numbers[key]));
    await page.close();
  });
});
