/**
 * Prints HTML files to PDF with one Chromium kept open, so watch mode pays
 * the browser start once. Each print gets a fresh page: state (fonts loaded,
 * interception handlers) never leaks between builds.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, HTTPRequest } from "puppeteer";
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
}


export class PdfPrinter {
  private constructor(
    private browser: Browser,
    private userDataDir: string,
    readonly executablePath: string,
  ) {}

  static async launch(opts: PrinterOptions = {}): Promise<PdfPrinter> {
    const executablePath = opts.executablePath ?? (await findBrowser(opts.env ?? process.env)).executablePath;
    const { browser, userDataDir } = await startBrowser(executablePath);
    return new PdfPrinter(browser, userDataDir, executablePath);
  }

  /** A browser that crashed or was killed during a long watch session is restarted, not fatal. */
  private async ensureConnected(): Promise<void> {
    if (this.browser.connected) return;
    rmSync(this.userDataDir, { recursive: true, force: true });
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

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      rmSync(this.userDataDir, { recursive: true, force: true });
    }
  }
}

async function startBrowser(executablePath: string): Promise<{ browser: Browser; userDataDir: string }> {
  // A fresh profile per browser: no cached fonts, cookies or crash state from earlier runs.
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "safety-gap-chromium-"));
  const { launch } = await import("puppeteer");
  try {
    const browser = await launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], userDataDir, pipe: true });
    return { browser, userDataDir };
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new SafetyGapError(msg.browserLaunchFailed(executablePath, e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e)), undefined, msg.browserLaunchFailedHint());
  }
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
