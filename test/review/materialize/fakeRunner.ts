/**
 * A fake Runner for materializeRevision: it records each step and answers as
 * git, tar and the safety-gap tool would, in-process. `git ls-tree` lists the
 * given files; `tar -x` makes the paper's folders under its `-C` folder; the
 * tool writes results.json (and provenance.json for `build`) into its --out
 * folder. Any step's answer can be replaced (the tool's then writes nothing).
 */
import { existsSync, lstatSync, mkdirSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunOptions, RunResult, Runner } from "../../../src/review/materializeRevision.js";
import { syntheticResults } from "../syntheticResults.js";

export const COMMIT = "0123456789abcdef0123456789abcdef01234567";
export const RESULTS_JSON = JSON.stringify(syntheticResults());
export const PROVENANCE = { usage: [{ key: "summary.13B.RLVR.delta", where: "Section 3.6" }], sentences: [{ id: "s3.6-1", where: "Section 3.6", text: "RLVR narrows the gap.", keys: ["summary.13B.RLVR.delta"] }] };

/** One `git ls-tree -r -z` entry. */
export const entry = (path: string, blob = "1".repeat(40)): string => `100644 blob ${blob}\t${path}`;

export interface Call {
  cmd: string;
  args: string[];
  opts: RunOptions;
}

export type Step = "ls-tree" | "archive" | "tar" | "tool";
export type Answer = RunResult & { raw?: Buffer };

export interface FakeOptions {
  /** The paths `git ls-tree` lists (default: report/paper.md and templates/page.html). */
  files?: string[];
  /** The folders `tar -x` makes, relative to its -C folder (default: the folders of `files`). */
  extract?: string[];
  /** Replaces a step's answer. */
  answer?: Partial<Record<Step, (call: Call) => Answer | Promise<Answer>>>;
  /** Called when the tool starts, before it writes its files. */
  onTool?: (call: Call) => void;
  /** Whether the tool writes results.json (default true). */
  writesResults?: boolean;
}

export const ok = (stdout = ""): Answer => ({ status: 0, signal: null, stdout, stderr: "" });
export const TAR_BYTES = Buffer.from("the archive's bytes");

export function stepOf(cmd: string, args: string[]): Step {
  if (cmd === "git" && args[0] === "ls-tree") return "ls-tree";
  if (cmd === "git" && args[0] === "archive") return "archive";
  if (cmd === "tar") return "tar";
  if (cmd === process.execPath) return "tool";
  throw new Error(`unexpected step: ${cmd} ${args.join(" ")}`);
}

/** What the tool saw in its working folder: a node_modules symlink's target, a folder, or nothing. */
export function nodeModulesSeen(cwd: string): string {
  const p = join(cwd, "node_modules");
  if (!existsSync(p)) return "none";
  return lstatSync(p).isSymbolicLink() ? `link to ${readlinkSync(p)}` : "folder";
}

export function fakeRunner(calls: Call[], o: FakeOptions = {}): Runner {
  const files = o.files ?? ["report/paper.md", "templates/page.html"];
  const extract = o.extract ?? [...new Set(files.map((f) => f.slice(0, f.lastIndexOf("/"))))];
  return async (cmd, args, opts) => {
    const call = { cmd, args, opts };
    calls.push(call);
    const step = stepOf(cmd, args);
    if (step === "tool" && o.answer?.tool === undefined) {
      o.onTool?.(call);
      const out = args[args.indexOf("--out") + 1]!;
      mkdirSync(out, { recursive: true });
      if (o.writesResults !== false) writeFileSync(join(out, "results.json"), RESULTS_JSON);
      if (args[1] === "build") writeFileSync(join(out, "provenance.json"), JSON.stringify(PROVENANCE));
    }
    const answer = o.answer?.[step];
    if (answer) return answer(call);
    if (step === "ls-tree") return ok(files.map((f) => `${entry(f)}\0`).join(""));
    if (step === "archive") return { ...ok(), raw: TAR_BYTES };
    if (step === "tar") for (const d of extract) mkdirSync(join(args[4]!, d), { recursive: true });
    return ok();
  };
}
