/**
 * Chromium flags for printing on a headless build machine, often as root in
 * a container: no sandbox (root cannot use it), no GPU, /dev/shm unused (it
 * is tiny in containers), and hinting off so glyph positions do not depend
 * on the host's font config.
 *
 * The page printed may come from a stranger (a pull request), so the browser
 * itself has no network, whatever the page or PdfPrinter's request
 * interception do. Interception does not see everything: a WebSocket, a
 * `<link rel=preconnect>` and a DNS prefetch bypass it. So:
 * - every host name, IP literals and the proxy's own name included, resolves
 *   to nothing (`MAP * ~NOTFOUND`): no DNS query, no address to connect to;
 * - every connection goes through a proxy that cannot be reached (its name
 *   does not resolve), loopback included (`<-loopback>` removes Chromium's
 *   implicit bypass of localhost), so a connection never leaves the browser;
 * - no QUIC, no DNS prefetch, no background, component-update or sync traffic;
 * - no automatic upgrade of http navigations to https, so a blocked request
 *   is reported with the URL the page wrote.
 * test/pdf/chromiumArgs.test.ts checks, with JavaScript on and no
 * interception, that a page's WebSocket, fetch, image and preconnect open no
 * connection to a listening local port.
 */
/** A headless browser on a build machine, with nothing that phones home; alone, for tests that drive the supplement from a local server. */
export const BROWSER_ARGS: readonly string[] = [
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

/** No network at all (see above). */
export const NO_NETWORK_ARGS: readonly string[] = [
  "--host-resolver-rules=MAP * ~NOTFOUND",
  "--proxy-server=http://proxy.invalid:9",
  "--proxy-bypass-list=<-loopback>",
  "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
  "--dns-prefetch-disable",
  "--no-pings",
  "--disable-domain-reliability",
];

/** What the PDF is printed with. */
export const CHROMIUM_ARGS: readonly string[] = [...BROWSER_ARGS, ...NO_NETWORK_ARGS];
