/**
 * PdfPrinter's own logic, with puppeteer-core's launch mocked by a fake
 * browser (fakeBrowser.ts): what it launches Chromium with, which requests
 * it answers and refuses, what it prints with, its errors, and the folders
 * it leaves. test/pdf/PdfPrinter.test.ts holds the same printer to a real
 * Chromium.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import * as msg from "../../../src/messages/pdf.js";
import { CHROMIUM_ARGS } from "../../../src/pdf/chromiumArgs.js";
import { type BlockedRequest, PdfPrinter, printPdf, type PrintJob } from "../../../src/pdf/PdfPrinter.js";
import { FakeBrowser, type FakePage, type Script } from "./fakeBrowser.js";

const h = vi.hoisted(() => ({ launch: vi.fn() }));
vi.mock("puppeteer-core", () => ({ launch: h.launch }));

/** The process's listeners of `event` before the first launch of this file: the exit hook is the one added after. */
const exitListenersBefore = process.listeners("exit");

/** normalizePdf's rewrite of fakeBrowser's RAW_PDF at epoch 0. */
const PDF_AT_0 = "%PDF-1.7\n1 0 obj << /CreationDate (D:19700101000000+00'00') >> endobj\n";
const PDF_OPTIONS = '{"preferCSSPageSize":true,"printBackground":true,"waitForFonts":false}';
const DRAFT_OPTIONS = '{"preferCSSPageSize":true,"printBackground":true,"waitForFonts":false,"tagged":false,"outline":false}';
const FONTS_READY = "document.fonts.ready.then(() => undefined)";
const REFRESH_QUERY = `[...document.querySelectorAll('meta[http-equiv="refresh" i]')].map((m) => m.getAttribute("content") ?? "")`;
/** What every fresh tab is asked before it prints, as the fake's log writes it. */
const loadLog = (page: number, entry = "paper.html"): string[] => [
  `newPage ${page}`,
  `page${page} setJavaScriptEnabled false`,
  `page${page} emulateMediaType print`,
  `page${page} setRequestInterception true`,
  `page${page} goto http://paper.invalid/${entry} {"waitUntil":"load","timeout":30000}`,
  `page${page} evaluate ${FONTS_READY}`,
  `page${page} evaluate ${REFRESH_QUERY}`,
];

/** A folder's name with mkdtemp's six characters masked. */
const masked = (name: string): string => name.replace(/[A-Za-z0-9]{6}$/, "XXXXXX");

let tmp: string;
let savedTmpdir: string | undefined;
let log: string[];
let script: Script;
let browsers: FakeBrowser[];
let kill: MockInstance<typeof process.kill>;
let chrome: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "sg-pdfunit-"));
  // A TMPDIR of the test's own, so the browser's folders can be listed exactly.
  mkdirSync(path.join(tmp, "t"));
  savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = path.join(tmp, "t");
  chrome = path.join(tmp, "chrome");
  writeFileSync(chrome, "#!/bin/sh\n");
  chmodSync(chrome, 0o755);
  log = [];
  script = {};
  browsers = [];
  h.launch.mockReset();
  h.launch.mockImplementation(async (options: Record<string, unknown>) => {
    const b = new FakeBrowser(options, log, script);
    browsers.push(b);
    log.push(`launch ${browsers.length}`);
    return b;
  });
  // killNow kills the browser's process group: never a real one here.
  kill = vi.spyOn(process, "kill").mockImplementation(() => true);
});

afterEach(() => {
  kill.mockRestore();
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
  rmSync(tmp, { recursive: true, force: true });
});

const tmpdirEntries = (): string[] => readdirSync(path.join(tmp, "t")).sort().map(masked);
const files = (html: string, more: [string, string | Uint8Array][] = []): Map<string, string | Uint8Array> => new Map([["paper.html", html], ...more]);
const PAGE = "<!doctype html><html><head></head><body><p>One.</p></body></html>";

async function launched(): Promise<PdfPrinter> {
  return PdfPrinter.launch({ executablePath: chrome, exitOnSignal: false });
}

async function failure(p: Promise<unknown>): Promise<SafetyGapError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(SafetyGapError);
  return e as SafetyGapError;
}

describe("PdfPrinter.launch", () => {
  it("starts headless Chromium with the project's flags, a fresh profile and a TMPDIR of its own, and no signal handlers of Puppeteer's", async () => {
    const p = await launched();
    expect(h.launch).toHaveBeenCalledTimes(1);
    const { env, userDataDir, ...options } = browsers[0]!.options as { env: NodeJS.ProcessEnv; userDataDir: string };
    expect(options).toEqual({ executablePath: chrome, headless: true, args: [...CHROMIUM_ARGS], pipe: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    expect(tmpdirEntries()).toEqual(["safety-gap-chromium-XXXXXX", "sgc-XXXXXX"]);
    const names = readdirSync(path.join(tmp, "t")).sort();
    expect(userDataDir).toBe(path.join(tmp, "t", names[0]!));
    expect(env).toEqual({ ...process.env, TMPDIR: path.join(tmp, "t", names[1]!) });
    expect(p.executablePath).toBe(chrome);
    await p.close();
    expect(tmpdirEntries()).toEqual([]);
    expect(log).toEqual(["launch 1", "browser close"]);
  });

  it("finds the browser as findBrowser does, in the environment given", async () => {
    const p = await PdfPrinter.launch({ env: { PUPPETEER_EXECUTABLE_PATH: chrome }, exitOnSignal: false });
    expect(p.executablePath).toBe(chrome);
    expect(browsers[0]!.options.executablePath).toBe(chrome);
    await p.close();
  });

  it("gives the browser the caller's TMPDIR when its own would make the singleton socket's path longer than 107 bytes", async () => {
    // 51 bytes: sgc-XXXXXX/org.chromium.Chromium.XXXXXX/SingletonSocket brings the socket to 107; 52 would make it 108.
    for (const [length, entries] of [
      [51, ["safety-gap-chromium-XXXXXX", "sgc-XXXXXX"]],
      [52, ["safety-gap-chromium-XXXXXX"]],
    ] as const) {
      const own = path.join(tmp, "p".repeat(length - tmp.length - 1));
      mkdirSync(own);
      process.env.TMPDIR = own;
      const p = await launched();
      expect(readdirSync(own).sort().map(masked), `TMPDIR of ${length} bytes`).toEqual(entries);
      const env = browsers.at(-1)!.options.env as NodeJS.ProcessEnv;
      expect(env.TMPDIR === own, `TMPDIR of ${length} bytes`).toBe(length === 52);
      if (length === 52) expect(env).toBe(process.env);
      await p.close();
      expect(readdirSync(own), `TMPDIR of ${length} bytes`).toEqual([]);
    }
  });

  it("fails with the browser's first line of error when it cannot start, and leaves no folder", async () => {
    h.launch.mockRejectedValueOnce(new Error("Failed to launch the browser process!\nsome detail"));
    const e = await failure(PdfPrinter.launch({ executablePath: chrome, exitOnSignal: false }));
    expect(e.format()).toBe(`${msg.browserLaunchFailed(chrome, "Failed to launch the browser process!")}\n  fix: ${msg.browserLaunchFailedHint()}`);
    expect(e.message).toBe(`could not start the browser ${chrome}: Failed to launch the browser process!`);
    expect(tmpdirEntries()).toEqual([]);
    h.launch.mockRejectedValueOnce("not an Error");
    expect((await failure(PdfPrinter.launch({ executablePath: chrome, exitOnSignal: false }))).message).toBe(`could not start the browser ${chrome}: not an Error`);
    h.launch.mockRejectedValueOnce(new Error(""));
    expect((await failure(PdfPrinter.launch({ executablePath: chrome, exitOnSignal: false }))).message).toBe(`could not start the browser ${chrome}: `);
    expect(tmpdirEntries()).toEqual([]);
  });

  it("removes the singleton socket's folder the profile links to, and only the files of that name in it", async () => {
    process.env.TMPDIR = path.join(tmp, "t");
    const p = await launched();
    const profile = browsers[0]!.options.userDataDir as string;
    const socketDir = path.join(tmp, "org.chromium.Chromium.abcdef");
    mkdirSync(socketDir);
    writeFileSync(path.join(socketDir, "SingletonSocket"), "");
    symlinkSync("nowhere-4711", path.join(socketDir, "SingletonCookie"));
    symlinkSync(path.join(socketDir, "SingletonSocket"), path.join(profile, "SingletonSocket"));
    // Another browser's socket folder beside it, not named by the profile: left alone.
    const other = path.join(tmp, "org.chromium.Chromium.ghijkl");
    mkdirSync(other);
    writeFileSync(path.join(other, "SingletonSocket"), "");
    await p.close();
    expect(readdirSync(tmp).sort()).toEqual(["chrome", "org.chromium.Chromium.ghijkl", "t"]);
    expect(tmpdirEntries()).toEqual([]);
  });

  it("leaves a socket folder that holds other files (not only the browser's), removing the browser's own", async () => {
    const p = await launched();
    const profile = browsers[0]!.options.userDataDir as string;
    const socketDir = path.join(tmp, "org.chromium.Chromium.abcdef");
    mkdirSync(socketDir);
    writeFileSync(path.join(socketDir, "SingletonSocket"), "");
    writeFileSync(path.join(socketDir, "someone-else"), "");
    symlinkSync(path.join(socketDir, "SingletonSocket"), path.join(profile, "SingletonSocket"));
    await p.close();
    expect(readdirSync(socketDir)).toEqual(["someone-else"]);
  });
});

describe("PdfPrinter.print", () => {
  it("loads the page sandboxed, prints it with the page's own size and backgrounds, dated by the job, and keeps the tab", async () => {
    const p = await launched();
    const pdfFile = path.join(tmp, "out.pdf");
    const pdf = await p.print({ files: files(PAGE), entry: "paper.html", pdfFile, sourceDateEpoch: 0 });
    expect(pdf.toString("latin1")).toBe(PDF_AT_0);
    expect(readFileSync(pdfFile, "latin1")).toBe(PDF_AT_0);
    expect(log).toEqual(["launch 1", ...loadLog(1), `page1 pdf ${PDF_OPTIONS}`]);
    await p.close();
    expect(log.slice(-1)).toEqual(["browser close"]);
  });

  it("dates the PDF by SOURCE_DATE_EPOCH when the job gives no date, 0 when unset", async () => {
    const p = await launched();
    const saved = process.env.SOURCE_DATE_EPOCH;
    try {
      process.env.SOURCE_DATE_EPOCH = "1767225600";
      expect((await p.print({ files: files(PAGE) })).toString("latin1")).toContain("/CreationDate (D:20260101000000+00'00')");
      // The job's date wins over the environment's.
      expect((await p.print({ files: files("<p>dated</p>"), sourceDateEpoch: 86400 })).toString("latin1")).toContain("/CreationDate (D:19700102000000+00'00')");
      delete process.env.SOURCE_DATE_EPOCH;
      expect((await p.print({ files: files("<p>no body tag</p>") })).toString("latin1")).toBe(PDF_AT_0);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
      await p.close();
    }
  });

  it("prints a page from its folder, answering requests with its files only, and writes no PDF file unless asked", async () => {
    const dir = path.join(tmp, "page");
    mkdirSync(path.join(dir, "assets"), { recursive: true });
    writeFileSync(path.join(dir, "index.html"), PAGE);
    writeFileSync(path.join(dir, "assets", "a.css"), "p{}");
    writeFileSync(path.join(tmp, "secret.txt"), "secret");
    const reqs: string[] = [];
    script.goto = (pg) => {
      for (const url of ["http://paper.invalid/index.html", "http://paper.invalid/assets/a.css", "http://paper.invalid/assets//a.css", "http://paper.invalid/assets/none.png"]) reqs.push(`${url} ${pg.request(url).outcome}`);
    };
    const p = await launched();
    const e = await failure(p.print({ htmlFile: path.join(dir, "index.html"), sourceDateEpoch: 0 }));
    expect(reqs).toEqual([
      `http://paper.invalid/index.html respond 200 text/html; charset=utf-8 <${PAGE}>`,
      "http://paper.invalid/assets/a.css respond 200 text/css; charset=utf-8 <p{}>",
      "http://paper.invalid/assets//a.css abort blockedbyclient",
      "http://paper.invalid/assets/none.png abort blockedbyclient",
    ]);
    expect(e.format().split("\n")[0]).toBe(`index.html: ${msg.missingRequest("http://paper.invalid/assets//a.css")} (and 1 more reference the page could not load)`);
    // Refused before anything is printed; a failed print closes its tab and keeps none.
    expect(log).toEqual(["launch 1", ...loadLog(1, "index.html"), "page1 close"]);
    script.goto = undefined;
    expect((await p.print({ htmlFile: path.join(dir, "index.html"), sourceDateEpoch: 0 })).toString("latin1")).toBe(PDF_AT_0);
    expect(readdirSync(dir).sort()).toEqual(["assets", "index.html"]);
    // From a folder: no tab kept (nothing to compare the next page with).
    expect(log.slice(-2)).toEqual([`page2 pdf ${PDF_OPTIONS}`, "page2 close"]);
    await p.close();
  });

  it("refuses a page that does not exist, before starting anything", async () => {
    const p = await launched();
    const missing = path.join(tmp, "none.html");
    const e = await failure(p.print({ htmlFile: missing }));
    expect(e.format()).toBe(`${missing}: cannot print ${missing}: the file does not exist\n  fix: ${msg.htmlMissingHint()}`);
    expect((await failure(p.print({}))).format()).toBe(`: cannot print : the file does not exist\n  fix: ${msg.htmlMissingHint()}`);
    expect((await failure(p.print({ files: files(PAGE), entry: "other.html" }))).format()).toBe(
      `other.html: cannot print other.html: the file does not exist\n  fix: ${msg.htmlMissingHint()}`,
    );
    // The entry defaults to paper.html.
    expect((await failure(p.print({ files: new Map([["index.html", PAGE]]) }))).message).toBe("cannot print paper.html: the file does not exist");
    expect(log).toEqual(["launch 1"]);
    await p.close();
  });

  it("answers data: URLs, the page's files with their types, a favicon Chromium asks for by itself with 404, and refuses everything else", async () => {
    const seen: string[] = [];
    const png = new Uint8Array([137, 80, 78, 71]);
    script.goto = (pg) => {
      const ask = (url: string, opts: Parameters<FakePage["request"]>[1] = {}): void => void seen.push(`${url} -> ${pg.request(url, opts).outcome}`);
      ask("http://paper.invalid/paper.html", { navigation: true, frame: pg.main, type: "document" });
      ask("data:image/png;base64,AAAA");
      ask("http://paper.invalid/fig/a%20b.png");
      ask("http://paper.invalid/favicon.ico", { type: "other" });
      ask("http://paper.invalid/favicon.ico", { type: "image" });
      ask("http://paper.invalid/other.ico", { type: "other" });
      ask("http://example.com/x.png");
      ask("https://paper.invalid/paper.html");
      ask("http://paper.invalid/../etc/passwd");
      ask("http://paper.invalid/%2e%2e%2Fsecret");
      // A frame's navigation is a request like any other; only the main frame's second one is the page going away.
      ask("http://paper.invalid/paper.html", { navigation: true, frame: { name: "a frame" }, type: "document" });
      ask("http://paper.invalid/paper.html", { navigation: true, frame: pg.main, type: "document" });
    };
    const p = await launched();
    const e = await failure(p.print({ files: files(PAGE, [["fig/a b.png", png]]) }));
    expect(seen).toEqual([
      `http://paper.invalid/paper.html -> respond 200 text/html; charset=utf-8 ${JSON.stringify(PAGE)}`,
      "data:image/png;base64,AAAA -> continue",
      "http://paper.invalid/fig/a%20b.png -> respond 200 image/png <\x89PNG>",
      'http://paper.invalid/favicon.ico -> respond 404 ""',
      "http://paper.invalid/favicon.ico -> abort blockedbyclient",
      "http://paper.invalid/other.ico -> abort blockedbyclient",
      "http://example.com/x.png -> abort blockedbyclient",
      "https://paper.invalid/paper.html -> abort blockedbyclient",
      "http://paper.invalid/../etc/passwd -> abort blockedbyclient",
      "http://paper.invalid/%2e%2e%2Fsecret -> abort blockedbyclient",
      `http://paper.invalid/paper.html -> respond 200 text/html; charset=utf-8 ${JSON.stringify(PAGE)}`,
      "http://paper.invalid/paper.html -> abort blockedbyclient",
    ]);
    expect(e.format()).toBe(
      `paper.html: ${msg.missingRequest("http://paper.invalid/favicon.ico")} (and 6 more references the page could not load)\n  fix: ${msg.missingRequestHint()}`,
    );
    await p.close();
  });

  it("names the first refused request by kind, with the page's file and line that asked, and counts the others", async () => {
    const cases: [string, (pg: FakePage) => void, string][] = [
      ["remote, from the initiator's url and line", (pg) => void pg.request("http://example.com/logo.png", { initiator: { url: "http://paper.invalid/paper.html", lineNumber: 5 } }), `paper.html:6: ${msg.remoteRequest("http://example.com/logo.png")}\n  fix: ${msg.remoteRequestHint()}`],
      ["missing, from the stack's first frame", (pg) => void pg.request("http://paper.invalid/gone.png", { initiator: { stack: { callFrames: [{ url: "http://paper.invalid/css/p.css", lineNumber: 0 }] } } }), `css/p.css:1: ${msg.missingRequest("http://paper.invalid/gone.png")}\n  fix: ${msg.missingRequestHint()}`],
      ["missing, from a file without a line", (pg) => void pg.request("http://paper.invalid/gone.png", { initiator: { url: "http://paper.invalid/css/p.css" } }), `css/p.css: ${msg.missingRequest("http://paper.invalid/gone.png")}\n  fix: ${msg.missingRequestHint()}`],
      ["remote, from another origin's file: the page's entry", (pg) => void pg.request("http://example.com/a.css", { initiator: { url: "http://example.com/b.css", lineNumber: 3 } }), `paper.html: ${msg.remoteRequest("http://example.com/a.css")}\n  fix: ${msg.remoteRequestHint()}`],
      ["missing, from the initiator's url, no line, an empty stack", (pg) => void pg.request("http://paper.invalid/gone.png", { initiator: { url: "http://paper.invalid/css/p.css", stack: { callFrames: [] } } }), `css/p.css: ${msg.missingRequest("http://paper.invalid/gone.png")}\n  fix: ${msg.missingRequestHint()}`],
      ["remote, from an empty stack", (pg) => void pg.request("http://example.com/a.css", { initiator: { stack: { callFrames: [] } } }), `paper.html: ${msg.remoteRequest("http://example.com/a.css")}\n  fix: ${msg.remoteRequestHint()}`],
      ["local, from Chromium's console message", (pg) => pg.console("Not allowed to load local resource: file:///etc/passwd and more", { url: "http://paper.invalid/paper.html", lineNumber: 2 }), `paper.html:3: ${msg.localFileRequest("file:///etc/passwd")}\n  fix: ${msg.localFileRequestHint()}`],
      ["local, from a file without a line", (pg) => pg.console("Not allowed to load local resource: file:///x", { url: "http://paper.invalid/a/b.css" }), `a/b.css: ${msg.localFileRequest("file:///x")}\n  fix: ${msg.localFileRequestHint()}`],
      ["local, from nowhere known", (pg) => pg.console("Not allowed to load local resource: chrome://settings", { url: "chrome://x/" }), `paper.html: ${msg.localFileRequest("chrome://settings")}\n  fix: ${msg.localFileRequestHint()}`],
      ["local, no location", (pg) => pg.console("Not allowed to load local resource: file:///y", {}), `paper.html: ${msg.localFileRequest("file:///y")}\n  fix: ${msg.localFileRequestHint()}`],
      [
        "two refused: the first named, one more counted",
        (pg) => {
          pg.console("Some other message: file:///z");
          pg.console("Warning: Not allowed to load local resource: file:///q");
          pg.console("Not allowed to load local resource: file:///a");
          pg.request("http://example.com/b.png");
        },
        `paper.html: ${msg.localFileRequest("file:///a")} (and 1 more reference the page could not load)\n  fix: ${msg.localFileRequestHint()}`,
      ],
    ];
    const p = await launched();
    for (const [name, goto, expected] of cases) {
      script.goto = goto;
      expect((await failure(p.print({ files: files(PAGE) }))).format(), name).toBe(expected);
    }
    await p.close();
  });

  it("tells the job's locate what was refused, and names the source and reference it gives", async () => {
    const asked: BlockedRequest[] = [];
    script.goto = (pg) => {
      pg.request("http://paper.invalid/gone.png", { initiator: { url: "http://paper.invalid/paper.html", lineNumber: 1 } });
    };
    const p = await launched();
    const locate = (b: BlockedRequest): ReturnType<NonNullable<PrintJob["locate"]>> => (asked.push(b), { where: { file: "report/paper/01.md", line: 7 }, ref: "gone.png" });
    expect((await failure(p.print({ files: files(PAGE), locate }))).format()).toBe(`report/paper/01.md:7: ${msg.missingRequest("gone.png")}\n  fix: ${msg.missingRequestHint()}`);
    expect(asked).toEqual([{ url: "http://paper.invalid/gone.png", kind: "missing", from: { file: "paper.html", line: 2 } }]);
    // From nowhere known: no `from` at all; from a file without a line: no `line`.
    asked.length = 0;
    script.goto = (pg) => {
      pg.request("http://example.com/a.png");
      pg.request("http://example.com/b.png", { initiator: { url: "http://paper.invalid/x.css" } });
    };
    const e = await failure(p.print({ files: files("<p>2</p>"), locate: (b) => void asked.push(b) }));
    expect(asked).toStrictEqual([{ url: "http://example.com/a.png", kind: "remote" }]);
    expect(e.where).toStrictEqual({ file: "paper.html" });
    script.goto = (pg) => void pg.request("http://example.com/b.png", { initiator: { url: "http://paper.invalid/x.css" } });
    expect((await failure(p.print({ files: files("<p>3</p>") }))).where).toStrictEqual({ file: "x.css" });
    script.goto = (pg) => {
      pg.request("http://paper.invalid/gone.png", { initiator: { url: "http://paper.invalid/paper.html", lineNumber: 1 } });
    };
    // No ref: the URL; no answer: the page's file and line.
    expect((await failure(p.print({ files: files(PAGE), locate: () => ({ where: { file: "x.md" } }) }))).message).toBe(msg.missingRequest("http://paper.invalid/gone.png"));
    expect((await failure(p.print({ files: files(PAGE), locate: () => undefined }))).format().split("\n")[0]).toBe(`paper.html:2: ${msg.missingRequest("http://paper.invalid/gone.png")}`);
    await p.close();
  });

  it("refuses a meta refresh, with its target resolved against the page, or the page itself", async () => {
    const p = await launched();
    for (const [content, url] of [
      ["0;url=http://example.com/", "http://example.com/"],
      ["5; URL = 'next.html'", "http://paper.invalid/next.html"],
      ['1;url="/a/b.html"', "http://paper.invalid/a/b.html"],
      ["30", "http://paper.invalid/paper.html"],
      ["0;url=", "http://paper.invalid/paper.html"],
      ["0;url=  ", "http://paper.invalid/paper.html"],
    ]) {
      script.evaluate = (_pg, expr) => (expr === REFRESH_QUERY ? [content] : undefined);
      expect((await failure(p.print({ files: files(PAGE) }))).format(), content).toBe(`paper.html: ${msg.navigationRequest(url!)}\n  fix: ${msg.navigationRequestHint()}`);
    }
    await p.close();
  });

  it("fails with the load timeout's own message, and passes on any other failure to load", async () => {
    const p = await launched();
    script.goto = () => {
      throw Object.assign(new Error("Navigation timeout of 30000 ms exceeded"), { name: "TimeoutError" });
    };
    expect((await failure(p.print({ files: files(PAGE) }))).format()).toBe(`paper.html: the page did not finish loading within 30 s, so it was not printed\n  fix: ${msg.loadTimeoutHint()}`);
    script.goto = () => {
      throw new Error("net::ERR_ABORTED");
    };
    await expect(p.print({ files: files(PAGE) })).rejects.toThrow(/^net::ERR_ABORTED$/);
    script.goto = () => {
      throw "TimeoutError";
    };
    await expect(p.print({ files: files(PAGE) })).rejects.toBe("TimeoutError");
    const notAnError = { name: "TimeoutError" };
    script.goto = () => {
      throw notAnError;
    };
    await expect(p.print({ files: files(PAGE) })).rejects.toBe(notAnError);
    // A load that failed because a request was refused: the refused request is the error.
    script.goto = (pg) => {
      pg.request("http://example.com/");
      throw Object.assign(new Error("timeout"), { name: "TimeoutError" });
    };
    expect((await failure(p.print({ files: files(PAGE) }))).message).toBe(msg.remoteRequest("http://example.com/"));
    expect(browsers[0]!.pages.map((pg) => log.includes(`page${pg.id} close`))).toEqual([true, true, true, true, true]);
    await p.close();
  });

  it("after loading, passes on a page's failure, unless a refused navigation took the page away", async () => {
    const p = await launched();
    script.evaluate = () => {
      throw new Error("Execution context was destroyed");
    };
    await expect(p.print({ files: files(PAGE) })).rejects.toThrow(/^Execution context was destroyed$/);
    script.goto = (pg) => {
      pg.request("http://paper.invalid/paper.html", { navigation: true, frame: pg.main });
      pg.request("http://example.com/away", { navigation: true, frame: pg.main });
    };
    expect((await failure(p.print({ files: files(PAGE) }))).format()).toBe(`paper.html: ${msg.navigationRequest("http://example.com/away")}\n  fix: ${msg.navigationRequestHint()}`);
    await p.close();
  });

  it("fails a print on a request first made while printing, and keeps no tab then", async () => {
    const p = await launched();
    script.pdf = (pg) => void pg.request("http://example.com/late.png");
    expect((await failure(p.print({ files: files(PAGE) }))).message).toBe(msg.remoteRequest("http://example.com/late.png"));
    expect(log.slice(-2)).toEqual([`page1 pdf ${PDF_OPTIONS}`, "page1 close"]);
    await p.close();
  });

  it("dismisses a dialog, and a dismissal that fails does not fail the print", async () => {
    const dismissed: string[] = [];
    script.goto = (pg) => {
      pg.fire("dialog", { dismiss: async () => void dismissed.push("first") });
      pg.fire("dialog", { dismiss: async () => Promise.reject(new Error("gone")) });
    };
    const p = await launched();
    expect((await p.print({ files: files(PAGE), sourceDateEpoch: 0 })).toString("latin1")).toBe(PDF_AT_0);
    expect(dismissed).toEqual(["first"]);
    await p.close();
  });

  it("ignores a request the browser no longer takes an answer for", async () => {
    script.goto = (pg) => {
      pg.request("data:,x", { fail: true });
      pg.request("http://paper.invalid/paper.html", { fail: true });
      pg.request("http://paper.invalid/favicon.ico", { fail: true, type: "other" });
    };
    const p = await launched();
    expect((await p.print({ files: files(PAGE), sourceDateEpoch: 0 })).toString("latin1")).toBe(PDF_AT_0);
    script.goto = (pg) => void pg.request("http://example.com/", { fail: true });
    expect((await failure(p.print({ files: files("<p>Another page.</p>") }))).message).toBe(msg.remoteRequest("http://example.com/"));
    await p.close();
  });
});

describe("PdfPrinter's kept tab (watch mode)", () => {
  const edited = (text: string): Map<string, string | Uint8Array> => files(PAGE.replace("One.", text), [["a.css", "p{}"]]);

  it("puts an edited body into the kept tab and prints it there", async () => {
    const p = await launched();
    await p.print({ files: edited("One."), sourceDateEpoch: 0 });
    expect(p.swaps).toBe(0);
    const at = log.length;
    expect((await p.print({ files: edited("Two."), sourceDateEpoch: 0 })).toString("latin1")).toBe(PDF_AT_0);
    expect(p.swaps).toBe(1);
    expect(log.slice(at)).toEqual([
      `page1 evaluate document.body.innerHTML = "<p>Two.</p>"; void document.body.offsetHeight; ${FONTS_READY}`,
      `page1 pdf ${PDF_OPTIONS}`,
    ]);
    // Kept again: the next edit goes there too.
    await p.print({ files: edited("Three."), sourceDateEpoch: 0 });
    expect(p.swaps).toBe(2);
    expect(browsers[0]!.pages.length).toBe(1);
    await p.close();
  });

  it("loads a fresh tab for a page that differs outside its body, closing the old tab once the new one printed", async () => {
    const p = await launched();
    await p.print({ files: edited("One.") });
    const at = log.length;
    await p.print({ files: files(PAGE, [["a.css", "p{color:red}"]]) });
    expect(p.swaps).toBe(0);
    expect(log.slice(at)).toEqual([...loadLog(2), `page2 pdf ${PDF_OPTIONS}`, "page1 close"]);
    // Nor a page that came from a folder, or one without body tags.
    await p.print({ files: files("<p>no body</p>") });
    expect(p.swaps).toBe(0);
    await p.print({ files: files("<p>no body either</p>") });
    expect(p.swaps).toBe(0);
    await p.close();
  });

  it("fails a swapped print on a request the new body makes, closes the kept tab, and loads the next print fresh", async () => {
    const p = await launched();
    await p.print({ files: edited("One.") });
    script.evaluate = (pg, expr) => {
      if (expr.startsWith("document.body.innerHTML")) pg.request("http://paper.invalid/missing.png");
      return undefined;
    };
    const before = log.length;
    expect((await failure(p.print({ files: edited("Two.") }))).format().split("\n")[0]).toBe(`paper.html: ${msg.missingRequest("http://paper.invalid/missing.png")}`);
    expect(p.swaps).toBe(0);
    // Refused before anything is printed.
    expect(log.slice(before)).toEqual([`page1 evaluate document.body.innerHTML = "<p>Two.</p>"; void document.body.offsetHeight; ${FONTS_READY}`, "page1 close"]);
    script.evaluate = undefined;
    const at = log.length;
    await p.print({ files: edited("Two.") });
    expect(log.slice(at)).toEqual([...loadLog(2), `page2 pdf ${PDF_OPTIONS}`]);
    await p.close();
  });

  it("fails a swapped print on a request made while printing, and on one made while the draft prints", async () => {
    const p = await launched();
    await p.print({ files: edited("One.") });
    script.pdf = (pg, options) => void (JSON.stringify(options) === PDF_OPTIONS && pg.request("http://example.com/late"));
    expect((await failure(p.print({ files: edited("Two.") }))).message).toBe(msg.remoteRequest("http://example.com/late"));
    script.pdf = undefined;
    await p.print({ files: edited("One.") });
    script.pdf = (pg, options) => void (JSON.stringify(options) === DRAFT_OPTIONS && pg.request("http://example.com/draft"));
    const drafts: Buffer[] = [];
    expect((await failure(p.print({ files: edited("Two."), draft: (d) => drafts.push(d) }))).message).toBe(msg.remoteRequest("http://example.com/draft"));
    expect(drafts).toEqual([]);
    expect(p.swaps).toBe(0);
    await p.close();
  });

  it("prints in a fresh tab when the kept tab fails for the browser's reason (a crash), and keeps that tab", async () => {
    const p = await launched();
    await p.print({ files: edited("One.") });
    script.evaluate = (_pg, expr) => {
      if (expr.startsWith("document.body.innerHTML")) throw new Error("Target crashed");
      return expr === REFRESH_QUERY ? [] : undefined;
    };
    const at = log.length;
    expect((await p.print({ files: edited("Two."), sourceDateEpoch: 0 })).toString("latin1")).toBe(PDF_AT_0);
    expect(p.swaps).toBe(0);
    expect(log.slice(at)).toEqual([`page1 evaluate document.body.innerHTML = "<p>Two.</p>"; void document.body.offsetHeight; ${FONTS_READY}`, "page1 close", ...loadLog(2), `page2 pdf ${PDF_OPTIONS}`]);
    script.evaluate = undefined;
    await p.print({ files: edited("Three.") });
    expect(p.swaps).toBe(1);
    await p.close();
  });

  it("hands over the draft first, untagged, from the same tab, then the tagged PDF, fresh and swapped", async () => {
    const p = await launched();
    const got: string[] = [];
    const draft = (pdf: Buffer): void => void got.push(`draft ${pdf.toString("latin1") === PDF_AT_0}`);
    await p.print({ files: edited("One."), draft, sourceDateEpoch: 0 });
    expect(log.slice(-2)).toEqual([`page1 pdf ${DRAFT_OPTIONS}`, `page1 pdf ${PDF_OPTIONS}`]);
    await p.print({ files: edited("Two."), draft, sourceDateEpoch: 0 });
    expect(log.slice(-2)).toEqual([`page1 pdf ${DRAFT_OPTIONS}`, `page1 pdf ${PDF_OPTIONS}`]);
    expect(got).toEqual(["draft true", "draft true"]);
    expect(p.swaps).toBe(1);
    await p.close();
  });

  it("fails a fresh print on a request made while the draft prints, before handing the draft over", async () => {
    const p = await launched();
    script.pdf = (pg, options) => void (JSON.stringify(options) === DRAFT_OPTIONS && pg.request("http://example.com/d"));
    const drafts: Buffer[] = [];
    expect((await failure(p.print({ files: edited("One."), draft: (d) => drafts.push(d) }))).message).toBe(msg.remoteRequest("http://example.com/d"));
    expect(drafts).toEqual([]);
    expect(log.slice(-2)).toEqual([`page1 pdf ${DRAFT_OPTIONS}`, "page1 close"]);
    await p.close();
  });

  it("keeps no tab once closed while printing, and a print of the kept tab that ends after close() closes it", async () => {
    const p = await launched();
    let closing: Promise<void> | undefined;
    script.pdf = () => void (closing = p.close());
    await p.print({ files: edited("One.") });
    await closing;
    expect(log.slice(-3)).toEqual([`page1 pdf ${PDF_OPTIONS}`, "browser close", "page1 close"]);
    const q = await launched();
    script.pdf = undefined;
    await q.print({ files: edited("One.") });
    script.pdf = () => void (closing = q.close());
    await q.print({ files: edited("Two.") });
    await closing;
    expect(log.slice(-3)).toEqual([`page1 pdf ${PDF_OPTIONS}`, "browser close", "page1 close"]);
    expect(q.swaps).toBe(1);
  });

  it("does not retry in a fresh tab a swap that failed because the printer was closed meanwhile", async () => {
    const p = await launched();
    await p.print({ files: edited("One.") });
    script.evaluate = (_pg, expr) => {
      if (expr.startsWith("document.body.innerHTML")) {
        void p.close();
        throw new Error("Target closed");
      }
      return undefined;
    };
    await expect(p.print({ files: edited("Two.") })).rejects.toThrow(/^Target closed$/);
    expect(browsers[0]!.pages.length).toBe(1);
  });

  it("a second print while the kept tab is in use gets a tab of its own, and keeps it when it ends first", async () => {
    const p = await launched();
    await p.print({ files: edited("One.") });
    let second: Promise<Buffer> | undefined;
    script.evaluate = (_pg, expr) => {
      if (expr.startsWith("document.body.innerHTML") && !second) second = p.print({ files: edited("Three.") });
      return expr === REFRESH_QUERY ? [] : undefined;
    };
    // The first print (in the kept tab) ends only after the second (in a fresh one) has.
    script.pdf = async (pg) => void (pg.id === 1 && (await second));
    await p.print({ files: edited("Two.") });
    expect(p.swaps).toBe(1);
    expect(browsers[0]!.pages.length).toBe(2);
    // The second print kept its tab; the first then finds a tab kept and closes its own.
    expect(log.filter((l) => l.endsWith(" close"))).toEqual(["page1 close"]);
    script.evaluate = undefined;
    script.pdf = undefined;
    const at = log.length;
    await p.print({ files: edited("Four.") });
    expect(log.slice(at)).toEqual([`page2 evaluate document.body.innerHTML = "<p>Four.</p>"; void document.body.offsetHeight; ${FONTS_READY}`, `page2 pdf ${PDF_OPTIONS}`]);
    await p.close();
  });
});

describe("PdfPrinter's browser and folders", () => {
  it("restarts a browser that went away, with fresh folders, and removes the old ones", async () => {
    const p = await launched();
    await p.print({ files: files(PAGE) });
    const first = readdirSync(path.join(tmp, "t")).sort();
    browsers[0]!.connected = false;
    await p.print({ files: files(PAGE) });
    expect(h.launch).toHaveBeenCalledTimes(2);
    const second = readdirSync(path.join(tmp, "t")).sort();
    expect(second.map(masked)).toEqual(["safety-gap-chromium-XXXXXX", "sgc-XXXXXX"]);
    expect(second.filter((n) => first.includes(n))).toEqual([]);
    // The old browser's tab is not swapped into: a fresh tab in the new browser.
    expect(browsers[1]!.pages.length).toBe(1);
    expect(p.swaps).toBe(0);
    await p.close();
    expect(tmpdirEntries()).toEqual([]);
  });

  it("prints nothing once closed, and closes once", async () => {
    const p = await launched();
    await p.close();
    await p.close();
    expect(log).toEqual(["launch 1", "browser close"]);
    await expect(p.print({ files: files(PAGE) })).rejects.toThrow(/^PdfPrinter: the printer is closed$/);
  });

  it("removes a tracked folder on close, not one untracked, and removes them even when the browser fails to close", async () => {
    const tracked = mkdtempSync(path.join(tmp, "tracked-"));
    const untracked = mkdtempSync(path.join(tmp, "untracked-"));
    const p = await launched();
    p.track(tracked);
    p.track(untracked)();
    browsers[0]!.close = async () => Promise.reject(new Error("browser gone"));
    await expect(p.close()).rejects.toThrow(/^browser gone$/);
    expect([existsSync(tracked), existsSync(untracked)]).toEqual([false, true]);
    expect(tmpdirEntries()).toEqual([]);
  });

  it("killNow() kills the browser's process group, removes the folders and tracked ones, once", async () => {
    const p = await launched();
    const tracked = mkdtempSync(path.join(tmp, "tracked-"));
    p.track(tracked);
    p.killNow();
    expect(kill.mock.calls).toEqual([[-browsers[0]!.child.pid, "SIGKILL"]]);
    expect(browsers[0]!.child.killed).toEqual([]);
    expect(existsSync(tracked)).toBe(false);
    expect(tmpdirEntries()).toEqual([]);
    p.killNow();
    await p.close();
    expect(kill.mock.calls.length).toBe(1);
    expect(log).toEqual(["launch 1"]);
    await expect(p.print({ files: files(PAGE) })).rejects.toThrow(/^PdfPrinter: the printer is closed$/);
  });

  it("killNow() kills the browser itself when its group cannot be, and nothing when it has no process", async () => {
    const p = await launched();
    kill.mockImplementation(() => {
      throw new Error("ESRCH");
    });
    p.killNow();
    expect(browsers[0]!.child.killed).toEqual(["SIGKILL"]);
    h.launch.mockImplementationOnce(async (options: Record<string, unknown>) => new FakeBrowser(options, log, script, false));
    const q = await launched();
    kill.mockClear();
    q.killNow();
    expect(kill).not.toHaveBeenCalled();
    expect(tmpdirEntries()).toEqual([]);
  });

  it("printPdf() starts a browser, prints, and closes it, also when the print fails", async () => {
    const pdf = await printPdf({ files: files(PAGE), sourceDateEpoch: 0, executablePath: chrome, exitOnSignal: false });
    expect(pdf.toString("latin1")).toBe(PDF_AT_0);
    expect(log.at(-1)).toBe("browser close");
    script.goto = (pg) => void pg.request("http://example.com/");
    expect((await failure(printPdf({ files: files(PAGE), executablePath: chrome, exitOnSignal: false }))).message).toBe(msg.remoteRequest("http://example.com/"));
    expect(log.at(-1)).toBe("browser close");
    expect(tmpdirEntries()).toEqual([]);
  });

  it("kills the browsers not closed when the process exits", async () => {
    const p = await launched();
    const q = await launched();
    await q.close();
    const hooks = process.listeners("exit").filter((l) => !exitListenersBefore.includes(l));
    expect(hooks.length).toBe(1);
    kill.mockClear();
    hooks[0]!(0);
    // Only this file's browsers: an earlier test's printer may still be open.
    const mine = new Set(browsers.map((b) => -b.child.pid));
    expect(kill.mock.calls.filter((c) => mine.has(c[0] as number))).toEqual([[-browsers[0]!.child.pid, "SIGKILL"]]);
    expect(tmpdirEntries()).toEqual([]);
    await p.close();
  });
});

describe("PdfPrinter's signals (a one-shot print)", () => {
  const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const counts = (): number[] => SIGNALS.map((s) => process.listenerCount(s));
  /** The listener the printer added for `signal`. */
  const added = (before: Map<string, NodeJS.SignalsListener[]>, signal: string): NodeJS.SignalsListener => {
    const now = process.listeners(signal as NodeJS.Signals).filter((l) => !before.get(signal)!.includes(l));
    expect(now.length).toBe(1);
    return now[0]!;
  };
  const listeners = (): Map<string, NodeJS.SignalsListener[]> => new Map(SIGNALS.map((s) => [s, process.listeners(s)]));

  it("listens to SIGINT, SIGTERM and SIGHUP from launch until close, and not at all when the caller handles them", async () => {
    const before = counts();
    const w = await launched();
    expect(counts()).toEqual(before);
    await w.close();
    const p = await PdfPrinter.launch({ executablePath: chrome });
    expect(counts()).toEqual(before.map((n) => n + 1));
    await p.close();
    expect(counts()).toEqual(before);
    const k = await PdfPrinter.launch({ executablePath: chrome, exitOnSignal: true });
    expect(counts()).toEqual(before.map((n) => n + 1));
    k.killNow();
    expect(counts()).toEqual(before);
  });

  it("on a signal, kills the browser, removes its folders and re-raises the signal without its listener, once", async () => {
    for (const signal of SIGNALS) {
      const before = listeners();
      const p = await PdfPrinter.launch({ executablePath: chrome });
      const tracked = mkdtempSync(path.join(tmp, "tracked-"));
      p.track(tracked);
      const listener = added(before, signal);
      kill.mockClear();
      listener(signal);
      listener(signal);
      expect(kill.mock.calls, signal).toEqual([
        [-browsers.at(-1)!.child.pid, "SIGKILL"],
        [process.pid, signal],
      ]);
      expect(existsSync(tracked)).toBe(false);
      expect(tmpdirEntries()).toEqual([]);
      expect(counts()).toEqual(SIGNALS.map((s) => before.get(s)!.length));
    }
  });

  it("holds a signal that comes while the browser starts, then kills it and re-raises the signal", async () => {
    const before = listeners();
    let release!: () => void;
    h.launch.mockImplementationOnce(async (options: Record<string, unknown>) => {
      await new Promise<void>((r) => (release = r));
      const b = new FakeBrowser(options, log, script);
      browsers.push(b);
      return b;
    });
    const launching = PdfPrinter.launch({ executablePath: chrome });
    await vi.waitFor(() => expect(release).toBeTypeOf("function"));
    added(before, "SIGTERM")("SIGTERM");
    expect(kill).not.toHaveBeenCalled();
    release();
    await launching;
    expect(kill.mock.calls).toEqual([
      [-browsers[0]!.child.pid, "SIGKILL"],
      [process.pid, "SIGTERM"],
    ]);
    expect(tmpdirEntries()).toEqual([]);
    expect(counts()).toEqual(SIGNALS.map((s) => before.get(s)!.length));
  });

  it("re-raises a signal held while the browser failed to start, after removing its folders", async () => {
    const before = listeners();
    let fail!: (e: Error) => void;
    h.launch.mockImplementationOnce(() => new Promise((_ok, no) => (fail = no)));
    const launching = PdfPrinter.launch({ executablePath: chrome }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(fail).toBeTypeOf("function"));
    added(before, "SIGINT")("SIGINT");
    fail(new Error("no"));
    expect(((await launching) as Error).message).toBe(`could not start the browser ${chrome}: no`);
    expect(kill.mock.calls).toEqual([[process.pid, "SIGINT"]]);
    expect(counts()).toEqual(SIGNALS.map((s) => before.get(s)!.length));
    // Without a signal: the listeners go, nothing is raised.
    kill.mockClear();
    h.launch.mockRejectedValueOnce(new Error("no"));
    await failure(PdfPrinter.launch({ executablePath: chrome }));
    expect(kill).not.toHaveBeenCalled();
    expect(counts()).toEqual(SIGNALS.map((s) => before.get(s)!.length));
    expect(tmpdirEntries()).toEqual([]);
  });
});

describe("PdfPrinter: the page's own load, a profile already gone", () => {
  it("lets the page's own load through even when the page asked for something before it, and refuses the next one", async () => {
    const seen: string[] = [];
    script.goto = (pg) => {
      seen.push(pg.request("http://paper.invalid/paper.html").outcome!);
      seen.push(pg.request("http://paper.invalid/paper.html", { navigation: true, frame: pg.main }).outcome!);
      seen.push(pg.request("http://paper.invalid/paper.html", { navigation: true, frame: pg.main }).outcome!);
    };
    const p = await launched();
    expect((await failure(p.print({ files: files(PAGE) }))).message).toBe(msg.navigationRequest("http://paper.invalid/paper.html"));
    expect(seen.map((o) => o.split(" ").slice(0, 2).join(" "))).toEqual(["respond 200", "respond 200", "abort blockedbyclient"]);
    await p.close();
  });

  it("closes without fault when the browser already removed its profile", async () => {
    const p = await launched();
    rmSync(browsers[0]!.options.userDataDir as string, { recursive: true });
    await p.close();
    expect(tmpdirEntries()).toEqual([]);
  });
});
