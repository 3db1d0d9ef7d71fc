/**
 * The paper and supplement as `safety-gap build` makes them from the real
 * report/ (not the synthetic input of site.browser.test.ts), opened from
 * file:// in Chromium as a reader opens a download: every page loads without
 * a console error or a failed or external request, all figures draw,
 * axe-core (deque's checker, the rules a WCAG 2.x audit starts from) finds
 * no serious or critical violation, every number of the paper is traceable
 * to a key of results.json, and a popup opens on focus. Each page is loaded
 * once for both the load and the accessibility checks: a load of the paper
 * page costs seconds, and axe on it more.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "puppeteer-core";
import { sharedChromium, type SharedChromium } from "../helpers/sharedChromium.js";
import { PAGES } from "../../src/site/layout.js";
import type { Results } from "../../src/results/types.js";
import { findChromium } from "./findChromium.js";
import { realOutput } from "../helpers/realOutput.js";

// The page.evaluate callbacks run in the browser; this file is compiled for Node (no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, axe: any;

const chromium = findChromium();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
/** What a reader opens: the paper and every supplement page. */
const SHOWN = ["paper.html", ...PAGES.map((p) => `site/${p.file}`)];

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(chromium === null)("the real supplement (report/ built) in Chromium", () => {
  let out = "";
  let site = "";
  let results: Results;
  let browser: BrowserContext;
  let shared: SharedChromium | undefined;

  beforeAll(async () => {
    // The build the other browser suites read (realOutput.ts): made once, not once per file.
    out = await realOutput();
    site = join(out, "site");
    results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results;
    shared = await sharedChromium();
    browser = shared.context;
  });
  afterAll(async () => {
    await shared?.close();
  });

  it.each(SHOWN)("%s loads from file:// with no console error and no failed or external request, and has no serious or critical axe-core violation", async (file) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${String(e)}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
    page.on("request", (r) => !r.url().startsWith("file:") && !r.url().startsWith("data:") && !r.url().startsWith("blob:") && problems.push(`external: ${r.url()}`));
    await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: "load" });
    if (file === "site/figures.html") {
      await page.waitForFunction(() => document.querySelectorAll('.fig-host[data-rendered="true"]').length === document.querySelectorAll(".fig-host").length, { timeout: 30_000 });
      expect(await page.$$eval(".fig-host svg", (s) => s.length)).toBe(6);
    }
    expect(problems).toEqual([]);
    await page.addScriptTag({ path: AXE });
    const result: { violations: Violation[]; passes: unknown[] } = await page.evaluate(async () => {
      const r = await axe.run(document, { resultTypes: ["violations"] });
      return { violations: r.violations, passes: r.passes };
    });
    const serious = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.length} element(s), e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
    expect(serious).toEqual([]);
    // axe ran its rules on the page (a page it could not read would report nothing at all).
    expect(result.passes.length).toBeGreaterThan(10);
    await page.close();
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
