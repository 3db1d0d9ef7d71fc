/**
 * globalSetup of the vitest project "browser": starts the Chromium that its
 * files share (test/helpers/sharedChromium.ts) and closes it, and removes its
 * profile folder, when the run ends. With no Chromium installed it provides
 * "" and the files skip, saying what to install.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, findChromium } from "./site/findChromium.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared Chromium's DevTools WebSocket address; "" when no Chromium is installed. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (chromium === null) {
    project.provide("chromiumEndpoint", "");
    return async () => undefined;
  }
  const profile = mkdtempSync(join(tmpdir(), "sg-chromium-"));
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`] });
  project.provide("chromiumEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
}
