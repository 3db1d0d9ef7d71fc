/**
 * Watch mode's error overlay in a real browser (Debian's Chromium): a failed
 * build's error appears over the last good page as text (a message quoting
 * HTML is not parsed), a page opened while the build is broken shows it too,
 * and the next good build's reload removes it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "puppeteer-core";
import { sharedChromium, type SharedChromium } from "../helpers/sharedChromium.js";
import { startLiveReloadServer, type LiveReloadServer } from "../../src/watch/liveReloadServer.js";
import { findChromium } from "../site/findChromium.js";

// The page.evaluate callbacks run in the browser; this file is compiled for Node (no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const window: any;

const chromium = findChromium();
const report = {
  where: "report/paper/02-method.md:12:5",
  message: 'unknown results key `cmp.7B.<img src=x onerror="window.injected=1">`',
  excerpt: "  12 | The gap is {{cmp.7B.nope}}.\n                   ^",
  fix: "Use a key listed in docs/results.md.",
};

describe.skipIf(chromium === null)("the error overlay in Chromium", () => {
  let dir = "";
  let browser: BrowserContext;
  let shared: SharedChromium | undefined;
  let server: LiveReloadServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sg-overlay-"));
    writeFileSync(join(dir, "paper.html"), "<!doctype html><html><body><p id=text>the last good page</p></body></html>");
    server = await startLiveReloadServer(dir);
    shared = await sharedChromium();
    browser = shared.context;
  });

  afterAll(async () => {
    await shared?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const overlay = (page: Page): Promise<{ paragraphs: string[]; pre: string; images: number; injected: unknown; page: string } | null> =>
    page.evaluate(() => {
      const box = document.getElementById("safety-gap-error");
      if (!box) return null;
      return {
        paragraphs: [...box.querySelectorAll("p")].map((p: { textContent: string }) => p.textContent),
        pre: box.querySelector("pre")?.textContent ?? "",
        images: document.querySelectorAll("img").length,
        injected: window.injected,
        page: document.getElementById("text").textContent,
      };
    });

  async function openPage(): Promise<Page> {
    const page = await browser.newPage();
    // Connected to /__live before the test goes on.
    const connected = page.waitForResponse((r) => r.url().endsWith("/__live"));
    await page.goto(server.url, { waitUntil: "load" });
    await connected;
    return page;
  }

  it("shows the error as text over the page, and the next reload removes it", async () => {
    const page = await openPage();
    server.showError(report);
    await page.waitForSelector("#safety-gap-error");
    expect(await overlay(page)).toEqual({
      paragraphs: [
        "The build failed: the page below is the last good build.",
        "report/paper/02-method.md:12:5",
        'unknown results key `cmp.7B.<img src=x onerror="window.injected=1">`',
        "fix: Use a key listed in docs/results.md.",
        "Fix the source and save: this goes away on the next good build.",
      ],
      pre: report.excerpt,
      images: 0,
      injected: undefined,
      page: "the last good page",
    });

    // A page opened while the build is broken shows the error at once.
    const later = await openPage();
    await later.waitForSelector("#safety-gap-error");
    expect((await overlay(later))?.paragraphs[1]).toBe("report/paper/02-method.md:12:5");

    writeFileSync(join(dir, "paper.html"), "<!doctype html><html><body><p id=text>the fixed page</p></body></html>");
    const reloaded = page.waitForNavigation({ waitUntil: "load" });
    server.reload();
    await reloaded;
    expect(await overlay(page)).toBeNull();
    expect(await page.evaluate(() => document.getElementById("text").textContent)).toBe("the fixed page");
    await page.close();
    await later.close();
  });
});
