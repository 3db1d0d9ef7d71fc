/**
 * The flags as written: test/pdf/chromiumArgs.test.ts checks with a real
 * Chromium that they block the network, this one that none is lost or
 * changed (a mutation run starts no browser). The module is loaded inside
 * the test: its lists are built when it loads, and a mutation run sees which
 * test reaches a line only while that test runs.
 */
import { describe, expect, it, vi } from "vitest";

describe("CHROMIUM_ARGS", () => {
  it("is the headless build machine's flags, then the ones that cut the network", async () => {
    vi.resetModules();
    const { BROWSER_ARGS, CHROMIUM_ARGS, NO_NETWORK_ARGS } = await import("../../../src/pdf/chromiumArgs.js");
    expect(BROWSER_ARGS).toEqual([
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
    ]);
    expect(NO_NETWORK_ARGS).toEqual([
      "--host-resolver-rules=MAP * ~NOTFOUND",
      "--proxy-server=http://proxy.invalid:9",
      "--proxy-bypass-list=<-loopback>",
      "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
      "--dns-prefetch-disable",
      "--no-pings",
      "--disable-domain-reliability",
    ]);
    expect(CHROMIUM_ARGS).toEqual([...BROWSER_ARGS, ...NO_NETWORK_ARGS]);
  });
});
