/**
 * The built supplement in a real browser (Debian's Chromium via Puppeteer),
 * opened from a local http server and from file://: no console error, no
 * failed or external request, every figure renders with marks, a number's
 * provenance popup appears on focus with the right key and value, the scale
 * selector changes a figure, a CSV download matches results.json, nothing
 * overflows a phone-width screen. The real build's pages are opened from
 * file:// by realSite.browser.test.ts; here every page is opened from http,
 * and the figures, whose drawing reads files, from file:// too. With
 * $SAFETY_GAP_SCREENSHOTS set, screenshots for a person to look at are
 * written there (tests never write into the repository).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "puppeteer-core";
import { sharedChromium, type SharedChromium } from "../helpers/sharedChromium.js";
import { buildSite } from "../../src/site/index.js";
import { PAGES } from "../../src/site/layout.js";
import { formatSmart } from "../../src/site/format.js";
import type { Results } from "../../src/results/types.js";
import { syntheticSiteInput } from "./syntheticSite.js";
import { findChromium } from "./findChromium.js";
import { serveStatic } from "./staticServer.js";
import { hasReportFigures, reportCheckHtml, reportFigures } from "./reportFigures.js";

// The page.evaluate callbacks run in the browser, but this file is compiled
// for Node (no DOM lib in tsconfig, on purpose): declare the page's global loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shots = process.env.SAFETY_GAP_SCREENSHOTS ?? "";
const chromium = findChromium();
if (chromium === null) {
  console.warn("site browser tests skipped: no Chromium found. Install Debian's `chromium` (apt-get install chromium) or set PUPPETEER_EXECUTABLE_PATH.");
}

interface Visit {
  page: Page;
  problems: string[];
}

describe.skipIf(chromium === null)("supplement site in Chromium", () => {
  let dir = "";
  let browser: BrowserContext;
  let shared: SharedChromium | undefined;
  let server: { url: string; close: () => Promise<void> };
  let results: Results;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "safety-gap-site-"));
    const input = await syntheticSiteInput(repo);
    // The paper's real figure specs when they exist (what the build ships), bound to the synthetic results.
    if (hasReportFigures(repo)) input.figures = await reportFigures(repo, input.results);
    input.checkHtml = await reportCheckHtml(repo, input.results);
    results = input.results;
    for (const [p, d] of buildSite(input)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), d);
    }
    server = await serveStatic(dir);
    shared = await sharedChromium();
    browser = shared.context;
  });

  afterAll(async () => {
    await shared?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page and records every console error, page error, failed request and request outside the site. */
  async function visit(base: string, file: string, width = 1280): Promise<Visit> {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warn") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${String(e)}`));
    page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:")) problems.push(`external request: ${u}`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(base + file, { waitUntil: "load" });
    return { page, problems };
  }

  const bases = (): [string, string][] => [
    ["http", server.url],
    ["file", pathToFileURL(dir).href + "/"],
  ];

  it("every page loads from http with no error and no external or failed request", async () => {
    for (const p of PAGES) {
      const v = await visit(server.url, p.file);
      if (p.file === "figures.html") await v.page.waitForFunction(() => document.querySelectorAll('.fig-host[data-rendered="true"]').length === document.querySelectorAll(".fig-host").length, { timeout: 30_000 });
      await new Promise((r) => setTimeout(r, 100));
      expect(v.problems, p.file).toEqual([]);
      await v.page.close();
    }
  });

  it("every figure renders with marks, from http and from file://", async () => {
    for (const [, base] of bases()) {
      const v = await visit(base, "figures.html");
      await v.page.waitForFunction(() => document.querySelectorAll('.fig-host[data-rendered="true"]').length === document.querySelectorAll(".fig-host").length, { timeout: 30_000 });
      const marks = await v.page.$$eval(".fig-host", (hosts) => hosts.map((h) => h.querySelectorAll("svg g.role-mark > path, svg g.role-mark > line, svg g.role-mark > rect, svg g.role-mark > g").length));
      expect(marks.length).toBe(6);
      for (const m of marks) expect(m).toBeGreaterThan(0);
      // Accessible: each interactive chart is labelled (Vega puts the spec's description on the SVG) and has a caption.
      const labels = await v.page.$$eval("figure.fig", (figs) =>
        figs.map((f) => {
          const svg = f.querySelector(".fig-host svg");
          const by = svg?.getAttribute("aria-labelledby");
          const label = svg?.getAttribute("aria-label") ?? (by ? (document.getElementById(by)?.textContent ?? "") : "");
          return [svg?.getAttribute("role") === "img" ? label : "", f.querySelector("figcaption")?.textContent ?? ""];
        }),
      );
      for (const [label, caption] of labels) {
        expect(label!.length).toBeGreaterThan(10);
        expect(caption).toMatch(/^Figure \d+: /);
      }
      expect(v.problems).toEqual([]);
      await v.page.close();
    }
  });

  it("the scale selector redraws a figure at the chosen scale", async () => {
    const v = await visit(server.url, "figures.html");
    await v.page.waitForFunction(() => document.querySelectorAll('.fig-host[data-rendered="true"]').length === document.querySelectorAll(".fig-host").length);
    const fig = await v.page.$eval("figure.fig:has(select.fig-scale)", (f) => f.id);
    const host = `#${fig}-host`;
    const before = await v.page.$eval(`${host} svg`, (svg) => svg.outerHTML);
    expect(await v.page.$eval(host, (h) => h.getAttribute("data-scale"))).toBe("7B");
    await v.page.select(`#${fig}-scale`, "1B");
    await v.page.waitForSelector(`${host}[data-scale="1B"]`);
    const after = await v.page.$eval(`${host} svg`, (svg) => svg.outerHTML);
    expect(after).not.toBe(before);
    expect(v.problems).toEqual([]);
    await v.page.close();
  });

  it("a figure's tooltip shows the value and its CI", async () => {
    const v = await visit(server.url, "figures.html");
    const fig = await v.page.$eval("figure.fig:has(select.fig-scale)", (f) => f.id);
    await v.page.waitForSelector(`#${fig}-host[data-rendered="true"]`);
    const mark = await v.page.$(`#${fig}-host svg g.role-mark > path`);
    expect(mark).not.toBeNull();
    await mark!.hover();
    await v.page.waitForSelector("#vg-tooltip-element.visible", { timeout: 5_000 });
    const tip = await v.page.$eval("#vg-tooltip-element", (el) => el.textContent ?? "");
    expect(tip).toMatch(/\d\.\d{4}/);
    expect(tip).toContain("95% CI");
    await v.page.close();
  });

  it("focusing a number shows its provenance popup with the right key and value", async () => {
    const v = await visit(server.url, "index.html");
    const key = "summary.7B.CAI.retention";
    await v.page.focus(`a.num-link:has(> span[data-key="${key}"])`);
    const pop = await v.page.evaluate(() => {
      const a = document.activeElement;
      const p = document.getElementById(a.getAttribute("aria-describedby") ?? "");
      if (!p) return null;
      const r = p.getBoundingClientRect();
      return { hidden: p.hidden, visible: r.width > 0 && r.height > 0, role: p.getAttribute("role"), text: p.textContent ?? "", katex: p.querySelectorAll(".katex").length };
    });
    expect(pop).not.toBeNull();
    expect(pop!.hidden).toBe(false);
    expect(pop!.visible).toBe(true);
    expect(pop!.role).toBe("tooltip");
    expect(pop!.text).toContain(key);
    expect(pop!.text).toContain(formatSmart(key, results.numbers[key]!));
    expect(pop!.text).toContain(String(results.numbers[key]));
    expect(pop!.text).toContain("95% CI");
    expect(pop!.katex).toBe(1);
    // Keyboard: Tab moves to the next number and its popup replaces this one.
    await v.page.keyboard.press("Tab");
    const open = await v.page.$$eval(".pop", (ps) => ps.filter((p) => !(p as unknown as { hidden: boolean }).hidden).length);
    expect(open).toBe(1);
    expect(v.problems).toEqual([]);
    await v.page.close();
  });

  it("clicking a number goes to its row in the supplement tables", async () => {
    const v = await visit(server.url, "index.html");
    await Promise.all([v.page.waitForNavigation(), v.page.click('a.num-link:has(> span[data-key="summary.7B.CAI.retention"])')]);
    expect(v.page.url()).toBe(`${server.url}tables.html#table1-7B-CAI`);
    const target = await v.page.$eval(":target", (el) => el.textContent ?? "");
    expect(target).toContain("CAI");
    await v.page.close();
  });

  it("on a touch screen the first tap shows the popup and the second follows the link", async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 375, height: 800, isMobile: true, hasTouch: true });
    await page.goto(`${server.url}index.html`, { waitUntil: "load" });
    const sel = 'a.num-link:has(> span[data-key="summary.7B.CAI.retention"])';
    await page.tap(sel);
    const shown = await page.$eval(sel, (a) => {
      const p = document.getElementById(a.getAttribute("aria-describedby") ?? "");
      return p !== null && !p.hidden;
    });
    expect(shown).toBe(true);
    expect(page.url()).toBe(`${server.url}index.html`);
    await Promise.all([page.waitForNavigation(), page.tap(sel)]);
    expect(page.url()).toBe(`${server.url}tables.html#table1-7B-CAI`);
    await page.close();
  });

  it("a table sorts by a column header", async () => {
    const v = await visit(server.url, "tables.html");
    const col = "#table1-7B thead tr:last-child th:nth-child(8) button";
    await v.page.click(col);
    const values = await v.page.$$eval("#table1-7B tbody tr td:nth-child(8)", (tds) => tds.map((td) => Number(td.getAttribute("data-value"))));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(await v.page.$eval("#table1-7B thead tr:last-child th:nth-child(8)", (th) => th.getAttribute("aria-sort"))).toBe("ascending");
    await v.page.close();
  });

  it("a table's CSV download matches results.json", async () => {
    const v = await visit(server.url, "tables.html");
    const href = await v.page.$eval("#table1-7B .table-dl a", (a) => (a as unknown as { href: string }).href);
    const { csv, json } = await v.page.evaluate(async (u) => ({ csv: await (await fetch(u)).text(), json: await (await fetch("results.json")).text() }), href);
    const numbers = (JSON.parse(json) as Results).numbers;
    const rows = csv.trim().split("\r\n").map((l) => l.split(","));
    expect(rows[0]).toEqual(["method", "scale", "AP Safety", "NoAP Safety", "Safety Gap", "AP Cap.", "NoAP Cap.", "Cap. Gap", "Ret. Ratio"]);
    const metrics = ["apSafety", "noapSafety", "safetyGap", "apCap", "noapCap", "tax", "retention"];
    expect(rows.length - 1).toBe(results.sets.methods!.length);
    for (const row of rows.slice(1)) {
      metrics.forEach((m, i) => expect(Number(row[i + 2])).toBe(numbers[`summary.7B.${row[0]}.${m}`]));
    }
    await v.page.close();
  });

  it("fits a 1280px desktop and a 375px phone screen; writes screenshots of both when asked", async () => {
    if (shots) mkdirSync(shots, { recursive: true });
    for (const file of ["index.html", "tables.html", "figures.html", "check.html", "provenance.html"]) {
      const v = await visit(server.url, file);
      if (file === "figures.html") await v.page.waitForFunction(() => document.querySelectorAll('.fig-host[data-rendered="true"]').length === document.querySelectorAll(".fig-host").length, { timeout: 30_000 });
      for (const width of [1280, 375]) {
        await v.page.setViewport({ width, height: 900 });
        const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${file} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        if (!shots) continue;
        // optimizeForSpeed: Chromium's fast PNG compression, the same pixels in a larger file.
        await v.page.screenshot({ path: join(shots, `site-${file.replace(".html", "")}-${width}.png`), fullPage: true, optimizeForSpeed: true });
        if (file === "index.html") {
          await v.page.focus('a.num-link:has(> span[data-key="summary.7B.CAI.retention"])');
          await v.page.screenshot({ path: join(shots, `site-popup-${width}.png`), optimizeForSpeed: true });
        }
      }
      await v.page.close();
    }
    if (!shots) return;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const written = readdirSync(shots).filter((f) => f.startsWith("site-")).sort();
    expect(written).toEqual(["check", "figures", "index", "popup", "provenance", "tables"].flatMap((n) => [`site-${n}-1280.png`, `site-${n}-375.png`]));
    for (const f of written) expect(readFileSync(join(shots, f)).subarray(0, 8).equals(png), f).toBe(true);
  });
});
