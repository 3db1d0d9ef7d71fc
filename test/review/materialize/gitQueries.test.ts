// The small pieces around a revision's build: the repository root and a revision's commit as git answers
// them (a fake Runner: no process starts), the installed tool, and the interruption's exit code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashFolders } from "../../../src/pipeline/hashing.js";
import { packageRoot } from "../../../src/pipeline/packageRoot.js";
import { installedTool, repoRootOf, resolveCommit, RevisionInterrupted, type Runner } from "../../../src/review/materializeRevision.js";
import type { Call } from "./fakeRunner.js";

/** git answering every question with this status and output. */
function git(status: number, stdout: string, calls: Call[]): Runner {
  return (cmd, args, opts) => {
    calls.push({ cmd, args, opts });
    return Promise.resolve({ status, signal: null, stdout, stderr: status === 0 ? "" : "fatal: not a git repository" });
  };
}

describe("repoRootOf", () => {
  it("asks git for the top level in the given folder, and trims its answer", async () => {
    const calls: Call[] = [];
    expect(await repoRootOf("/work/paper/report", git(0, " /work/paper \n", calls))).toBe("/work/paper");
    expect(calls).toEqual([{ cmd: "git", args: ["rev-parse", "--show-toplevel"], opts: { cwd: "/work/paper/report" } }]);
    expect(Object.keys(calls[0]!.opts)).toEqual(["cwd"]);
  });

  it("is undefined outside a repository, or without git (any status but 0)", async () => {
    for (const status of [128, 1, -2]) expect(await repoRootOf("/tmp", git(status, "/tmp\n", []))).toBeUndefined();
  });
});

describe("resolveCommit", () => {
  it("asks git for the commit the revision names, quietly, and trims its answer", async () => {
    const calls: Call[] = [];
    expect(await resolveCommit("v1-rc", "/work/paper", git(0, "0123456789abcdef0123456789abcdef01234567\n", calls))).toBe("0123456789abcdef0123456789abcdef01234567");
    expect(calls).toEqual([{ cmd: "git", args: ["rev-parse", "--verify", "--quiet", "v1-rc^{commit}"], opts: { cwd: "/work/paper" } }]);
  });

  it("is undefined for a name git does not know as a commit", async () => {
    for (const status of [1, 128]) expect(await resolveCommit("nosuchbranch", "/work/paper", git(status, "", []))).toBeUndefined();
  });

  it("a name that starts with '-' is never passed to git, where it would be an option", async () => {
    const calls: Call[] = [];
    expect(await resolveCommit("--output=x", "/work/paper", git(0, "0123456789abcdef0123456789abcdef01234567\n", calls))).toBeUndefined();
    expect(await resolveCommit("-", "/work/paper", git(0, "0123456789abcdef0123456789abcdef01234567\n", calls))).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe("installedTool", () => {
  it("is this package's bin/safety-gap.js, identified by its version and the hash of its compiled code", () => {
    const root = packageRoot();
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(installedTool()).toEqual({ bin: join(root, "bin", "safety-gap.js"), identity: `${version} ${hashFolders(root, ["dist/bundle", "dist/wasm"])}` });
    expect(installedTool().identity).toMatch(/^\d+\.\d+\.\d+\S* [0-9a-f]{64}$/);
    // Both folders count: the hash is neither of one alone, nor of none.
    const identity = installedTool().identity;
    for (const folders of [["dist/bundle"], ["dist/wasm"], []]) expect(identity).not.toBe(`${version} ${hashFolders(root, folders)}`);
  });
});

describe("RevisionInterrupted", () => {
  it("says which revision and signal, and exits as a shell reports the signal: 128 + its number", () => {
    const e = new RevisionInterrupted("HEAD~1", "SIGINT");
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe("interrupted (SIGINT) while building revision HEAD~1; its temporary folder was removed");
    expect([e.rev, e.signal, e.exitCode]).toEqual(["HEAD~1", "SIGINT", 130]);
    expect(new RevisionInterrupted("v1", "SIGTERM").exitCode).toBe(143);
    expect(new RevisionInterrupted("v1", "SIGHUP").exitCode).toBe(129);
  });

  it("a signal the system does not know counts as SIGINT", () => {
    expect(new RevisionInterrupted("v1", "SIGNOTHING" as NodeJS.Signals).exitCode).toBe(130);
  });
});
