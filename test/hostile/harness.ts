/**
 * Hostile-input harness: each case is a patch to a fresh copy of the
 * project's report/ and templates/, built by the real CLI
 * (bin/safety-gap.js, the bundle `npm test` compiles) in a folder that holds
 * an out/ from an earlier, good build. A case's outcome is the exit code,
 * stdout and stderr, and whether out/ is still byte for byte what it was.
 *
 * Speed: the baseline is built once per test file, starting from a copy of
 * the real build's stage cache (../helpers/realOutput.ts), so compute and
 * the figures are not run again; every case gets its own copy of the sources
 * and of out/, and shares the baseline's stage cache (.cache/ beside report/,
 * a symbolic link), so a case costs about one start of the CLI.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { realBuild } from "../helpers/realOutput.js";
import { main } from "../../src/cli/main.js";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(REPO, "bin", "safety-gap.js");

/** `build` without the PDF (Chromium is the sandbox's business, and slow) and, unless a case needs it, without the supplement. */
export const BUILD_FAST = ["build", "--no-pdf", "--no-site", "--quiet"];
export const BUILD_WITH_SITE = ["build", "--no-pdf", "--quiet"];

export interface Baseline {
  /** Folder with report/, templates/, .cache/ and the good out/. */
  root: string;
  /** treeHash of root/out after the good build. */
  outHash: string;
  /** Removes every folder the baseline and its cases made. */
  dispose(): void;
}

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The case's folder (report/, templates/, out/), kept until the baseline is disposed. */
  dir: string;
  /** Whether out/ is byte-identical to the baseline's after the run. */
  outUnchanged: boolean;
}

/** SHA-256 over every path below `dir` (sorted) with its type and bytes or link target. */
export function treeHash(dir: string): string {
  const h = createHash("sha256");
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) h.update(`L ${rel} ${readlinkSync(p)}\n`);
      else if (st.isDirectory()) {
        h.update(`D ${rel}\n`);
        walk(p);
      } else {
        h.update(`F ${rel} ${st.size}\n`);
        h.update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return h.digest("hex");
}

/** Runs the CLI in `cwd`; never rejects (a failing command is an outcome). */
export function runCli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Big enough for a 50 MB echo, so a regression shows as a failed size assertion, not a killed child.
    execFile(process.execPath, [CLI, ...args], { cwd, maxBuffer: 200 * 1024 * 1024, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === "number" ? ((error as { code: number }).code) : error ? null : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Copies report/ and templates/ from the repository and builds out/ once with `args`. */
export async function makeBaseline(args: string[] = BUILD_FAST): Promise<Baseline> {
  const root = mkdtempSync(join(tmpdir(), "safety-gap-hostile-"));
  cpSync(join(REPO, "report"), join(root, "report"), { recursive: true });
  cpSync(join(REPO, "templates"), join(root, "templates"), { recursive: true });
  cpSync((await realBuild()).cache, join(root, ".cache"), { recursive: true });
  const r = await runCli(args, root);
  if (r.code !== 0) throw new Error(`the baseline build failed (exit ${r.code}):\n${r.stderr}`);
  return { root, outHash: treeHash(join(root, "out")), dispose: () => rmSync(root, { recursive: true, force: true }) };
}

let caseCount = 0;

/**
 * A fresh copy of the baseline's sources and out/, patched by `patch`
 * (called with the case folder: report/ and templates/ are below it), then
 * `args` run in it.
 */
export async function runCase(base: Baseline, patch: (dir: string) => void, args: string[] = BUILD_FAST): Promise<Outcome> {
  const dir = join(base.root, "cases", String(++caseCount));
  mkdirSync(dir, { recursive: true });
  for (const part of ["report", "templates", "out"]) cpSync(join(base.root, part), join(dir, part), { recursive: true });
  symlinkSync(join(base.root, ".cache"), join(dir, ".cache"));
  patch(dir);
  const r = await runCli(args, dir);
  return { ...r, dir, outUnchanged: treeHash(join(dir, "out")) === base.outHash };
}

/** The in-process case running now: they take turns, as each moves the process into its folder. */
let inProcessTurn: Promise<unknown> = Promise.resolve();

/**
 * As runCase, with `args` run in this process by the CLI's own entry
 * (src/cli/main.ts, what bin/safety-gap.js runs from its bundle), in the
 * case's folder as the working folder (messages name files relative to it):
 * the same exit code and stderr without a start of Node and of the bundle.
 * For cases about what the build says and leaves, not about the process
 * (runCase keeps a few of those through the real CLI). Only for files in
 * vitest's isolated project, which have their process to themselves.
 */
export function runCaseInProcess(base: Baseline, patch: (dir: string) => void, args: string[] = BUILD_FAST): Promise<Outcome> {
  const run = async (): Promise<Outcome> => {
    const dir = join(base.root, "cases", String(++caseCount));
    mkdirSync(dir, { recursive: true });
    for (const part of ["report", "templates", "out"]) cpSync(join(base.root, part), join(dir, part), { recursive: true });
    symlinkSync(join(base.root, ".cache"), join(dir, ".cache"));
    patch(dir);
    let stdout = "";
    let stderr = "";
    const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), isTTY: false, cwd: dir, env: { ...process.env, NO_COLOR: "1" } };
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const code = await main(args, io);
      return { code, stdout, stderr, dir, outUnchanged: treeHash(join(dir, "out")) === base.outHash };
    } finally {
      process.chdir(cwd);
    }
  };
  const outcome = inProcessTurn.then(run);
  inProcessTurn = outcome.catch(() => undefined);
  return outcome;
}

/**
 * Starts `jobs`, at most `parallel` at a time (the machine has 2 cores), and
 * returns one promise per job: each test awaits its own case, so no single
 * hook waits for all of them.
 */
export function startAll<T>(jobs: (() => Promise<T>)[], parallel = 2): Promise<T>[] {
  const settle = jobs.map(() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    return { promise, resolve, reject };
  });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      try {
        settle[i]!.resolve(await jobs[i]!());
      } catch (e) {
        settle[i]!.reject(e);
      }
    }
  };
  for (let k = 0; k < Math.min(parallel, jobs.length); k++) void worker();
  // A case whose test is filtered out (vitest -t) is never awaited: its failure must not surface as an unhandled rejection.
  for (const s of settle) s.promise.catch(() => undefined);
  return settle.map((s) => s.promise);
}

export interface ExpectedError {
  command?: string;
  /** As the message shows it, e.g. report/paper/05-conclusion.md. */
  file: string;
  line?: number;
  column?: number;
  /** The field path SafetyGapError.format writes after the place, e.g. `seed`. */
  path?: string;
  message: RegExp;
  /** The `  fix:` line; omitted for a message that has none (model.yaml's range errors from src/params). */
  fix?: RegExp;
  code?: number;
}

/**
 * The outcome is one clean error: exit 2 (or `code`), stderr starting with
 * `safety-gap <command>: file:line:col: message` as SafetyGapError.format
 * writes it, a `  fix:` line matching `fix`, no stack trace or "internal
 * error", and out/ as it was.
 */
export function expectCleanError(o: Outcome, e: ExpectedError): void {
  const place = `${e.file}${e.line !== undefined ? `:${e.line}` : ""}${e.column !== undefined ? `:${e.column}` : ""}${e.path !== undefined ? ` (${e.path})` : ""}`;
  expect(o.stderr.startsWith(`safety-gap ${e.command ?? "build"}: ${place}: `), `stderr starts with the place ${place}:\n${o.stderr.slice(0, 2000)}`).toBe(true);
  const first = o.stderr.split("\n")[0]!;
  expect(first.slice(`safety-gap ${e.command ?? "build"}: ${place}: `.length)).toMatch(e.message);
  const fix = o.stderr.split("\n").find((l) => l.startsWith("  fix: "));
  if (e.fix) {
    expect(fix, `a fix line in:\n${o.stderr.slice(0, 2000)}`).toBeDefined();
    expect(fix!).toMatch(e.fix);
  }
  expect(o.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?\n|SafetyGapError:/);
  expect(o.code).toBe(e.code ?? 2);
  expect(o.outUnchanged, "out/ is byte-identical to the baseline's").toBe(true);
}

/** Replaces `from` (a string that must occur) in the file `rel` below `dir`. */
export function edit(dir: string, rel: string, from: string | RegExp, to: string): void {
  const file = join(dir, rel);
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${rel}: ${String(from)} not found (the case no longer applies to the report)`);
  writeFileSync(file, next);
}
