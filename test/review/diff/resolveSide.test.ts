// A diff side from a results file, an output folder, or a git revision (git answered by a fake runner: no process starts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import type { Runner } from "../../../src/review/materializeRevision.js";
import { resolveSide } from "../../../src/review/resolveSide.js";
import { syntheticResults } from "../syntheticResults.js";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";

/** git as a fake: the repository root and the commit are given or not; every other step fails. */
function fakeGit(root: string | undefined, commit: string | undefined, calls: string[][]): Runner {
  return (cmd, args) => {
    calls.push([cmd, ...args]);
    const ok = (stdout: string) => Promise.resolve({ status: 0, stdout: `${stdout}\n`, stderr: "" });
    if (args[1] === "--show-toplevel") return root ? ok(root) : Promise.resolve({ status: 128, stdout: "", stderr: "not a git repository" });
    if (args[1] === "--verify") return commit ? ok(commit) : Promise.resolve({ status: 1, stdout: "", stderr: "" });
    return Promise.resolve({ status: 1, stdout: "", stderr: "fake step failed" });
  };
}

async function errorOf(p: Promise<unknown>): Promise<SafetyGapError> {
  try {
    await p;
  } catch (e) {
    return e as SafetyGapError;
  }
  throw new Error("resolved");
}

/** git and the build as fakes that succeed: the "build" writes results.json where --out says. */
function fakeBuild(root: string, json: string): Runner {
  return (cmd, args) => {
    const ok = (stdout: string) => Promise.resolve({ status: 0, stdout, stderr: "" });
    if (args[1] === "--show-toplevel") return ok(`${root}\n`);
    if (args[1] === "--verify") return ok(`${COMMIT}\n`);
    if (args[0] === "ls-tree") return ok("100644 blob 1111111111111111111111111111111111111111\treport/paper.md\0");
    if (cmd === process.execPath) {
      const out = args[args.indexOf("--out") + 1]!;
      mkdirSync(out);
      writeFileSync(join(out, "results.json"), json);
    }
    return ok("");
  };
}

describe("resolveSide", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "resolve-side-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a results file, with the provenance.json beside it when there is one", async () => {
    const results = syntheticResults();
    writeFileSync(join(dir, "results.json"), JSON.stringify(results));
    const calls: string[][] = [];
    const bare = await resolveSide("results.json", dir, fakeGit(undefined, undefined, calls));
    expect(bare.label).toBe("results.json");
    expect(bare.results.numbers["summary.7B.CAI.delta"]).toBe(results.numbers["summary.7B.CAI.delta"]);
    expect("provenance" in bare).toBe(false);
    const provenance = { usage: [{ key: "summary.7B.CAI.delta", where: "Table 2" }], sentences: [] };
    writeFileSync(join(dir, "provenance.json"), JSON.stringify(provenance));
    const side = await resolveSide(".", dir, fakeGit(undefined, undefined, calls));
    expect(side.label).toBe(".");
    expect(side.provenance).toEqual(provenance);
    // Files win: git is never asked.
    expect(calls).toEqual([]);
  });

  it("refuses an argument that is no file outside a git repository", async () => {
    const calls: string[][] = [];
    const e = await errorOf(resolveSide("main", dir, fakeGit(undefined, COMMIT, calls)));
    expect(e.message).toBe("'main' is neither a file, a folder with results.json, nor a git revision of this repository");
    expect(e.where).toEqual({ file: "main" });
    expect(e.hint).toBe("check the path, or run `git log --oneline` for revisions");
    expect(calls).toEqual([["git", "rev-parse", "--show-toplevel"]]);
  });

  it("refuses an argument that is no file and no revision of the repository", async () => {
    const calls: string[][] = [];
    const e = await errorOf(resolveSide("nosuchbranch", dir, fakeGit(dir, undefined, calls)));
    expect(e.message).toBe("'nosuchbranch' is neither a file, a folder with results.json, nor a git revision of this repository");
    expect(e.where).toEqual({ file: "nosuchbranch" });
    expect(calls).toEqual([
      ["git", "rev-parse", "--show-toplevel"],
      ["git", "rev-parse", "--verify", "--quiet", "nosuchbranch^{commit}"],
    ]);
  });

  it("builds a revision that git knows (the fake build fails at its first step)", async () => {
    const calls: string[][] = [];
    const e = await errorOf(resolveSide("main", dir, fakeGit(dir, COMMIT, calls), { tool: { bin: join(dir, "tool.mjs"), identity: "fake" } }));
    expect(e.message).toBe(`building revision main failed at \`git ls-tree ${COMMIT}\`:\nfake step failed`);
    expect(calls.slice(0, 2)).toEqual([
      ["git", "rev-parse", "--show-toplevel"],
      ["git", "rev-parse", "--verify", "--quiet", "main^{commit}"],
    ]);
  });

  it("labels a built revision with the argument and its commit's first 10 characters, without provenance when the build wrote none", async () => {
    const results = syntheticResults();
    const side = await resolveSide("main", dir, fakeBuild(dir, JSON.stringify(results)), { tool: { bin: join(dir, "tool.mjs"), identity: "fake" } });
    expect(side.label).toBe("main (0123456789)");
    expect(side.results.numbers["summary.7B.CAI.delta"]).toBe(results.numbers["summary.7B.CAI.delta"]);
    expect(Object.keys(side).sort()).toEqual(["label", "results"]);
  });
});
