/**
 * Builds the results of a git revision of the paper with the INSTALLED
 * safety-gap (never the revision's own code, so `diff` works in any
 * repository that holds a paper): `git archive` only the paper's report
 * folder and its templates/ (no checkout, so the working copy and index are
 * never touched), then run this package's bin/safety-gap.js `compute` (or
 * `build --no-pdf --no-site` with --render) on them in a temporary folder,
 * which is removed afterwards, also on failure or interruption.
 *
 * Built revisions are cached under `.cache/safety-gap/revisions/` beside the
 * report folder, keyed by a hash of the paper's input files at that revision
 * (their git blob ids, which are content hashes, so no checkout is needed to
 * compute the key), the tool's version and compiled code, and the command.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { loadConfig } from "../config/loadConfig.js";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/review.js";
import { hashFolders, sha256 } from "../pipeline/hashing.js";
import { packageRoot } from "../pipeline/packageRoot.js";
import { StageCache } from "../pipeline/stageCache.js";
import type { Results } from "../results/types.js";
import { parseResults, readProvenanceBeside, readResultsFile } from "./loadResults.js";
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
    // Both are pipes (stdio above), so never null.
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    // A program that could not start (ENOENT); an abort is reported by its signal instead.
    child.on("error", (e) => {
      if (e.name !== "AbortError") failure = String(e);
    });
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(out);
      resolve({ status: code ?? 1, signal, stdout: opts.binary ? "" : stdout.toString("utf8"), stderr: Buffer.concat(err).toString() + failure, raw: stdout });
    });
    if (opts.input) {
      // A program that exits without reading all of its input (a failing tar) must not crash us with EPIPE.
      child.stdin!.on("error", () => undefined);
      child.stdin!.end(opts.input);
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

/** The program that builds a revision: a safety-gap bin script run with node, and what identifies its code. */
export interface RevisionTool {
  bin: string;
  /** Changes whenever the tool could build differently (its version and compiled code). */
  identity: string;
}

/** This installed safety-gap: its bin/safety-gap.js, identified by its version and its compiled dist/. */
export function installedTool(): RevisionTool {
  const root = packageRoot();
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  return { bin: join(root, "bin", "safety-gap.js"), identity: `${version} ${hashFolders(root, ["dist/bundle", "dist/wasm"])}` };
}

export interface RevisionOptions {
  /** Build with `build --no-pdf --no-site` (results and provenance) instead of `compute`. */
  render?: boolean;
  /** The paper's report folder in the working tree; the same path is read at the revision. Default: `report` in the repository root. */
  reportDir?: string;
  /** Default: installedTool(). */
  tool?: RevisionTool;
  /** Told when a revision starts building (not for cached ones) and when it is done (null): the caller draws a progress line. */
  progress?: (building: string | null) => void;
}

/** Where the report folder lies in the repository, as a git path (forward slashes, no leading "./"). */
function repoPathOf(reportDir: string, repoRoot: string): string {
  // Both real paths: `git rev-parse --show-toplevel` resolves symlinks, the working folder may not.
  const parent = dirname(reportDir);
  const real = join(existsSync(parent) ? realpathSync(parent) : parent, basename(reportDir));
  const rel = relative(realpathSync(repoRoot), real);
  if (rel === "" || rel.startsWith("..") || resolve(rel) === rel) throw new SafetyGapError(msg.reportOutsideRepo(reportDir, repoRoot), { file: reportDir }, msg.reportOutsideRepoHint());
  return rel.split(sep).join("/");
}

export async function materializeRevision(rev: string, commit: string, repoRoot: string, run: Runner = spawnRunner, opts: RevisionOptions = {}): Promise<{ results: Results; provenance?: Provenance }> {
  const reportDir = opts.reportDir ?? join(repoRoot, "report");
  const reportPath = repoPathOf(reportDir, repoRoot);
  const paperPath = reportPath.includes("/") ? reportPath.slice(0, reportPath.lastIndexOf("/")) : "";
  const templatesPath = paperPath ? `${paperPath}/templates` : "templates";
  const fail = (r: RunResult, step: string): never => {
    throw new SafetyGapError(msg.revisionBuildFailed(rev, step, r.stderr + r.stdout), { file: rev }, msg.revisionBuildFailedHint());
  };

  // A paper whose results come from its own command (safety-gap.config.yaml) needs its whole folder: the
  // config, the command's script and inputs; it is built, as `compute` runs only the built-in study.
  const fromCommand = loadConfig(dirname(reportDir)).config.results !== "builtin";
  const listedPaths = fromCommand ? (paperPath ? [paperPath] : []) : [reportPath, templatesPath];
  // The paper's input files at the revision: "<mode> <type> <blob id>\t<path>" per file, NUL-separated.
  const listed = await run("git", ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...listedPaths], { cwd: repoRoot });
  if (listed.status !== 0) fail(listed, `git ls-tree ${commit}`);
  const files = listed.stdout.split("\0").filter(Boolean);
  if (!files.some((f) => f.split("\t")[1]!.startsWith(`${reportPath}/`))) throw new SafetyGapError(msg.revisionNoReport(rev, reportPath), { file: rev }, msg.revisionNoReportHint());
  const hasTemplates = files.some((f) => f.split("\t")[1]!.startsWith(`${templatesPath}/`));

  const tool = opts.tool ?? installedTool();
  const command = opts.render === true || fromCommand ? ["build", "--no-pdf", "--no-site"] : ["compute"];
  // Paths relative to the paper's folder: moving the paper within the repository keeps its cache.
  const paperFiles = files.map((f) => (paperPath ? f.replace(`\t${paperPath}/`, "\t") : f)).join("\n");
  const inputs = { paper: sha256(paperFiles), tool: tool.identity, command: command.join(" ") };
  const cache = new StageCache(join(dirname(reportDir), ".cache", "safety-gap"));
  const cached = cache.lookup("revisions", inputs);
  if (cached.hit) {
    const results = parseResults(Buffer.from(cached.files.get("results.json")!).toString("utf8"), `${rev}:results.json`);
    const prov = cached.files.get("provenance.json");
    return prov ? { results, provenance: JSON.parse(Buffer.from(prov).toString("utf8")) as Provenance } : { results };
  }

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
  opts.progress?.(rev);
  try {
    const tree = join(tmp, "tree");
    const out = join(tmp, "out");
    mkdirSync(tree);
    const step = async (cmd: string, args: string[], o: RunOptions, shown: string) => {
      const r = await run(cmd, args, { ...o, signal: interrupt.signal });
      // A build ended by Ctrl-C (ours, or the terminal's to the whole process group) did not fail on its own.
      if (interrupt.signal.aborted) throw new RevisionInterrupted(rev, interrupt.signal.reason as NodeJS.Signals);
      if (r.signal === "SIGINT" || r.signal === "SIGTERM") throw new RevisionInterrupted(rev, r.signal);
      if (r.status !== 0) fail(r, shown);
      return r;
    };
    const paths = fromCommand ? (paperPath ? [paperPath] : ["."]) : hasTemplates ? [reportPath, templatesPath] : [reportPath];
    const archive = await step("git", ["archive", "--format=tar", commit, "--", ...paths], { cwd: repoRoot, binary: true }, `git archive ${commit}`);
    await step("tar", ["-x", "-f", "-", "-C", tree], { cwd: tmp, input: archive.raw }, "tar -x");
    const paperDir = join(tree, ...(paperPath ? paperPath.split("/") : []));
    // The command imports what the paper's project installed (`safety-gap/random`, its own packages): the
    // temporary copy sees the working tree's node_modules.
    const modules = fromCommand ? nearestNodeModules(dirname(reportDir)) : undefined;
    if (modules && !existsSync(join(paperDir, "node_modules"))) symlinkSync(modules, join(paperDir, "node_modules"), "dir");
    const args = [...command, "--report", join(tree, ...reportPath.split("/")), "--quiet", "--out", out];
    await step(process.execPath, [tool.bin, ...args], { cwd: paperDir }, `safety-gap ${command.join(" ")} --quiet`);
    const file = join(out, "results.json");
    if (!existsSync(file)) throw new SafetyGapError(msg.revisionNoResults(rev), { file: rev }, msg.revisionBuildFailedHint());
    const results = readResultsFile(file);
    const provenance = readProvenanceBeside(file);
    const stored = new Map<string, Uint8Array>([["results.json", readFileSync(file)]]);
    if (provenance) stored.set("provenance.json", readFileSync(join(out, "provenance.json")));
    cache.store("revisions", inputs, stored);
    return provenance ? { results, provenance } : { results };
  } finally {
    opts.progress?.(null);
    removeListeners();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The node_modules folder Node would search first from `dir`: in it or its nearest ancestor. */
function nearestNodeModules(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, "node_modules"))) return join(d, "node_modules");
    if (dirname(d) === d) return undefined;
  }
}
