/**
 * Prints HTML files to PDF with one Chromium kept open, so watch mode pays
 * the browser start once. Each print gets a fresh page: state (fonts loaded,
 * interception handlers) never leaks between builds.
 *
 * close() removes everything the browser wrote: its profile folder and the
 * folder of its singleton socket (`org.chromium.Chromium.*` in TMPDIR), which
 * Chromium removes itself only when it is closed, not when it is killed.
 * Puppeteer's signal handlers are off: they killed the browser and exited
 * before a caller could clean up. Instead a one-shot printer kills the
 * browser, removes the folders and re-raises the signal, and watch mode,
 * which must stop gracefully, handles the signals itself.
 */
import { existsSync, mkdtempSync, readlinkSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, HTTPRequest } from "puppeteer-core";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/pdf.js";
import { CHROMIUM_ARGS } from "./chromiumArgs.js";
import { findBrowser } from "./findBrowser.js";
import { normalizePdf } from "./normalizePdf.js";
import { sourceDateEpoch } from "../sourceDateEpoch.js";

export interface PrintJob {
  htmlFile: string;
  /** When given, the PDF is written there too. */
  pdfFile?: string;
  /** Seconds since 1970 for the PDF dates; default SOURCE_DATE_EPOCH, else 0. */
  sourceDateEpoch?: number;
}

export interface PrinterOptions {
  /** Browser executable; default: findBrowser(process.env). */
  executablePath?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * On SIGINT, SIGTERM or SIGHUP: kill the browser, remove its folder and
   * re-raise the signal (default; a one-shot print such as `build`). False
   * when the caller handles the signals and calls close() (watch mode).
   */
  exitOnSignal?: boolean;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Printers not closed yet: if the process exits anyway (process.exit), their browsers and folders go with it. */
const open = new Set<PdfPrinter>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const p of open) p.killNow();
  });
}

export class PdfPrinter {
  private closed = false;
  private onSignal?: (signal: NodeJS.Signals) => void;
  /** Folders of the caller's removed with the browser's own (see track). */
  private readonly tracked = new Set<string>();

  private constructor(
    private browser: Browser,
    private userDataDir: string,
    readonly executablePath: string,
  ) {}

  static async launch(opts: PrinterOptions = {}): Promise<PdfPrinter> {
    const executablePath = opts.executablePath ?? (await findBrowser(opts.env ?? process.env)).executablePath;
    const { browser, userDataDir } = await startBrowser(executablePath);
    const printer = new PdfPrinter(browser, userDataDir, executablePath);
    open.add(printer);
    installExitHook();
    if (opts.exitOnSignal !== false) {
      const onSignal = (signal: NodeJS.Signals): void => {
        try {
          printer.killNow();
        } finally {
          // Re-raised without our listener: the process ends as the signal says, unless someone else handles it.
          process.kill(process.pid, signal);
        }
      };
      printer.onSignal = onSignal;
      for (const s of SIGNALS) process.once(s, onSignal);
    }
    return printer;
  }

  /** A browser that crashed or was killed during a long watch session is restarted, not fatal. */
  private async ensureConnected(): Promise<void> {
    if (this.closed) throw new Error("PdfPrinter: the printer is closed");
    if (this.browser.connected) return;
    removeProfile(this.userDataDir);
    ({ browser: this.browser, userDataDir: this.userDataDir } = await startBrowser(this.executablePath));
  }

  async print(job: PrintJob): Promise<Buffer> {
    if (!existsSync(job.htmlFile)) throw new SafetyGapError(msg.htmlMissing(job.htmlFile), { file: job.htmlFile }, msg.htmlMissingHint());
    await this.ensureConnected();
    const page = await this.browser.newPage();
    try {
      const problems: SafetyGapError[] = [];
      await page.setRequestInterception(true);
      page.on("request", (req: HTTPRequest) => {
        const url = req.url();
        if (url.startsWith("file:") || url.startsWith("data:")) {
          void req.continue();
        } else {
          problems.push(new SafetyGapError(msg.externalRequest(url, job.htmlFile), { file: job.htmlFile }, msg.externalRequestHint()));
          void req.abort("blockedbyclient");
        }
      });
      page.on("requestfailed", (req: HTTPRequest) => {
        const url = req.url();
        if (url.startsWith("file:")) problems.push(new SafetyGapError(msg.localRequestFailed(url, req.failure()?.errorText ?? "failed"), { file: job.htmlFile }, msg.localRequestFailedHint()));
      });
      await page.goto(pathToFileURL(path.resolve(job.htmlFile)).href, { waitUntil: "load" });
      // Layout with fallback fonts would print: wait until every @font-face in use is loaded.
      await page.evaluate("document.fonts.ready.then(() => undefined)");
      if (problems.length > 0) throw problems[0];
      const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pdf = normalizePdf(raw, job.sourceDateEpoch ?? sourceDateEpoch(process.env));
      if (job.pdfFile) writeFileSync(job.pdfFile, pdf);
      return pdf;
    } finally {
      await page.close();
    }
  }

  /**
   * Removes `dir` along with the browser's folder when the printer is closed
   * or killed (a signal, process.exit), until the returned function is
   * called: the pdf stage's page folder no longer outlives a Ctrl-C.
   */
  track(dir: string): () => void {
    this.tracked.add(dir);
    return () => void this.tracked.delete(dir);
  }

  /** Closes the browser (which removes its own temporary files) and removes its folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.release();
    try {
      await this.browser.close();
    } finally {
      this.removeFolders();
    }
  }

  private removeFolders(): void {
    removeProfile(this.userDataDir);
    for (const dir of this.tracked) rmSync(dir, { recursive: true, force: true });
    this.tracked.clear();
  }

  /** Synchronous last resort (a signal, process exit): kill the browser and remove its folder, temporary files included. */
  killNow(): void {
    if (this.closed) return;
    this.release();
    try {
      // The whole process group (Puppeteer starts the browser as its leader): no renderer left writing into the folder.
      const child = this.browser.process();
      if (child?.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
    } finally {
      this.removeFolders();
    }
  }

  private release(): void {
    this.closed = true;
    open.delete(this);
    if (this.onSignal) for (const s of SIGNALS) process.removeListener(s, this.onSignal);
  }
}

async function startBrowser(executablePath: string): Promise<{ browser: Browser; userDataDir: string }> {
  // A fresh profile per browser: no cached fonts, cookies or crash state from earlier runs.
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "safety-gap-chromium-"));
  const { launch } = await import("puppeteer-core");
  try {
    const browser = await launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      userDataDir,
      pipe: true,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return { browser, userDataDir };
  } catch (e) {
    removeProfile(userDataDir);
    throw new SafetyGapError(msg.browserLaunchFailed(executablePath, e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e)), undefined, msg.browserLaunchFailedHint());
  }
}

/**
 * Removes a browser's profile folder and its singleton socket's folder in
 * TMPDIR, found through the profile's SingletonSocket link (so never another
 * browser's). That folder is emptied by name and removed only if then empty.
 */
function removeProfile(userDataDir: string): void {
  let socketDir: string | undefined;
  try {
    socketDir = path.dirname(readlinkSync(path.join(userDataDir, "SingletonSocket")));
  } catch {
    // No link: the browser never got that far, or Chromium already cleaned up.
  }
  if (socketDir) {
    // unlink, not rmSync: SingletonCookie is a dangling symbolic link, which Node 24's rmSync
    // takes for a missing file and (with force) leaves in place.
    for (const name of ["SingletonSocket", "SingletonCookie"]) {
      try {
        unlinkSync(path.join(socketDir, name));
      } catch {
        // Already gone.
      }
    }
    try {
      rmdirSync(socketDir);
    } catch {
      // Not empty or already gone: not ours to remove.
    }
  }
  // Retried: a browser just killed may still be letting go of its files.
  rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
}

/** One-shot print: start a browser, print, close it. */
export async function printPdf(job: PrintJob & PrinterOptions): Promise<Buffer> {
  const printer = await PdfPrinter.launch(job);
  try {
    return await printer.print(job);
  } finally {
    await printer.close();
  }
}
