/**
 * Which browser prints the PDF. safety-gap depends on puppeteer-core, which
 * never downloads a browser (an install of `puppeteer` would, in every project
 * that installs safety-gap, and machines like ours block the download), so
 * the order is: PUPPETEER_EXECUTABLE_PATH, a system Chromium/Chrome, and, as
 * root on Debian with apt, installing Debian's `chromium` so that
 * `npm run build` still ends with a PDF.
 * Everything that touches the machine is injected, so tests can check the
 * order without a browser.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/pdf.js";

export type BrowserSource = "env" | "system" | "installed";

export interface FoundBrowser {
  executablePath: string;
  source: BrowserSource;
}

export interface BrowserProbe {
  /** True when `file` exists and is executable. */
  isExecutable(file: string): boolean;
  isRoot(): boolean;
  /** Runs a command with inherited output; throws when it fails. */
  run(command: string, args: string[]): void;
  log(line: string): void;
}

export const SYSTEM_BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
export const APT_INSTALL = "apt-get update && apt-get install -y chromium";

export const defaultProbe: BrowserProbe = {
  isExecutable(file) {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  isRoot: () => typeof process.getuid === "function" && process.getuid() === 0,
  run(command, args) {
    execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
  },
  log: (line) => console.error(line),
};

/** Candidate system paths: /usr/bin first (Debian's package), then every PATH entry. */
function systemCandidates(env: NodeJS.ProcessEnv): string[] {
  const dirs = ["/usr/bin", ...(env.PATH ?? "").split(path.delimiter).filter(Boolean)];
  const out: string[] = [];
  for (const name of SYSTEM_BROWSER_NAMES) for (const dir of dirs) out.push(path.join(dir, name));
  return [...new Set(out)];
}

export async function findBrowser(env: NodeJS.ProcessEnv = process.env, probe: BrowserProbe = defaultProbe): Promise<FoundBrowser> {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!probe.isExecutable(fromEnv)) throw new SafetyGapError(msg.browserEnvMissing(fromEnv), undefined, msg.browserEnvMissingHint());
    return { executablePath: fromEnv, source: "env" };
  }
  const candidates = systemCandidates(env);
  const system = candidates.find((c) => probe.isExecutable(c));
  if (system) return { executablePath: system, source: "system" };

  const hasApt = probe.isExecutable("/usr/bin/apt-get");
  if (hasApt && probe.isRoot()) {
    probe.log(msg.installingChromium(APT_INSTALL));
    try {
      probe.run("apt-get", ["update"]);
      probe.run("apt-get", ["install", "-y", "chromium"]);
    } catch (e) {
      throw new SafetyGapError(msg.installFailed(APT_INSTALL, e instanceof Error ? e.message : String(e)), undefined, msg.installFailedHint(APT_INSTALL));
    }
    const installed = candidates.find((c) => probe.isExecutable(c));
    if (installed) return { executablePath: installed, source: "installed" };
  }
  const command = hasApt ? `sudo ${APT_INSTALL.replace("&& apt-get", "&& sudo apt-get")}` : "npx @puppeteer/browsers install chrome@stable";
  throw new SafetyGapError(msg.noBrowser(SYSTEM_BROWSER_NAMES), undefined, msg.noBrowserHint(command));
}

/** For callers that only need a yes/no (e.g. tests that skip without a browser). */
export const browserAvailable = (env: NodeJS.ProcessEnv = process.env): boolean =>
  Boolean(env.PUPPETEER_EXECUTABLE_PATH && existsSync(env.PUPPETEER_EXECUTABLE_PATH)) || systemCandidates(env).some((c) => defaultProbe.isExecutable(c));
