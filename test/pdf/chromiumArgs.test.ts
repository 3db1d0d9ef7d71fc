/**
 * The browser's own network block, without PdfPrinter's other layers:
 * JavaScript on and no request interception, a page that tries every way
 * out to a local port this test listens on. With CHROMIUM_ARGS the listener
 * accepts no connection; with BROWSER_ARGS alone (no NO_NETWORK_ARGS) it
 * does, so the check can fail.
 */
import { ConnectionCounter } from "../helpers/connectionCounter.js";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "puppeteer-core";
import { BROWSER_ARGS, CHROMIUM_ARGS } from "../../src/pdf/chromiumArgs.js";
import { browserAvailable, findBrowser } from "../../src/pdf/findBrowser.js";

let listener: ConnectionCounter;

beforeAll(async () => {
  listener = await ConnectionCounter.listen();
});
afterAll(() => listener.close());

/** Connections the page made to the listener, with these flags. */
async function connectionsWith(args: readonly string[]): Promise<number> {
  const target = `127.0.0.1:${listener.port}`;
  const html = `<!doctype html><html><head>
<link rel="preconnect" href="http://${target}">
<link rel="dns-prefetch" href="http://${target}">
<link rel="stylesheet" href="http://${target}/a.css">
</head><body>
<img src="http://${target}/a.png">
<iframe src="http://${target}/frame"></iframe>
<script>
new WebSocket("ws://${target}/ws");
fetch("http://${target}/fetch").catch(() => {});
navigator.sendBeacon("http://${target}/beacon", "x");
</script></body></html>`;
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "safety-gap-args-test-"));
  const browser = await launch({ executablePath: (await findBrowser(process.env)).executablePath, headless: true, args: [...args], userDataDir, pipe: true });
  try {
    listener.accepted = 0;
    const page = await browser.newPage();
    await page.goto(`data:text/html,${encodeURIComponent(html)}`, { waitUntil: "load" });
    // Whatever was going to connect has had time to.
    await new Promise((r) => setTimeout(r, 1500));
    return listener.accepted;
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

describe.skipIf(!browserAvailable())("CHROMIUM_ARGS", () => {
  it("let the browser open no connection at all, even for a script's WebSocket, fetch and beacon, a preconnect and an image", async () => {
    expect(await connectionsWith(CHROMIUM_ARGS)).toBe(0);
  });

  it("are what blocks them: without the network flags the same page connects", async () => {
    expect(await connectionsWith(BROWSER_ARGS)).toBeGreaterThan(0);
  });
});
