/**
 * Prints a page to PDF with one Chromium kept open, so watch mode pays the
 * browser start once. The page of the last print stays loaded: when the next
 * page differs from it only inside <body> (a text edit in watch mode), the
 * new body is put into it and printed, without loading the document, its
 * stylesheets and fonts again (see bodySwap.ts for when that is allowed).
 * Any other page gets a fresh tab, and so does a page whose swap failed for
 * a reason of the browser's (a tab that crashed). Both print the same bytes:
 * test/pdf/PdfPrinter.test.ts ("prints an edited page in the kept tab") and
 * test/watch/rebuild.test.ts hold them to it.
 *
 * The page may come from a stranger (a pull request's report/ or
 * templates/), so it is printed in a sandbox:
 * - it is loaded from a synthetic origin, http://paper.invalid/ (see
 *   pageFiles.ts), and every request to it is answered from the page's own
 *   files; Chromium refuses file: URLs from such a page, so nothing of the
 *   machine is reachable;
 * - JavaScript is off (KaTeX and the figures are static), so no script, no
 *   dialog, no WebSocket, no service worker; a dialog, should one still
 *   open, is dismissed;
 * - the browser has no network at all (chromiumArgs.ts), and every request
 *   not answered from the page's files is aborted;
 * - anything the page asked for and did not get (a remote image, a CSS
 *   @import, a file: URL, a missing asset, a navigation away) fails the
 *   print, by default naming the page's file and line, or as the job's
 *   `locate` says (the build names the source in report/ or templates/).
 *
 * close() removes everything the browser wrote: its profile folder and its
 * own temporary folder (see BrowserFolders), which Chromium empties itself
 * only when it is closed, not when it is killed.
 * Puppeteer's signal handlers are off: they killed the browser and exited
 * before a caller could clean up. Instead a one-shot printer kills the
 * browser, removes the folders and re-raises the signal, from before the
 * profile folder exists until close() has finished (a signal while the
 * browser starts waits for the start, so the browser is killed too); watch
 * mode, which must stop gracefully, handles the signals itself.
 */
import { existsSync, mkdtempSync, readlinkSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, ConsoleMessage, HTTPRequest, Page } from "puppeteer-core";
import { SafetyGapError, type SourceLocation } from "../errors.js";
import * as msg from "../messages/pdf.js";
import { CHROMIUM_ARGS } from "./chromiumArgs.js";
import { findBrowser } from "./findBrowser.js";
import { normalizePdf } from "./normalizePdf.js";
import { contentType, isPageOrigin, pageFromFolder, pageFromMap, pagePath, pageUrl, type PageFiles } from "./pageFiles.js";
import { sourceDateEpoch } from "../sourceDateEpoch.js";
import { splitBody, swappable, type SplitPage } from "./bodySwap.js";

/** Something the page asked for and did not get. */
export interface BlockedRequest {
  /** The URL as the browser asked for it. */
  url: string;
  /** remote: another origin; missing: not a file of the page; local: file: and other local schemes; navigation: the page going elsewhere. */
  kind: "remote" | "missing" | "local" | "navigation";
  /** The page's file (relative to the page's folder) that asked, and its 1-based line, when Chromium says. */
  from?: { file: string; line?: number };
}

/** Where a blocked request comes from, as the user should be told. */
export interface RequestSource {
  where: SourceLocation;
  /** The reference as the source writes it (e.g. `../x.png`); default: the URL. */
  ref?: string;
}

export interface PrintJob {
  /** The page as a file: it and the files in its folder (not outside it) are what the browser may load. */
  htmlFile?: string;
  /** Or the page in memory: its files by path relative to the page's folder, and the page's own path among them. */
  files?: ReadonlyMap<string, Uint8Array | string>;
  entry?: string;
  /** When given, the PDF is written there too. */
  pdfFile?: string;
  /** Seconds since 1970 for the PDF dates; default SOURCE_DATE_EPOCH, else 0. */
  sourceDateEpoch?: number;
  /** Names the source of a blocked request (default: the page's file and line). */
  locate?: (blocked: BlockedRequest) => RequestSource | undefined;
  /**
   * Called with a draft of the page before the PDF is printed: the same pages
   * from the same loaded tab, without the tags (structure tree) and the
   * outline, which take about half of Chromium's print time. Watch mode shows
   * it while the tagged PDF prints.
   */
  draft?: (pdf: Buffer) => void;
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

/**
 * What every print asks of Chromium: the page's own size and margins
 * (print.css), its backgrounds. The fonts are loaded already (load() and
 * printKept wait for them), so Puppeteer need not ask again.
 */
const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, waitForFonts: false } as const;
const DRAFT_OPTIONS = { ...PDF_OPTIONS, tagged: false, outline: false } as const;

/** A tab that printed without fault, kept loaded for the next print. */
interface KeptTab {
  page: Page;
  state: LoadState;
  /** Its files: the page split at its body, and every other file by path. */
  split: SplitPage;
  files: ReadonlyMap<string, Uint8Array | string>;
  entry: string;
}

/** How long the page may take to load (Puppeteer's default): everything it can load is in memory. */
const LOAD_TIMEOUT_MS = 30_000;

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

/**
 * The signals of a one-shot printer, caught from before its browser starts:
 * a signal that comes while the browser is starting is held until the start
 * has ended, so the browser can be killed and its folder removed.
 */
class SignalGuard {
  received?: NodeJS.Signals;
  private onSignalled?: (signal: NodeJS.Signals) => void;
  private readonly listener = (signal: NodeJS.Signals): void => {
    if (this.received) return;
    this.received = signal;
    this.onSignalled?.(signal);
  };
  constructor() {
    for (const s of SIGNALS) process.on(s, this.listener);
  }
  /** From now on a signal calls `cleanUp`, then ends the process as the signal says. */
  arm(cleanUp: () => void): void {
    this.onSignalled = (signal) => {
      try {
        cleanUp();
      } finally {
        this.reraise(signal);
      }
    };
    if (this.received) this.onSignalled(this.received);
  }
  /** Re-raised without our listener: the process ends as the signal says, unless someone else handles it. */
  reraise(signal: NodeJS.Signals): void {
    this.dispose();
    process.kill(process.pid, signal);
  }
  dispose(): void {
    for (const s of SIGNALS) process.removeListener(s, this.listener);
  }
}

export class PdfPrinter {
  /** No more prints (close() was called). */
  private closed = false;
  /** The browser is gone and its folders removed. */
  private cleaned = false;
  private guard?: SignalGuard;
  /** Folders of the caller's removed with the browser's own (see track). */
  private readonly tracked = new Set<string>();
  /** The tab of the last print, unless that print failed or another print uses it now. */
  private kept?: KeptTab;
  /** Prints made by putting a new body into the kept tab (for tests and the bench). */
  swaps = 0;

  private constructor(
    private browser: Browser,
    private folders: BrowserFolders,
    readonly executablePath: string,
  ) {}

  static async launch(opts: PrinterOptions = {}): Promise<PdfPrinter> {
    const executablePath = opts.executablePath ?? (await findBrowser(opts.env ?? process.env)).executablePath;
    const guard = opts.exitOnSignal !== false ? new SignalGuard() : undefined;
    let started: { browser: Browser; folders: BrowserFolders };
    try {
      started = await startBrowser(executablePath);
    } catch (e) {
      // startBrowser removed its folders; a signal held meanwhile ends the process now.
      if (guard?.received) guard.reraise(guard.received);
      guard?.dispose();
      throw e;
    }
    const printer = new PdfPrinter(started.browser, started.folders, executablePath);
    open.add(printer);
    installExitHook();
    if (guard) {
      printer.guard = guard;
      guard.arm(() => printer.killNow());
    }
    return printer;
  }

  /** A browser that crashed or was killed during a long watch session is restarted, not fatal. */
  private async ensureConnected(): Promise<void> {
    if (this.closed) throw new Error("PdfPrinter: the printer is closed");
    if (this.browser.connected) return;
    this.kept = undefined;
    removeFolders(this.folders);
    ({ browser: this.browser, folders: this.folders } = await startBrowser(this.executablePath));
  }

  async print(job: PrintJob): Promise<Buffer> {
    let files: PageFiles;
    if (job.files) files = pageFromMap(job.files, job.entry ?? "paper.html");
    else if (job.htmlFile !== undefined && existsSync(job.htmlFile)) files = pageFromFolder(job.htmlFile);
    else throw new SafetyGapError(msg.htmlMissing(job.htmlFile ?? ""), { file: job.htmlFile ?? "" }, msg.htmlMissingHint());
    if (files.read(files.entry) === undefined) throw new SafetyGapError(msg.htmlMissing(files.entry), { file: files.entry }, msg.htmlMissingHint());
    await this.ensureConnected();
    const split = job.files ? splitBody(files.read(files.entry)) : undefined;
    const kept = this.kept;
    if (kept && job.files && split && swappable(kept, job.files, files.entry, split)) {
      // Taken while in use: a print that comes meanwhile gets a tab of its own.
      this.kept = undefined;
      try {
        const pdf = await this.printKept(kept, job, files, split);
        this.swaps++;
        return pdf;
      } catch (e) {
        // The page's own fault (a blocked request) is the user's error; the browser's is retried in a fresh tab.
        if (e instanceof SafetyGapError || this.closed) throw e;
      }
    }
    const page = await this.browser.newPage();
    let keep = false;
    try {
      const state = await load(page, files);
      const { blocked } = state;
      if (blocked.length > 0) throw blockedError(blocked, files.entry, job.locate);
      await this.printDraft(page, job, state, files.entry);
      const raw = await page.pdf(PDF_OPTIONS);
      // Anything first asked for while printing counts as well (load() keeps listening).
      if (blocked.length > 0) throw blockedError(blocked, files.entry, job.locate);
      const pdf = this.finish(raw, job);
      if (job.files && split && !this.closed) {
        const old = this.kept;
        this.kept = { page, state, split, files: job.files, entry: files.entry };
        keep = true;
        await old?.page.close();
      }
      return pdf;
    } finally {
      if (!keep) await page.close();
    }
  }

  /** The kept tab with `split`'s body put in; kept again if it printed without fault. */
  private async printKept(kept: KeptTab, job: PrintJob, files: PageFiles, split: SplitPage): Promise<Buffer> {
    const state = kept.state;
    state.files = files;
    state.blocked = [];
    let ok = false;
    try {
      // Layout is forced before waiting for the fonts: the new text may need a face (a unicode-range
      // subset) the old one did not, and only layout starts its load.
      await kept.page.evaluate(`document.body.innerHTML = ${JSON.stringify(split.body)}; void document.body.offsetHeight; document.fonts.ready.then(() => undefined)`);
      if (state.blocked.length > 0) throw blockedError(state.blocked, files.entry, job.locate);
      await this.printDraft(kept.page, job, state, files.entry);
      const raw = await kept.page.pdf(PDF_OPTIONS);
      if (state.blocked.length > 0) throw blockedError(state.blocked, files.entry, job.locate);
      const pdf = this.finish(raw, job);
      ok = true;
      return pdf;
    } finally {
      if (ok && !this.closed && !this.kept) this.kept = { ...kept, split, files: job.files ?? kept.files };
      else await kept.page.close().catch(() => undefined);
    }
  }

  /** The draft (see PrintJob.draft) of the loaded page, handed over once nothing was refused while it printed. */
  private async printDraft(page: Page, job: PrintJob, state: LoadState, entry: string): Promise<void> {
    if (!job.draft) return;
    const raw = await page.pdf(DRAFT_OPTIONS);
    if (state.blocked.length > 0) throw blockedError(state.blocked, entry, job.locate);
    job.draft(this.normalized(raw, job));
  }

  /** Chromium's PDF with the job's date and the tagged structure's IDs in a fixed order (normalizePdf). */
  private normalized(raw: Uint8Array, job: PrintJob): Buffer {
    return normalizePdf(raw, job.sourceDateEpoch ?? sourceDateEpoch(process.env));
  }

  private finish(raw: Uint8Array, job: PrintJob): Buffer {
    const pdf = this.normalized(raw, job);
    if (job.pdfFile) writeFileSync(job.pdfFile, pdf);
    return pdf;
  }

  /**
   * Removes `dir` along with the browser's folder when the printer is closed
   * or killed (a signal, process.exit), until the returned function is
   * called: a caller's scratch folder does not outlive a Ctrl-C.
   */
  track(dir: string): () => void {
    this.tracked.add(dir);
    return () => void this.tracked.delete(dir);
  }

  /** Closes the browser (which removes its own temporary files) and removes its folder; a signal meanwhile still cleans up. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.browser.close();
    } finally {
      this.cleanUp();
    }
  }

  /** Synchronous last resort (a signal, process exit): kill the browser and remove its folder, temporary files included. */
  killNow(): void {
    if (this.cleaned) return;
    this.closed = true;
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
      this.cleanUp();
    }
  }

  private cleanUp(): void {
    if (this.cleaned) return;
    this.cleaned = true;
    open.delete(this);
    try {
      removeFolders(this.folders);
      for (const dir of this.tracked) rmSync(dir, { recursive: true, force: true });
      this.tracked.clear();
    } finally {
      this.guard?.dispose();
    }
  }
}

/** A loaded tab's sandbox: the files its requests are answered from, and what it asked for and did not get. */
interface LoadState {
  files: PageFiles;
  /** In the order asked: a list that grows if the page asks for more later (while printing). */
  blocked: BlockedRequest[];
}

/**
 * Opens the page in `page` with JavaScript off, answering every request
 * from `files` (the state's, which a later print may replace), and waits
 * until it and its fonts are loaded.
 */
async function load(page: Page, files: PageFiles): Promise<LoadState> {
  const state: LoadState = { files, blocked: [] };
  const fromOf = (req: HTTPRequest): BlockedRequest["from"] => {
    const init = req.initiator();
    const url = init?.url ?? init?.stack?.callFrames[0]?.url;
    const file = url === undefined ? undefined : pagePath(url);
    if (file === undefined) return undefined;
    const line = init?.lineNumber ?? init?.stack?.callFrames[0]?.lineNumber;
    return line === undefined ? { file } : { file, line: line + 1 };
  };
  let opened = false;
  await page.setJavaScriptEnabled(false);
  // Laid out for print from the start, so what only print media loads (print.css's images, fonts) loads now and is checked.
  await page.emulateMediaType("print");
  page.on("dialog", (d) => void d.dismiss().catch(() => undefined));
  await page.setRequestInterception(true);
  page.on("request", (req: HTTPRequest) => {
    const url = req.url();
    // data: URLs hold their content: nothing to reach.
    if (url.startsWith("data:")) return void req.continue().catch(() => undefined);
    const deny = (kind: BlockedRequest["kind"]): void => {
      const from = fromOf(req);
      state.blocked.push(from ? { url, kind, from } : { url, kind });
      void req.abort("blockedbyclient").catch(() => undefined);
    };
    const isMainNavigation = req.isNavigationRequest() && req.frame() === page.mainFrame();
    if (isMainNavigation && opened) return deny("navigation");
    if (isMainNavigation) opened = true;
    if (!isPageOrigin(url)) return deny("remote");
    const rel = pagePath(url);
    const body = rel === undefined ? undefined : state.files.read(rel);
    if (rel === undefined || body === undefined) {
      // Chromium asks for a favicon by itself, when the page names none: not the page's doing.
      if (rel === "favicon.ico" && req.resourceType() === "other") return void req.respond({ status: 404, body: "" }).catch(() => undefined);
      return deny("missing");
    }
    void req.respond({ status: 200, contentType: contentType(rel), body: typeof body === "string" ? body : Buffer.from(body) }).catch(() => undefined);
  });
  // Requests Chromium refuses itself never reach the interception: a file: (or chrome:) URL from an http page.
  page.on("console", (m: ConsoleMessage) => {
    const local = /^Not allowed to load local resource: (\S+)/.exec(m.text());
    if (!local) return;
    const at = m.location();
    const file = at.url === undefined ? undefined : pagePath(at.url);
    state.blocked.push({ url: local[1]!, kind: "local", ...(file === undefined ? {} : { from: at.lineNumber === undefined ? { file } : { file, line: at.lineNumber + 1 } }) });
  });
  try {
    await page.goto(pageUrl(files.entry), { waitUntil: "load", timeout: LOAD_TIMEOUT_MS });
  } catch (e) {
    // A navigation away that was refused, or the page itself refused: the blocked list says why.
    if (state.blocked.length > 0) return state;
    if (e instanceof Error && e.name === "TimeoutError") throw new SafetyGapError(msg.loadTimeout(LOAD_TIMEOUT_MS / 1000), { file: files.entry }, msg.loadTimeoutHint());
    throw e;
  }
  let refresh: string[];
  try {
    // Layout with fallback fonts would print: wait until every @font-face in use is loaded.
    await page.evaluate("document.fonts.ready.then(() => undefined)");
    // A refresh that has not fired yet would replace the page at a moment nobody chose.
    refresh = (await page.evaluate(`[...document.querySelectorAll('meta[http-equiv="refresh" i]')].map((m) => m.getAttribute("content") ?? "")`)) as string[];
  } catch (e) {
    // A navigation away (refused, and in the list) took the page's context with it.
    if (state.blocked.length > 0) return state;
    throw e;
  }
  for (const content of refresh) {
    const target = /url\s*=\s*['"]?([^'"]*)/i.exec(content)?.[1]?.trim();
    state.blocked.push({ url: target ? new URL(target, pageUrl(files.entry)).href : pageUrl(files.entry), kind: "navigation", from: { file: files.entry } });
  }
  return state;
}

/** The first blocked request as the user's error: the source that asked for it, what it asked for, what to do. */
function blockedError(blocked: BlockedRequest[], entry: string, locate?: PrintJob["locate"]): SafetyGapError {
  const first = blocked[0]!;
  const source = locate?.(first);
  const where: SourceLocation = source?.where ?? (first.from ? { file: first.from.file, ...(first.from.line === undefined ? {} : { line: first.from.line }) } : { file: entry });
  const ref = source?.ref ?? first.url;
  const more = blocked.length > 1 ? msg.moreBlocked(blocked.length - 1) : "";
  switch (first.kind) {
    case "remote":
      return new SafetyGapError(msg.remoteRequest(ref) + more, where, msg.remoteRequestHint());
    case "missing":
      return new SafetyGapError(msg.missingRequest(ref) + more, where, msg.missingRequestHint());
    case "local":
      return new SafetyGapError(msg.localFileRequest(ref) + more, where, msg.localFileRequestHint());
    case "navigation":
      return new SafetyGapError(msg.navigationRequest(ref) + more, where, msg.navigationRequestHint());
  }
}

/**
 * The folders a browser writes in, both made for it alone (mkdtemp):
 * - its profile, `safety-gap-chromium-*` in TMPDIR;
 * - its own TMPDIR, `sgc-*` in the caller's TMPDIR. With
 *   --disable-dev-shm-usage (chromiumArgs.ts) Chromium makes its shared
 *   memory as files there (`.org.chromium.Chromium.*`, made by mkstemp and
 *   unlinked just after), and its singleton socket's folder
 *   (`org.chromium.Chromium.*`). A browser killed between a file's creation
 *   and its unlink leaves the file behind (a build interrupted under load
 *   did), and no name says which browser made it: in a folder of its own it
 *   goes with the folder, and no other browser's file is touched.
 *   Undefined when TMPDIR is too long for it (see privateTmpdir): the browser
 *   then has the caller's TMPDIR, as it had before this folder existed.
 */
interface BrowserFolders {
  userDataDir: string;
  tmpDir?: string;
}

/**
 * What Chromium puts after its TMPDIR: the singleton socket in a folder of
 * its own. The whole path must fit a unix socket address (107 bytes and a
 * NUL); longer, and Chromium exits at start ("Socket path too long"; Puppeteer
 * says "Target closed"). Hence the short name of the browser's TMPDIR, right
 * in the caller's TMPDIR, not in the profile folder (a TMPDIR of 33 bytes,
 * as test/pdf/PdfPrinter.test.ts has, already made that 109).
 */
const SOCKET_IN_TMPDIR = "/org.chromium.Chromium.XXXXXX/SingletonSocket";
const SOCKET_PATH_MAX = 107;
const TMPDIR_PREFIX = "sgc-";

/** A fresh folder for the browser's TMPDIR, or undefined if the caller's TMPDIR is too long for one (see SOCKET_IN_TMPDIR). */
function privateTmpdir(): string | undefined {
  const prefix = path.join(os.tmpdir(), TMPDIR_PREFIX);
  // mkdtemp adds six characters.
  if (Buffer.byteLength(prefix + "XXXXXX" + SOCKET_IN_TMPDIR) > SOCKET_PATH_MAX) return undefined;
  return mkdtempSync(prefix);
}

async function startBrowser(executablePath: string): Promise<{ browser: Browser; folders: BrowserFolders }> {
  // A fresh profile per browser: no cached fonts, cookies or crash state from earlier runs.
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "safety-gap-chromium-"));
  let folders: BrowserFolders = { userDataDir };
  const { launch } = await import("puppeteer-core");
  try {
    const tmpDir = privateTmpdir();
    folders = tmpDir === undefined ? folders : { userDataDir, tmpDir };
    const browser = await launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      userDataDir,
      pipe: true,
      // The process environment, as Puppeteer's default, with TMPDIR the browser's own.
      env: tmpDir === undefined ? process.env : { ...process.env, TMPDIR: tmpDir },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return { browser, folders };
  } catch (e) {
    removeFolders(folders);
    throw new SafetyGapError(msg.browserLaunchFailed(executablePath, e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e)), undefined, msg.browserLaunchFailedHint());
  }
}
/**
 * Removes a browser's folders (BrowserFolders): the folder of its singleton
 * socket, found through the profile's SingletonSocket link (so never another
 * browser's: in the caller's TMPDIR, if the browser had no TMPDIR of its own,
 * it is emptied by name and removed only if then empty), its TMPDIR with
 * whatever it holds, and its profile folder.
 */
function removeFolders({ userDataDir, tmpDir }: BrowserFolders): void {
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
  if (tmpDir !== undefined) rmSync(tmpDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
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
