/**
 * The exact flags the PDF is printed with. test/pdf/chromiumArgs.test.ts
 * shows in a real browser that they leave a page no network; this file pins
 * the list itself, so that a flag dropped or misspelt fails fast, without a
 * browser. The module is loaded inside the test: its lists are built when it
 * loads, and a mutation run sees which test reaches a line only while that
 * test runs.
 */
import { describe, expect, it, vi } from "vitest";

const BROWSER = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];
const NO_NETWORK = [
  "--host-resolver-rules=MAP * ~NOTFOUND",
  "--proxy-server=http://proxy.invalid:9",
  "--proxy-bypass-list=<-loopback>",
  "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
  "--dns-prefetch-disable",
  "--no-pings",
  "--disable-domain-reliability",
];

describe("Chromium's flags", () => {
  it("are a headless browser with nothing that phones home, then no network at all, in that order", async () => {
    vi.resetModules();
    const { BROWSER_ARGS, NO_NETWORK_ARGS, CHROMIUM_ARGS } = await import("../../../src/pdf/chromiumArgs.js");
    expect(BROWSER_ARGS).toEqual(BROWSER);
    expect(NO_NETWORK_ARGS).toEqual(NO_NETWORK);
    expect(CHROMIUM_ARGS).toEqual([...BROWSER, ...NO_NETWORK]);
  });
});
