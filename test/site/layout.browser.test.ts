/**
 * The real paper and every supplement page on a phone (390 px wide, as an
 * iPhone 12-15 shows them) in Chromium: nothing makes the page scroll
 * sideways; every table, display equation and figure either fits the screen
 * or scrolls in a box of its own that fits, and a box that scrolls shows it
 * (an edge shadow, and a figure an edge fade); the numbers page breaks its
 * keys only after a dot.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer-core";
import { sharedPage } from "../helpers/sharedChromium.js";
import { PAGES } from "../../src/site/layout.js";
import { findChromium } from "./findChromium.js";
import { realOutput } from "../helpers/realOutput.js";

// The page.evaluate callbacks run in the browser; this file is compiled for Node (no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Dom = any;
declare const document: Dom, window: Dom, getComputedStyle: Dom;

const chromium = findChromium();
const PHONE = { width: 390, height: 844 };
const SHOWN = ["paper.html", ...PAGES.map((p) => `site/${p.file}`)];

/** What a page shows wider than the screen, described; [] when everything fits or scrolls in its own box. */
async function overflowing(page: Page): Promise<{ problems: string[]; scrolling: number }> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    let scrolling = 0;
    const name = (el: Dom): string => {
      const fig = el.closest("figure[id], .equation[id], figure");
      const where = fig ? `${fig.tagName.toLowerCase()}#${fig.id}` : "";
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""} in ${where || el.parentElement.tagName.toLowerCase()}`;
    };
    const outside = (r: Dom): boolean => r.left < -0.5 || r.right > vw + 0.5;
    if (document.documentElement.scrollWidth > vw) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px > ${vw} px)`);
    const items = [...document.querySelectorAll("table, .katex-display, figure svg, .fig-host svg")].filter((el: Dom) => !el.parentElement.closest("svg, .pop"));
    for (const el of items) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      let box = null;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const ox = getComputedStyle(a).overflowX;
        if (ox === "auto" || ox === "scroll") {
          box = a;
          break;
        }
      }
      if (box === null) {
        if (outside(r)) problems.push(`${name(el)} is ${Math.round(r.width)} px wide and has no scroll box`);
        continue;
      }
      if (outside(box.getBoundingClientRect())) problems.push(`the scroll box of ${name(el)} is wider than the screen`);
      if (box.scrollWidth > box.clientWidth) {
        scrolling++;
        if (!getComputedStyle(box).backgroundImage.includes("radial-gradient")) problems.push(`${name(el)} scrolls with no edge shadow`);
        // A figure's opaque marks hide a background shadow: it fades out at the edge instead.
        if (el.tagName.toLowerCase() === "svg" && !getComputedStyle(box).maskImage.includes("gradient")) problems.push(`${name(el)} scrolls with no edge fade`);
      }
    }
    return { problems, scrolling };
  });
}

describe.skipIf(chromium === null)("the real paper and supplement at 390 px", () => {
  let out = "";
  let shared: Awaited<ReturnType<typeof sharedPage>> | undefined;
  let page: Page;

  beforeAll(async () => {
    out = await realOutput();
    shared = await sharedPage(PHONE);
    page = shared.page;
  });
  afterAll(async () => {
    await shared?.close();
  });

  it("overflows nowhere: each wide table, equation and figure scrolls in its own box, with an edge shadow", async () => {
    const all: Record<string, string[]> = {};
    let scrolling = 0;
    for (const file of SHOWN) {
      await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: "load" });
      if (file === "site/figures.html")
        await page.waitForFunction(() => document.querySelectorAll('.fig-host[data-rendered="true"]').length === document.querySelectorAll(".fig-host").length, { timeout: 30_000 });
      const r = await overflowing(page);
      all[file] = r.problems;
      scrolling += r.scrolling;
    }
    expect(all).toEqual(Object.fromEntries(SHOWN.map((f) => [f, []])));
    // Tables 1 and 3, equations (1) and (3) and Figure 6 are wider than a phone: the check above saw boxes that scroll.
    expect(scrolling).toBeGreaterThanOrEqual(5);
  });

  it("shows Figure 6 at no less than the size it is drawn at, scrolling sideways", async () => {
    await page.goto(pathToFileURL(join(out, "paper.html")).href, { waitUntil: "load" });
    const fig6 = await page.$eval("figure#fig\\:fig6 svg", (svg: Dom) => ({ shown: svg.getBoundingClientRect().width, drawn: Number(svg.getAttribute("width")) }));
    expect(fig6.shown).toBeGreaterThanOrEqual(fig6.drawn);
  });

  it("breaks the numbers page's keys only after a dot, never inside a name", async () => {
    await page.goto(pathToFileURL(join(out, "site/numbers.html")).href, { waitUntil: "load" });
    const found = await page.evaluate(() => {
      const split: string[] = [];
      let wrapped = 0;
      const range = document.createRange();
      for (const code of document.querySelectorAll("table.numbers th code")) {
        if (code.getClientRects().length > 1) wrapped++;
        // The text between two break opportunities (<wbr>) is one name with its dot ("Reasoning-PT."):
        // each must sit on one line (an inline box split over lines has a rectangle per line).
        let name = "";
        const flush = (): void => {
          if (name === "") return;
          range.setStart(start.node, start.offset);
          range.setEnd(end.node, end.offset);
          if (new Set([...range.getClientRects()].map((r: Dom) => Math.round(r.top))).size > 1) split.push(name);
          name = "";
        };
        let start: Dom = null;
        let end: Dom = null;
        const walker = document.createTreeWalker(code, 5);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.nodeType === 1 && n.tagName === "WBR") flush();
          else if (n.nodeType === 3 && n.length > 0) {
            if (name === "") start = { node: n, offset: 0 };
            name += n.textContent;
            end = { node: n, offset: n.length };
          }
        }
        flush();
      }
      return { split, wrapped, rows: document.querySelectorAll("table.numbers th code").length, width: window.innerWidth };
    });
    expect(found.width).toBe(PHONE.width);
    expect(found.rows).toBeGreaterThan(1000);
    // Keys do wrap at this width (so the check is not vacuous), and never inside a name.
    expect(found.wrapped).toBeGreaterThan(100);
    expect(found.split).toEqual([]);
  });
});
