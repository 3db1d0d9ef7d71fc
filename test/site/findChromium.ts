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

/** The PDF printer's browser flags without its network block (src/pdf/chromiumArgs.ts): these tests load the supplement from a local server. */
export { BROWSER_ARGS as CHROMIUM_ARGS } from "../../src/pdf/chromiumArgs.js";
