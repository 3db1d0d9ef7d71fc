/**
 * The supplement's "Robustness to the seed" page in Chromium, built from a
 * real (small-size) sweep of the paper's study with the synthetic site: it
 * is in every page's navigation; at 390 px nothing makes the page scroll
 * sideways (every table and figure fits or scrolls in its own box); axe-core
 * finds no serious or critical violation; the figures are SVGs with marks;
 * and the tables' numbers link to their rows of numbers.html, which show
 * the spread.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { loadTheme, renderFigureSvg } from "../../src/render/figures/index.js";
import { buildSite } from "../../src/site/index.js";
import { PAGES } from "../../src/site/layout.js";
import { robustnessFigures } from "../../src/study/sweep/robustnessFigures.js";
import type { SweepFile } from "../../src/sweep/sweepFile.js";
import { CHROMIUM_ARGS, findChromium } from "../site/findChromium.js";
import { syntheticSiteInput } from "../site/syntheticSite.js";
import { smallSweep } from "./smallStudy.js";

// The page.evaluate callbacks run in the browser; this file is compiled for Node (no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, axe: any, getComputedStyle: any;

const repo = resolve(import.meta.dirname, "..", "..");
const chromium = findChromium();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

describe.skipIf(chromium === null)("robustness.html in Chromium", () => {
  let dir = "";
  let profile = "";
  let browser: Browser;
  let page: Page;
  let sweep: SweepFile;

  beforeAll(async () => {
    sweep = await smallSweep([1, 2, 3, 4, 5, 6]);
    const input = await syntheticSiteInput(repo);
    const figures = [];
    for (const f of robustnessFigures(sweep, input.results.sets, 0.95, loadTheme(join(repo, "report"))))
      figures.push({ id: f.id, caption: f.caption, svg: await renderFigureSvg(f.spec, { idPrefix: `rob-${f.id}-` }) });
    dir = mkdtempSync(join(tmpdir(), "sg-robustness-"));
    for (const [p, data] of buildSite({ ...input, robustness: { sweep, fragileBelow: 0.95, figures } })) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), data);
    }
    profile = mkdtempSync(join(tmpdir(), "sg-chromium-"));
    browser = await puppeteer.launch({ executablePath: chromium!, headless: true, args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`] });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    for (const d of [dir, profile]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it("is linked from every page's navigation, and marked current on itself", async () => {
    await page.setViewport({ width: 1280, height: 900 });
    for (const p of [...PAGES.map((x) => x.file), "robustness.html"]) {
      await page.goto(pathToFileURL(join(dir, p)).href, { waitUntil: "load" });
      const nav = await page.$$eval("nav a", (as: { textContent: string; getAttribute(n: string): string | null }[]) => as.map((a) => [a.textContent, a.getAttribute("aria-current")]));
      expect(nav[nav.length - 1], p).toEqual(["Robustness to the seed", p === "robustness.html" ? "page" : null]);
    }
  });

  it("shows each claim's hold rate, the rankings, the tables' spread and three figures with marks", async () => {
    await page.goto(pathToFileURL(join(dir, "robustness.html")).href, { waitUntil: "load" });
    const seen = await page.evaluate(() => ({
      claims: document.querySelectorAll("table.robustness-claims tbody tr").length,
      rankings: document.querySelectorAll("table.robustness-rankings tbody tr").length,
      tables: document.querySelectorAll("table.robustness-table").length,
      figures: [...document.querySelectorAll("figure.fig svg")].map((svg: { querySelectorAll(s: string): { length: number } }) => svg.querySelectorAll("path, line, rect").length > 10),
      firstClaim: document.querySelector("table.robustness-claims tbody tr td.num-cell").textContent,
    }));
    expect(seen.claims).toBe(Object.keys(sweep.claims).length);
    expect(seen.rankings).toBe(sweep.rankings.length);
    expect(seen.tables).toBe(4);
    expect(seen.figures).toEqual([true, true, true]);
    const c = Object.values(sweep.claims)[0]!;
    expect(seen.firstClaim).toBe(`${c.holds} of 6 (${(c.rate * 100).toFixed(0)}%; 95% CI ${(c.low * 100).toFixed(0)}%\u2013${(c.high * 100).toFixed(0)}%)`);
  });

  it("at 390 px nothing scrolls the page sideways: each table and figure fits or scrolls in its own box", async () => {
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(pathToFileURL(join(dir, "robustness.html")).href, { waitUntil: "load" });
    const found = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const problems: string[] = [];
      let scrolling = 0;
      if (document.documentElement.scrollWidth > vw) problems.push(`page ${document.documentElement.scrollWidth} px wide`);
      for (const el of document.querySelectorAll("table, figure svg")) {
        const r = el.getBoundingClientRect();
        let box = el.parentElement;
        while (box && box !== document.body && !["auto", "scroll"].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
        if (!box || box === document.body) {
          if (r.right > vw + 0.5) problems.push(`${el.tagName} ${Math.round(r.width)} px, no scroll box`);
        } else {
          if (box.getBoundingClientRect().right > vw + 0.5) problems.push(`scroll box of ${el.tagName} wider than the screen`);
          if (box.scrollWidth > box.clientWidth) scrolling++;
        }
      }
      return { problems, scrolling };
    });
    expect(found.problems).toEqual([]);
    // The wide tables do scroll at this width (the check is not vacuous).
    expect(found.scrolling).toBeGreaterThan(2);
  });

  it("has no serious or critical axe-core violation", async () => {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(join(dir, "robustness.html")).href, { waitUntil: "load" });
    await page.addScriptTag({ path: AXE });
    const violations: { id: string; impact: string; nodes: unknown[] }[] = await page.evaluate(async () => (await axe.run(document, { resultTypes: ["violations"] })).violations);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id} (${v.nodes.length})`)).toEqual([]);
  });

  it("links each table number to its row of numbers.html, which shows its spread over the seeds", async () => {
    await page.goto(pathToFileURL(join(dir, "robustness.html")).href, { waitUntil: "load" });
    const hrefs: string[] = await page.$$eval("table.robustness-table a", (as: { getAttribute(n: string): string }[]) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("numbers.html#k-summary.7B.CAI.retention");
    await page.goto(`${pathToFileURL(join(dir, "numbers.html")).href}#k-summary.7B.CAI.retention`, { waitUntil: "load" });
    const cells: string[] = await page.$$eval('tr[id="k-summary.7B.CAI.retention"] td', (tds: { textContent: string }[]) => tds.map((td) => td.textContent));
    const s = sweep.numbers["summary.7B.CAI.retention"]!;
    expect(cells[2]).toBe(`SD ${s.sd.toFixed(4)}; 95% in [${s.q025.toFixed(4)}, ${s.q975.toFixed(4)}]`);
  });
});
