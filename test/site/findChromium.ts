/**
 * The Chromium the browser tests drive: PUPPETEER_EXECUTABLE_PATH, else a
 * system browser (Debian's /usr/bin/chromium first). Puppeteer's own
 * download is disabled in this repo (.puppeteerrc.cjs), so there is no
 * bundled one to fall back on. Returns null when none is found, and the
 * tests skip with a message saying what to install.
 */
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags for a sandboxed CI container (root, no GPU) and no background network traffic. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
