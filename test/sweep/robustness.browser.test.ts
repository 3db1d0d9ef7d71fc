/**
 * The supplement's "Robustness to the seed" page in Chromium, built from a
 * real (small-size) sweep of the paper's study with the synthetic site: it
 * is in every page's navigation (read from the pages' HTML: a link in static
 * markup needs no browser); at 390 px nothing makes the page scroll
 * sideways (every table and figure fits or scrolls in its own box); axe-core
 * finds no serious or critical violation; the figures are SVGs with marks;
 * and the tables' numbers link to their rows of numbers.html, which show
 * the spread.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer-core";
import { parse } from "parse5";
import { loadTheme, renderFigureSvg } from "../../src/render/figures/index.js";
import { buildSite } from "../../src/site/index.js";
import { PAGES } from "../../src/site/layout.js";
import { robustnessFigures } from "../../src/study/sweep/robustnessFigures.js";
import type { SweepFile } from "../../src/sweep/sweepFile.js";
import { findChromium } from "../site/findChromium.js";
import { sharedPage } from "../helpers/sharedChromium.js";
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
  let shared: Awaited<ReturnType<typeof sharedPage>> | undefined;
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
    shared = await sharedPage({ width: 1280, height: 900 });
    page = shared.page;
  });
  afterAll(async () => {
    await shared?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("is linked from every page's navigation, and marked current on itself", () => {
    type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
    const all = (n: Node, name: string): Node[] => [...(n.nodeName === name ? [n] : []), ...(n.childNodes ?? []).flatMap((c) => all(c, name))];
    const text = (n: Node): string => (n.nodeName === "#text" ? (n.value ?? "") : (n.childNodes ?? []).map(text).join(""));
    const attr = (n: Node, name: string): string | null => n.attrs?.find((a) => a.name === name)?.value ?? null;
    for (const p of [...PAGES.map((x) => x.file), "robustness.html"]) {
      const doc = parse(readFileSync(join(dir, p), "utf8")) as unknown as Node;
      const nav = all(doc, "nav").flatMap((n) => all(n, "a")).map((a) => [text(a), attr(a, "aria-current")]);
      expect(nav[nav.length - 1], p).toEqual(["Robustness to the seed", p === "robustness.html" ? "page" : null]);
    }
  });

  it("says how many comparisons every seed bootstrapped, and that a claim's others ran only where its verdict needed them", () => {
    const html = readFileSync(join(dir, "robustness.html"), "utf8");
    expect(html).toContain(
      `Each seed bootstrapped the ${sweep.bootstrapped.length} comparisons whose intervals or SEs a statement or published number reads, and those a claim reads only in the seeds where its verdict depends on them; an interval or SE that only some seeds computed is given no spread.`,
    );
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
