/**
 * Builds the results of a git revision of this repository in a temporary
 * folder: `git archive` the tree (no checkout, so the working copy and index
 * are never touched), symlink this repo's node_modules (the revision is built
 * with today's dependencies, which the lockfile pins anyway), then run
 * `node scripts/dist.js` and `node bin/safety-gap.js compute --quiet --out`
 * (`dist/cli/main.js` in a tree without bin/). The folder is removed
 * afterwards, also on failure or interruption.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/review.js";
import type { Results } from "../results/types.js";
import { readProvenanceBeside, readResultsFile } from "./loadResults.js";
import type { Provenance } from "./provenance.js";

export interface RunResult {
  status: number;
  /** The signal that ended the program, if one did. */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}
export interface RunOptions {
  cwd: string;
  input?: Buffer;
  binary?: boolean;
  /** Aborting stops the program (SIGTERM). */
  signal?: AbortSignal;
}
/** Runs a program without a shell; injectable so tests can observe the steps. */
export type Runner = (cmd: string, args: string[], opts: RunOptions) => Promise<RunResult & { raw?: Buffer }>;

/**
 * Asynchronous, so the event loop, and with it the signal handlers below,
 * keeps running while a revision builds: spawnSync made Ctrl-C wait for the
 * build, which then was blamed for the interruption.
 */
export const spawnRunner: Runner = (cmd, args, opts) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, signal: opts.signal, killSignal: "SIGTERM", stdio: [opts.input ? "pipe" : "ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let failure = "";
    child.stdout?.on("data", (d: Buffer) => out.push(d));
    child.stderr?.on("data", (d: Buffer) => err.push(d));
    // A program that could not start (ENOENT); an abort is reported by its signal instead.
    child.on("error", (e) => {
      if (e.name !== "AbortError") failure = String(e);
    });
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(out);
      resolve({ status: code ?? 1, signal, stdout: opts.binary ? "" : stdout.toString("utf8"), stderr: Buffer.concat(err).toString() + failure, raw: stdout });
    });
    if (opts.input && child.stdin) {
      // A program that exits without reading all of its input (a failing tar) must not crash us with EPIPE.
      child.stdin.on("error", () => undefined);
      child.stdin.end(opts.input);
    }
  });

/** Thrown when SIGINT or SIGTERM stops a revision's build: the user's doing, not the revision's fault. */
export class RevisionInterrupted extends Error {
  constructor(
    readonly rev: string,
    readonly signal: NodeJS.Signals,
  ) {
    super(msg.revisionInterrupted(rev, signal));
  }

  /** 128 + the signal's number, as a shell reports a program the signal ended: 130 for SIGINT, 143 for SIGTERM. */
  get exitCode(): number {
    return 128 + (constants.signals[this.signal] ?? 2);
  }
}

/** The repository root containing `cwd`, or undefined outside a git repository. */
export async function repoRootOf(cwd: string, run: Runner = spawnRunner): Promise<string | undefined> {
  const r = await run("git", ["rev-parse", "--show-toplevel"], { cwd });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The full commit id of `rev`, or undefined when it does not name a commit. */
export async function resolveCommit(rev: string, cwd: string, run: Runner = spawnRunner): Promise<string | undefined> {
  if (rev.startsWith("-")) return undefined;
  const r = await run("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export async function materializeRevision(
  rev: string,
  commit: string,
  repoRoot: string,
  run: Runner = spawnRunner,
  opts: { render?: boolean } = {},
): Promise<{ results: Results; provenance?: Provenance }> {
  const tmp = mkdtempSync(join(tmpdir(), "safety-gap-diff-"));
  // Ctrl-C or SIGTERM during a long build stops the build; the finally below removes the folder.
  // A second signal while the build is stopping ends the process at once, still without the folder.
  const interrupt = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!interrupt.signal.aborted) {
      interrupt.abort(signal);
      return;
    }
    removeListeners();
    rmSync(tmp, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  const removeListeners = (): void => {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const tree = join(tmp, "tree");
    const out = join(tmp, "out");
    mkdirSync(tree);
    const step = async (cmd: string, args: string[], o: RunOptions) => {
      const r = await run(cmd, args, { ...o, signal: interrupt.signal });
      // A build ended by Ctrl-C (ours, or the terminal's to the whole process group) did not fail on its own.
      if (interrupt.signal.aborted) throw new RevisionInterrupted(rev, interrupt.signal.reason as NodeJS.Signals);
      if (r.signal === "SIGINT" || r.signal === "SIGTERM") throw new RevisionInterrupted(rev, r.signal);
      if (r.status !== 0) {
        throw new SafetyGapError(msg.revisionBuildFailed(rev, [cmd, ...args].join(" "), r.stderr + r.stdout), { file: rev }, msg.revisionBuildFailedHint());
      }
      return r;
    };
    const archive = await step("git", ["archive", "--format=tar", commit], { cwd: repoRoot, binary: true });
    await step("tar", ["-x", "-f", "-", "-C", tree], { cwd: tmp, input: archive.raw });
    const modules = join(repoRoot, "node_modules");
    if (existsSync(modules) && !existsSync(join(tree, "node_modules"))) symlinkSync(modules, join(tree, "node_modules"), "dir");
    await step("node", ["scripts/dist.js"], { cwd: tree });
    const canRender = opts.render === true && existsSync(join(tree, "dist", "cli", "commands", "build.js"));
    const command = canRender ? ["build", "--no-pdf", "--no-site", "--quiet", "--out", out] : ["compute", "--quiet", "--out", out];
    // The revision's bin/safety-gap.js calls main() itself; its dist/cli/main.js run directly checks
    // import.meta.url against file://argv[1], which fails in a TMPDIR with a space or a non-ASCII letter
    // in revisions older than the fix. Only a tree without bin/ falls back to it.
    const entry = existsSync(join(tree, "bin", "safety-gap.js")) ? "bin/safety-gap.js" : "dist/cli/main.js";
    await step("node", [entry, ...command], { cwd: tree });
    const file = existsSync(join(out, "results.json")) ? join(out, "results.json") : existsSync(out) && !out.endsWith("/") ? out : "";
    if (!file || !existsSync(file)) throw new SafetyGapError(msg.revisionNoResults(rev), { file: rev }, msg.revisionBuildFailedHint());
    const results = readResultsFile(file);
    const provenance = readProvenanceBeside(file);
    return provenance ? { results, provenance } : { results };
  } finally {
    removeListeners();
    rmSync(tmp, { recursive: true, force: true });
  }
}
