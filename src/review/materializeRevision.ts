/**
 * Builds the results of a git revision of this repository in a temporary
 * folder: `git archive` the tree (no checkout, so the working copy and index
 * are never touched), symlink this repo's node_modules (the revision is built
 * with today's dependencies, which the lockfile pins anyway), then run
 * `node scripts/dist.js` and `node dist/cli/main.js compute --quiet --out`.
 * The folder is removed afterwards, also on failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/review.js";
import type { Results } from "../results/types.js";
import { readProvenanceBeside, readResultsFile } from "./loadResults.js";
import type { Provenance } from "./provenance.js";

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}
/** Runs a program without a shell; injectable so tests can observe the steps. */
export type Runner = (cmd: string, args: string[], opts: { cwd: string; input?: Buffer; binary?: boolean }) => RunResult & { raw?: Buffer };

export const spawnRunner: Runner = (cmd, args, opts) => {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, input: opts.input, maxBuffer: 1 << 30 });
  const stdout = r.stdout ?? Buffer.alloc(0);
  return { status: r.status ?? 1, stdout: opts.binary ? "" : stdout.toString("utf8"), stderr: (r.stderr ?? "").toString() + (r.error ? String(r.error) : ""), raw: stdout };
};

/** The repository root containing `cwd`, or undefined outside a git repository. */
export function repoRootOf(cwd: string, run: Runner = spawnRunner): string | undefined {
  const r = run("git", ["rev-parse", "--show-toplevel"], { cwd });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The full commit id of `rev`, or undefined when it does not name a commit. */
export function resolveCommit(rev: string, cwd: string, run: Runner = spawnRunner): string | undefined {
  if (rev.startsWith("-")) return undefined;
  const r = run("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function materializeRevision(
  rev: string,
  commit: string,
  repoRoot: string,
  run: Runner = spawnRunner,
  opts: { render?: boolean } = {},
): { results: Results; provenance?: Provenance } {
  const tmp = mkdtempSync(join(tmpdir(), "safety-gap-diff-"));
  // Ctrl-C during a long build must not leave the temporary tree behind.
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(tmp, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const tree = join(tmp, "tree");
    const out = join(tmp, "out");
    mkdirSync(tree);
    const step = (cmd: string, args: string[], opts: { cwd: string; input?: Buffer; binary?: boolean }) => {
      const r = run(cmd, args, opts);
      if (r.status !== 0) {
        throw new SafetyGapError(msg.revisionBuildFailed(rev, [cmd, ...args].join(" "), r.stderr + r.stdout), { file: rev }, msg.revisionBuildFailedHint());
      }
      return r;
    };
    const archive = step("git", ["archive", "--format=tar", commit], { cwd: repoRoot, binary: true });
    step("tar", ["-x", "-f", "-", "-C", tree], { cwd: tmp, input: archive.raw });
    const modules = join(repoRoot, "node_modules");
    if (existsSync(modules) && !existsSync(join(tree, "node_modules"))) symlinkSync(modules, join(tree, "node_modules"), "dir");
    step("node", ["scripts/dist.js"], { cwd: tree });
    const canRender = opts.render === true && existsSync(join(tree, "dist", "cli", "commands", "build.js"));
    const command = canRender ? ["build", "--no-pdf", "--no-site", "--quiet", "--out", out] : ["compute", "--quiet", "--out", out];
    step("node", ["dist/cli/main.js", ...command], { cwd: tree });
    const file = existsSync(join(out, "results.json")) ? join(out, "results.json") : existsSync(out) && !out.endsWith("/") ? out : "";
    if (!file || !existsSync(file)) throw new SafetyGapError(msg.revisionNoResults(rev), { file: rev }, msg.revisionBuildFailedHint());
    const results = readResultsFile(file);
    const provenance = readProvenanceBeside(file);
    return provenance ? { results, provenance } : { results };
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    rmSync(tmp, { recursive: true, force: true });
  }
}
