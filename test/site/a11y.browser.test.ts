/**
 * Accessibility of what a reader opens: axe-core (deque's checker, the
 * rules a WCAG 2.x audit starts from) run in Chromium on the real paper.html
 * and every supplement page finds no serious or critical violation. A
 * failure lists each violation with the elements it found.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer-core";
import { sharedPage } from "../helpers/sharedChromium.js";
import { PAGES } from "../../src/site/layout.js";
import { findChromium } from "./findChromium.js";
import { realOutput } from "../helpers/realOutput.js";

// The page.evaluate callbacks run in the browser; this file is compiled for Node (no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, axe: any;

const chromium = findChromium();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SHOWN = ["paper.html", ...PAGES.map((p) => `site/${p.file}`)];

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(chromium === null)("accessibility of the real paper and supplement (axe-core)", () => {
  let out = "";
  let shared: Awaited<ReturnType<typeof sharedPage>> | undefined;
  let page: Page;

  beforeAll(async () => {
    out = await realOutput();
    shared = await sharedPage({ width: 1280, height: 900 });
    page = shared.page;
  });
  afterAll(async () => {
    await shared?.close();
  });

  it.each(SHOWN)("%s has no serious or critical violation", async (file) => {
    await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: "load" });
    if (file === "site/figures.html")
      await page.waitForFunction(() => document.querySelectorAll('.fig-host[data-rendered="true"]').length === document.querySelectorAll(".fig-host").length, { timeout: 30_000 });
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
  });
});
