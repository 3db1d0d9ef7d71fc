/**
 * Chromium flags for printing on a headless build machine, often as root in
 * a container: no sandbox (root cannot use it), no GPU, and nothing that
 * phones home (QUIC, component updates, sync, background networking), so
 * the only requests are the page's own, which PdfPrinter intercepts.
 * Beyond those: /dev/shm is tiny in containers (use /tmp instead), and
 * hinting off makes glyph positions independent of the host's font config.
 */
export const CHROMIUM_ARGS: readonly string[] = [
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
