/**
 * Hostile input for the print page: each case patches a copy of a small
 * project's templates/ or report/ (built once, so out/ holds a previous
 * build), builds it and checks the exit code, the message (the source file
 * and line, what was asked for, a fix), that out/ is byte for byte the
 * previous build when the build fails, that no temporary folder is left,
 * that a local listener saw no connection, and that no line of /etc/passwd
 * reached the PDF.
 *
 * A few cases run the real CLI (`safety-gap build` in a child process, its
 * own browser started and closed): the whole path, exit code and clean-up of
 * a one-shot print included. The others run the same build in this process
 * (the build command's options and runCommand's error-to-exit mapping),
 * printing with one browser started for the file, as watch mode does: a
 * start of Node and of Chromium per case would cost several seconds each.
 *
 * Most payloads go into templates/, which the print sandbox alone stands
 * behind; the Markdown ones may also be refused by render before printing,
 * and must then name the same file and line.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { ConnectionCounter } from "../helpers/connectionCounter.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../src/pdf/findBrowser.js";
import { PdfPrinter } from "../../src/pdf/PdfPrinter.js";
import { build as buildPipeline } from "../../src/pipeline/build.js";
import { nodeEffects } from "../../src/pipeline/effects.js";
import { resolveOptions } from "../../src/pipeline/resolveOptions.js";
import { runCommand } from "../../src/cli/runCommand.js";
import { pdfPlainText } from "../helpers/pdfText.js";
import { snapshotTree } from "../helpers/snapshotTree.js";
import { smallProjectCached } from "../pipeline/smallProject.js";

const cli = join(import.meta.dirname, "..", "..", "bin", "safety-gap.js");
const PASSWD = "root:x:0:0";
const TIMEOUT = 180_000;

interface Run {
  code: number | null;
  stderr: string;
  /** The TMPDIR the build had, a fresh folder. */
  tmp: string;
}

/** `safety-gap build --no-site --quiet` in `dir` (the CLI in a child process), with its own TMPDIR; a build that hangs is killed and fails the test. */
function buildCli(dir: string): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), "sg-hostile-tmp-"));
  made.push(tmp);
  const child = spawn(process.execPath, [cli, "build", "--no-site", "--quiet"], { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT - 20_000);
  return new Promise((ok) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      ok({ code, stderr, tmp });
    }),
  );
}

/** The browser the in-process builds print with, started once for this file. */
let printer: PdfPrinter | undefined;

/**
 * What `safety-gap build --no-site --quiet` does in `dir`, in this process
 * (working folder `dir`, TMPDIR a fresh folder, both restored after), with
 * the PDF printed by `printer`: the exit code and stderr runCommand gives.
 */
async function buildInProcess(dir: string): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), "sg-hostile-tmp-"));
  made.push(tmp);
  let stderr = "";
  const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), isTTY: false, cwd: dir, env: process.env };
  const cwd = process.cwd();
  const savedTmp = process.env.TMPDIR;
  process.chdir(dir);
  process.env.TMPDIR = tmp;
  try {
    const code = await runCommand(
      "build",
      async () => ({
        name: "build",
        help: "",
        async run() {
          // As the build command resolves --no-site (src/cli/commands/build.ts), with the file's browser.
          const report = await buildPipeline(resolveOptions({ cwd: dir, pdf: true, site: false, strict: false }), nodeEffects(process.env), printer);
          for (const w of report.warnings) io.stderr(`warning: ${w}\n`);
          return 0;
        },
      }),
      [],
      io,
    );
    return { code, stderr, tmp };
  } finally {
    process.chdir(cwd);
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
}

let base = "";
let before: Record<string, string> = {};
let listener: ConnectionCounter;

beforeAll(async () => {
  listener = await ConnectionCounter.listen();
  if (!browserAvailable()) return;
  printer = await PdfPrinter.launch({ exitOnSignal: false });
  base = await smallProjectCached();
  made.push(base);
  // The review stage has nothing to do with the page: without these files it is skipped, and each build is a second shorter.
  for (const f of ["published.yaml", "claims.yaml"]) rmSync(join(base, "report", f));
  const first = await buildInProcess(base);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  before = snapshotTree(join(base, "out"));
}, TIMEOUT);
/** Folders this file made, removed at the end. */
const made: string[] = [];
afterAll(async () => {
  await printer?.close();
  for (const d of made) rmSync(d, { recursive: true, force: true });
  await listener.close();
});

/** A copy of the built project: report/, templates/, its cache and out/. */
function copyOfBase(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-hostile-"));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  return dir;
}

/** Replaces `anchor` in `file` by `anchor` + a new line with `payload`; returns the payload's 1-based line. */
function patch(dir: string, file: string, anchor: string, payload: string): number {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf(anchor);
  expect(at, `${file} has ${anchor}`).toBeGreaterThanOrEqual(0);
  const out = `${text.slice(0, at + anchor.length)}\n${payload}${text.slice(at + anchor.length)}`;
  writeFileSync(path, out);
  return out.slice(0, at + anchor.length).split("\n").length + 1;
}

/** A copy of the built project with one file patched (see patch). */
function patched(file: string, anchor: string, payload: string): { dir: string; line: number } {
  const dir = copyOfBase();
  return { dir, line: patch(dir, file, anchor, payload) };
}

const TEMPLATE = "templates/paper.html";
const HEAD = '<meta charset="utf-8">';
const BODY = "<body>";
const MARKDOWN = "report/paper/02-methods.md";
const MD_END = "for reproducibility.";

/**
 * The text of a PDF, extracted once per distinct file: a refused build leaves
 * the previous PDF in out/, the same bytes case after case, and each
 * extraction parses the whole PDF with pdfjs.
 */
const pdfTexts = new Map<string, Promise<string>>();
function pdfTextOf(pdf: Buffer): Promise<string> {
  const key = createHash("sha256").update(pdf).digest("hex");
  let text = pdfTexts.get(key);
  if (text === undefined) pdfTexts.set(key, (text = pdfPlainText(pdf).then((pages) => pages.join("\n"))));
  return text;
}

/** What every case holds to: no leftover temporary folder, no connection, no stack trace, no temp path, no passwd in the PDF. */
async function common(dir: string, run: Run): Promise<void> {
  expect(readdirSync(run.tmp)).toEqual([]);
  expect(listener.accepted).toBe(0);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at |safety-gap-(print|chromium)|\/tmp\//);
  const text = await pdfTextOf(readFileSync(join(dir, "out", "paper.pdf")));
  expect(text).not.toContain(PASSWD);
  expect(text).not.toContain("SCRIPT RAN");
}

/** A refused build: exit 2, the message's first line exactly `head` (a RegExp for the tail), a fix, out/ unchanged. */
async function refused(dir: string, run: Run, head: RegExp): Promise<void> {
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.replace(/^warning: .*\n/gm, "").split("\n");
  expect(lines[0]).toMatch(head);
  expect(run.stderr).toMatch(/\n {2}fix: \S/);
  expect(snapshotTree(join(dir, "out"))).toEqual(before);
  await common(dir, run);
}

/** A build that goes through because the payload is inert in the print page: exit 0, the script did nothing. */
async function inert(dir: string, run: Run): Promise<void> {
  expect(run.stderr.replace(/^warning: .*\n/gm, ""), run.stderr).toBe("");
  expect(run.code).toBe(0);
  await common(dir, run);
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

describe.skipIf(!browserAvailable())("hostile print page", () => {
  const target = (): string => `127.0.0.1:${listener.port}`;

  // Inert in the print page, so one build holds them all: each script writes a marker the PDF must not show.
  it(
    "<script>alert(1)</script>, a WebSocket, navigator.serviceWorker, preconnect and dns-prefetch in the template: builds, and nothing runs or connects (CLI)",
    async () => {
      const dir = copyOfBase();
      patch(dir, TEMPLATE, HEAD, `<link rel="preconnect" href="http://${target()}">\n<link rel="dns-prefetch" href="http://${target()}">`);
      patch(
        dir,
        TEMPLATE,
        BODY,
        [
          `<script>alert(1); confirm("x"); onbeforeunload = () => "stay"; document.body.append("SCRIPT RAN")</script>`,
          `<script>new WebSocket("ws://${target()}/"); document.body.append("SCRIPT RAN")</script>`,
          `<script>navigator.serviceWorker.register("sw.js"); document.body.append("SCRIPT RAN")</script>`,
        ].join("\n"),
      );
      listener.accepted = 0;
      await inert(dir, await buildCli(dir));
    },
    TIMEOUT,
  );

  const refusedCases: [string, () => { file: string; anchor: string; payload: string; ref: string; message: string }][] = [
    ['<iframe src="file:///etc/passwd"> in the template', () => ({ file: TEMPLATE, anchor: BODY, payload: '<iframe src="file:///etc/passwd"></iframe>', ref: "file:///etc/passwd", message: "a file of the machine" })],
    ['<img src="file:///etc/passwd"> in the template', () => ({ file: TEMPLATE, anchor: BODY, payload: '<p><img src="file:///etc/passwd" alt=""></p>', ref: "file:///etc/passwd", message: "a file of the machine" })],
    ["../../../../etc/passwd in the template", () => ({ file: TEMPLATE, anchor: BODY, payload: '<iframe src="../../../../etc/passwd"></iframe>', ref: "../../../../etc/passwd", message: "which is not one of the page's files" })],
    ["a remote <img> in the template", () => ({ file: TEMPLATE, anchor: BODY, payload: `<img src="http://${target()}/logo.png" alt="">`, ref: `http://${target()}/logo.png`, message: "which is on the network" })],
    ["a meta refresh in the template", () => ({ file: TEMPLATE, anchor: HEAD, payload: `<meta http-equiv="refresh" content="0;url=http://${target()}/">`, ref: `0;url=http://${target()}/`, message: "" })],
    ["a missing asset in the template", () => ({ file: TEMPLATE, anchor: HEAD, payload: '<link rel="stylesheet" href="assets/paper/extra.css">', ref: "assets/paper/extra.css", message: "which is not one of the page's files" })],
    ["a CSS @import of a remote sheet", () => ({ file: "templates/paper.css", anchor: "", payload: "@import url(https://example.com/x.css);", ref: "https://example.com/x.css", message: "which is on the network" })],
    ["a CSS url() out of the page in print.css", () => ({ file: "templates/print.css", anchor: "", payload: "body { background: url(../../../../../etc/passwd); }", ref: "../../../../../etc/passwd", message: "which is not one of the page's files" })],
  ];
  // The first through the CLI, with its own browser; the others in this process.
  refusedCases.forEach(([name, make], i) =>
    it(
      `${name}: exit 2 at the source's line, out/ unchanged${i === 0 ? " (CLI)" : ""}`,
      async () => {
        const c = make();
        const { dir, line } = patched(c.file, c.anchor, c.payload);
        listener.accepted = 0;
        const run = await (i === 0 ? buildCli : buildInProcess)(dir);
        const what = c.message === "" ? "navigates to" : "asks for";
        const col = c.payload.indexOf(c.ref) + 1;
        await refused(dir, run, new RegExp(`^safety-gap build: ${esc(c.file)}:${line}:${col}: the page ${what} ${esc(c.ref)}${c.message === "" ? "" : `, ${esc(c.message)}`}`));
        // The excerpt shows the line and points at the reference.
        expect(run.stderr).toContain(`  ${line} | ${c.payload}`);
      },
      TIMEOUT,
    ),
  );

  // Raw HTML in Markdown may be refused when it is rendered, or by the print sandbox: either way at the Markdown's line.
  const markdownCases: [string, (t: string) => string][] = [
    ["a remote image", (t) => `![logo](http://${t}/logo.png)`],
    ['<img src="file:///etc/passwd">', () => '<img src="file:///etc/passwd" alt="">'],
    ['<iframe src="file:///etc/passwd">', () => '<iframe src="file:///etc/passwd"></iframe>'],
  ];
  for (const [name, payload] of markdownCases)
    it(
      `${name} in Markdown: exit 2 at the Markdown file's line, out/ unchanged`,
      async () => {
        const { dir, line } = patched(MARKDOWN, MD_END, `\n${payload(target())}`);
        listener.accepted = 0;
        await refused(dir, await buildInProcess(dir), new RegExp(`^safety-gap build: ${esc(MARKDOWN)}:${line + 1}(:\\d+)?: `));
      },
      TIMEOUT,
    );

  for (const [link, cli] of [["report/paper/06-passwd.md", true], ["templates/paper.css", false]] as const)
    it(
      `${link} as a symbolic link to /etc/passwd: exit 2 naming the link, before anything is read${cli ? " (CLI)" : ""}`,
      async () => {
        const dir = copyOfBase();
        rmSync(join(dir, link), { force: true });
        symlinkSync("/etc/passwd", join(dir, link));
        const run = await (cli ? buildCli : buildInProcess)(dir);
        await refused(dir, run, new RegExp(`^safety-gap build: ${esc(link)}: a symbolic link to /etc/passwd, outside the report and templates folders`));
        expect(run.stderr).not.toContain(PASSWD);
      },
      TIMEOUT,
    );

  it(
    "<script>alert(1)</script> in Markdown: does not hang; inert, or refused at its line",
    async () => {
      const { dir, line } = patched(MARKDOWN, MD_END, '\n<script>alert(1); document.body.append("SCRIPT RAN")</script>');
      listener.accepted = 0;
      const run = await buildInProcess(dir);
      if (run.code === 0) await inert(dir, run);
      else await refused(dir, run, new RegExp(`^safety-gap build: ${esc(MARKDOWN)}:${line + 1}(:\\d+)?: `));
    },
    TIMEOUT,
  );
});
