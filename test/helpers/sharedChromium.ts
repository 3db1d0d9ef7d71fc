/**
 * The one Chromium the browser test files (`*.browser.test.ts`) share: the
 * "browser" project's globalSetup (test/chromiumSetup.ts) starts it once per
 * run and hands its DevTools address to the files through vitest's
 * `provide`/`inject`. A start costs about two CPU-seconds, once per file
 * before. Each file works in a browser context of its own (its own cookies,
 * storage and cache), so no file sees another's pages.
 */
import { inject } from "vitest";
import puppeteer, { type BrowserContext, type Page, type Viewport } from "puppeteer-core";

export interface SharedChromium {
  /** Where the file opens its pages. */
  context: BrowserContext;
  /** Closes the file's context and its pages, and lets go of the browser (which the run closes at its end). */
  close: () => Promise<void>;
}

export async function sharedChromium(): Promise<SharedChromium> {
  const endpoint = inject("chromiumEndpoint");
  if (endpoint === "") throw new Error("sharedChromium: no Chromium was started (the file belongs to the vitest project \"browser\", whose globalSetup starts it)");
  const browser = await puppeteer.connect({ browserWSEndpoint: endpoint });
  const context = await browser.createBrowserContext();
  return {
    context,
    close: async () => {
      await context.close();
      await browser.disconnect();
    },
  };
}

/** One page of the shared Chromium at `viewport`, in a context of the file's own; `close` ends both. */
export async function sharedPage(viewport: Viewport): Promise<{ page: Page; close: () => Promise<void> }> {
  const shared = await sharedChromium();
  try {
    const page = await shared.context.newPage();
    await page.setViewport(viewport);
    return { page, close: shared.close };
  } catch (e) {
    await shared.close();
    throw e;
  }
}
