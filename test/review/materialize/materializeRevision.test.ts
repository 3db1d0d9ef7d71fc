// materializeRevision with a fake Runner (fakeRunner.ts): the exact git, tar and tool steps for each kind
// of paper, what is cached where and under which key, each failure's message, and that the temporary
// folder and the signal listeners are gone afterwards. No process starts; the real steps are covered by
// test/review/materializeRevision.test.ts (left out of mutation runs: it runs git and the CLI).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { sha256 } from "../../../src/pipeline/hashing.js";
import { StageCache } from "../../../src/pipeline/stageCache.js";
import { installedTool, materializeRevision, RevisionInterrupted, type RevisionOptions, type RevisionTool } from "../../../src/review/materializeRevision.js";
import { COMMIT, entry, fakeRunner, nodeModulesSeen, ok, PROVENANCE, RESULTS_JSON, TAR_BYTES, type Call, type FakeOptions } from "./fakeRunner.js";

const TOOL: RevisionTool = { bin: "/opt/fake-safety-gap/bin/safety-gap.js", identity: "fake 1" };
const BUILD_FAILED_HINT = "check that the revision builds (`git checkout <rev> && npx safety-gap compute`)";
const signal = expect.any(AbortSignal) as AbortSignal;

async function errorOf(p: Promise<unknown>): Promise<SafetyGapError> {
  try {
    await p;
  } catch (e) {
    return e as SafetyGapError;
  }
  throw new Error("resolved");
}

/** The revision's temporary folder, from the `-C` of its tar step. */
const tmpOf = (calls: Call[]): string => dirname(calls.find((c) => c.cmd === "tar")!.args[4]!);

/** The revisions cache beside a report folder: the inputs of its last store, and its entries with their files. */
function cacheBeside(paperDir: string): { inputs: unknown; entries: Record<string, string[]> } {
  const dir = join(paperDir, ".cache", "safety-gap", "revisions");
  const entries: Record<string, string[]> = {};
  for (const e of readdirSync(dir).filter((f) => f !== "last-inputs.json")) entries[e] = readdirSync(join(dir, e, "files")).sort();
  return { inputs: JSON.parse(readFileSync(join(dir, "last-inputs.json"), "utf8")), entries };
}

describe("materializeRevision", () => {
  let repo = "";
  let listeners: { SIGINT: number; SIGTERM: number };
  beforeEach(() => {
    // Real path: the report folder's path is compared with the repository root's real path.
    repo = realpathSync(mkdtempSync(join(tmpdir(), "materialize-revision-")));
    listeners = { SIGINT: process.listenerCount("SIGINT"), SIGTERM: process.listenerCount("SIGTERM") };
  });
  afterEach(() => {
    rmSync(repo, { recursive: true, force: true });
    // Every run removes its signal listeners, however it ended.
    expect({ SIGINT: process.listenerCount("SIGINT"), SIGTERM: process.listenerCount("SIGTERM") }).toEqual(listeners);
  });

  function build(calls: Call[], fake: FakeOptions = {}, opts: RevisionOptions = {}, rev = "v1") {
    return materializeRevision(rev, COMMIT, repo, fakeRunner(calls, fake), { tool: TOOL, ...opts });
  }

  describe("a paper at the repository's root", () => {
    it("lists report/ and templates/, archives them, extracts them in a temporary folder and runs `compute` there", async () => {
      const calls: Call[] = [];
      const seen: string[] = [];
      const r = await build(calls, {
        answer: {
          tool: (c) => {
            // While the revision builds, one listener each for Ctrl-C and SIGTERM.
            seen.push(`listeners ${process.listenerCount("SIGINT") - listeners.SIGINT} ${process.listenerCount("SIGTERM") - listeners.SIGTERM}`);
            mkdirSync(c.args[c.args.indexOf("--out") + 1]!);
            writeFileSync(join(c.args[c.args.indexOf("--out") + 1]!, "results.json"), RESULTS_JSON);
            return ok();
          },
        },
      });
      const tmp = tmpOf(calls);
      expect(tmp).toMatch(new RegExp(`^${tmpdir().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/safety-gap-diff-[A-Za-z0-9]{6}$`));
      expect(calls).toEqual([
        { cmd: "git", args: ["ls-tree", "-r", "-z", "--full-tree", COMMIT, "--", "report", "templates"], opts: { cwd: repo } },
        { cmd: "git", args: ["archive", "--format=tar", COMMIT, "--", "report", "templates"], opts: { cwd: repo, binary: true, signal } },
        { cmd: "tar", args: ["-x", "-f", "-", "-C", `${tmp}/tree`], opts: { cwd: tmp, input: TAR_BYTES, signal } },
        { cmd: process.execPath, args: [TOOL.bin, "compute", "--report", `${tmp}/tree/report`, "--quiet", "--out", `${tmp}/out`], opts: { cwd: `${tmp}/tree`, signal } },
      ]);
      // The archive's bytes themselves go to tar, and every step can be stopped by the same signal.
      expect(calls[2]!.opts.input).toBe(TAR_BYTES);
      expect(calls[2]!.opts.signal).toBe(calls[1]!.opts.signal);
      expect(calls[3]!.opts.signal).toBe(calls[1]!.opts.signal);
      expect(calls[3]!.opts.signal!.aborted).toBe(false);
      expect(seen).toEqual(["listeners 1 1"]);
      expect(r).toEqual({ results: JSON.parse(RESULTS_JSON) });
      expect(Object.keys(r)).toEqual(["results"]);
      expect(existsSync(tmp)).toBe(false);
    });

    it("caches the results beside the report folder, keyed by the listed files, the tool's identity and the command", async () => {
      await build([]);
      const inputs = { paper: sha256(`${entry("report/paper.md")}\n${entry("templates/page.html")}`), tool: "fake 1", command: "compute" };
      expect(cacheBeside(repo)).toEqual({ inputs, entries: { [StageCache.keyOf(inputs)]: ["results.json"] } });
      const stored = join(repo, ".cache", "safety-gap", "revisions", StageCache.keyOf(inputs), "files", "results.json");
      expect(readFileSync(stored, "utf8")).toBe(RESULTS_JSON);
    });

    it("without templates/ at the revision, archives the report folder only", async () => {
      const calls: Call[] = [];
      await build(calls, { files: ["report/paper.md", "report/model.yaml"] });
      expect(calls[0]!.args).toEqual(["ls-tree", "-r", "-z", "--full-tree", COMMIT, "--", "report", "templates"]);
      expect(calls[1]!.args).toEqual(["archive", "--format=tar", COMMIT, "--", "report"]);
      expect(cacheBeside(repo).inputs).toEqual({ paper: sha256(`${entry("report/paper.md")}\n${entry("report/model.yaml")}`), tool: "fake 1", command: "compute" });
    });

    it("render: `build --no-pdf --no-site`, and the provenance is returned and cached with the results", async () => {
      const calls: Call[] = [];
      const r = await build(calls, {}, { render: true });
      const tmp = tmpOf(calls);
      expect(calls[3]!.args).toEqual([TOOL.bin, "build", "--no-pdf", "--no-site", "--report", `${tmp}/tree/report`, "--quiet", "--out", `${tmp}/out`]);
      expect(r).toEqual({ results: JSON.parse(RESULTS_JSON), provenance: PROVENANCE });
      const inputs = { paper: sha256(`${entry("report/paper.md")}\n${entry("templates/page.html")}`), tool: "fake 1", command: "build --no-pdf --no-site" };
      expect(cacheBeside(repo)).toEqual({ inputs, entries: { [StageCache.keyOf(inputs)]: ["provenance.json", "results.json"] } });
    });

    it("render: false builds with `compute`", async () => {
      const calls: Call[] = [];
      await build(calls, {}, { render: false });
      expect(calls[3]!.args.slice(0, 3)).toEqual([TOOL.bin, "compute", "--report"]);
    });

    it("the report folder defaults to report/ in the repository root; a missing parent folder is taken as written", async () => {
      const calls: Call[] = [];
      await materializeRevision("v1", COMMIT, repo, fakeRunner(calls), { tool: TOOL });
      expect(calls[0]!.args.slice(6)).toEqual(["report", "templates"]);
      const more: Call[] = [];
      await build(more, { files: ["new/report/a.md"] }, { reportDir: join(repo, "new", "report") });
      expect(more[0]!.args.slice(6)).toEqual(["new/report", "new/templates"]);
      expect(more[3]!.opts.cwd).toBe(`${tmpOf(more)}/tree/new`);
    });

    it("a report folder reached through a symbolic link is found at its real place in the repository", async () => {
      mkdirSync(join(repo, "paper"));
      const link = join(mkdtempSync(join(tmpdir(), "materialize-link-")), "to-paper");
      symlinkSync(join(repo, "paper"), link);
      try {
        const calls: Call[] = [];
        await build(calls, { files: ["paper/report/a.md"] }, { reportDir: join(link, "report") });
        expect(calls[0]!.args.slice(6)).toEqual(["paper/report", "paper/templates"]);
      } finally {
        rmSync(dirname(link), { recursive: true, force: true });
      }
    });

    it("the installed safety-gap builds unless another tool is given", async () => {
      const calls: Call[] = [];
      await materializeRevision("v1", COMMIT, repo, fakeRunner(calls));
      const tool = installedTool();
      expect(calls[3]!.args[0]).toBe(tool.bin);
      expect((cacheBeside(repo).inputs as { tool: string }).tool).toBe(tool.identity);
    });

    it("tells progress when the build starts and when it is done, around the steps; a cached revision says nothing", async () => {
      const log: string[] = [];
      const calls: Call[] = [];
      const run = fakeRunner(calls);
      const progress = (b: string | null): void => void log.push(`progress ${b}`);
      const logged: typeof run = (cmd, args, opts) => {
        log.push(`${cmd === process.execPath ? "tool" : cmd} ${args[0] === TOOL.bin ? args[1] : args[0]}`);
        return run(cmd, args, opts);
      };
      await materializeRevision("v1", COMMIT, repo, logged, { tool: TOOL, progress });
      expect(log).toEqual(["git ls-tree", "progress v1", "git archive", "tar -x", "tool compute", "progress null"]);
      log.length = 0;
      await materializeRevision("v1", COMMIT, repo, logged, { tool: TOOL, progress });
      expect(log).toEqual(["git ls-tree"]);
    });
  });

  describe("a paper in a subfolder of the repository", () => {
    const reportDir = (): string => join(repo, "papers", "one", "report");
    const files = ["papers/one/report/paper.md", "papers/one/templates/page.html"];

    it("git sees repository paths; the tool runs in the paper's folder of the extracted tree", async () => {
      const calls: Call[] = [];
      await build(calls, { files }, { reportDir: reportDir() });
      const tmp = tmpOf(calls);
      expect(calls.map((c) => [c.cmd, c.args, c.opts.cwd])).toEqual([
        ["git", ["ls-tree", "-r", "-z", "--full-tree", COMMIT, "--", "papers/one/report", "papers/one/templates"], repo],
        ["git", ["archive", "--format=tar", COMMIT, "--", "papers/one/report", "papers/one/templates"], repo],
        ["tar", ["-x", "-f", "-", "-C", `${tmp}/tree`], tmp],
        [process.execPath, [TOOL.bin, "compute", "--report", `${tmp}/tree/papers/one/report`, "--quiet", "--out", `${tmp}/out`], `${tmp}/tree/papers/one`],
      ]);
    });

    it("the cache lies beside the report folder and its key has paths relative to the paper, so a moved paper keeps its key", async () => {
      await build([], { files }, { reportDir: reportDir() });
      const inputs = { paper: sha256(`${entry("report/paper.md")}\n${entry("templates/page.html")}`), tool: "fake 1", command: "compute" };
      expect(cacheBeside(join(repo, "papers", "one"))).toEqual({ inputs, entries: { [StageCache.keyOf(inputs)]: ["results.json"] } });
      expect(existsSync(join(repo, ".cache"))).toBe(false);
    });

    it("only the paper's own prefix is taken off the listed paths", async () => {
      await build([], { files: ["a/report/x.md", "a/templates/a/b.html"] }, { reportDir: join(repo, "a", "report") });
      expect((cacheBeside(join(repo, "a")).inputs as { paper: string }).paper).toBe(sha256(`${entry("report/x.md")}\n${entry("templates/a/b.html")}`));
    });

    it("two folders deep: the paper is everything before the last slash", async () => {
      const calls: Call[] = [];
      await build(calls, { files: ["a/b/report/x.md"] }, { reportDir: join(repo, "a", "b", "report") });
      expect(calls[1]!.args).toEqual(["archive", "--format=tar", COMMIT, "--", "a/b/report"]);
      expect(calls[3]!.opts.cwd).toBe(`${tmpOf(calls)}/tree/a/b`);
      expect((cacheBeside(join(repo, "a", "b")).inputs as { paper: string }).paper).toBe(sha256(entry("report/x.md")));
    });
  });

  describe("the cache", () => {
    it("a revision whose paper files, tool and command are cached is not built again, at any commit", async () => {
      await build([]);
      const calls: Call[] = [];
      const r = await materializeRevision("v2", "f".repeat(40), repo, fakeRunner(calls), { tool: TOOL });
      expect(calls.map((c) => [c.cmd, ...c.args])).toEqual([["git", "ls-tree", "-r", "-z", "--full-tree", "f".repeat(40), "--", "report", "templates"]]);
      expect(r).toEqual({ results: JSON.parse(RESULTS_JSON) });
      expect(Object.keys(r)).toEqual(["results"]);
    });

    it("a cached rendered revision comes back with its provenance", async () => {
      await build([], {}, { render: true });
      const calls: Call[] = [];
      const r = await build(calls, {}, { render: true });
      expect(calls).toHaveLength(1);
      expect(r).toEqual({ results: JSON.parse(RESULTS_JSON), provenance: PROVENANCE });
    });

    it("another tool identity, command or file builds again, each in an entry of its own", async () => {
      await build([]);
      const counts: number[] = [];
      for (const [fake, opts] of [
        [{}, { tool: { ...TOOL, identity: "fake 2" } }],
        [{}, { render: true }],
        [{ files: ["report/paper.md"] }, {}],
      ] as [FakeOptions, RevisionOptions][]) {
        const calls: Call[] = [];
        await build(calls, fake, opts);
        counts.push(calls.length);
      }
      expect(counts).toEqual([4, 4, 4]);
      expect(Object.keys(cacheBeside(repo).entries)).toHaveLength(4);
    });

    it("an unreadable cached results.json is reported with the revision's name", async () => {
      await build([]);
      const dir = join(repo, ".cache", "safety-gap", "revisions");
      const key = readdirSync(dir).find((f) => f !== "last-inputs.json")!;
      writeFileSync(join(dir, key, "files", "results.json"), "garbage");
      const e = await errorOf(build([]));
      expect(e).toBeInstanceOf(SafetyGapError);
      let reason = "";
      try {
        JSON.parse("garbage");
      } catch (x) {
        reason = (x as Error).message;
      }
      expect(e.message).toBe(`not valid JSON: ${reason}`);
      expect(e.where?.file).toBe("v1:results.json");
    });
  });

  describe("a paper whose results come from its own command (safety-gap.config.yaml)", () => {
    const config = (dir: string): void => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "safety-gap.config.yaml"), "results:\n  command: node run.mjs\n");
    };

    it("lists and archives the whole paper folder and builds it, with the working tree's node_modules linked in", async () => {
      config(join(repo, "papers", "one"));
      mkdirSync(join(repo, "node_modules"));
      const calls: Call[] = [];
      const seen: string[] = [];
      await build(calls, {
        files: ["papers/one/run.mjs", "papers/one/report/paper.md"],
        onTool: (c) => seen.push(nodeModulesSeen(c.opts.cwd)),
      }, { reportDir: join(repo, "papers", "one", "report") });
      const tmp = tmpOf(calls);
      expect(calls.map((c) => [c.cmd, ...c.args])).toEqual([
        ["git", "ls-tree", "-r", "-z", "--full-tree", COMMIT, "--", "papers/one"],
        ["git", "archive", "--format=tar", COMMIT, "--", "papers/one"],
        ["tar", "-x", "-f", "-", "-C", `${tmp}/tree`],
        [process.execPath, TOOL.bin, "build", "--no-pdf", "--no-site", "--report", `${tmp}/tree/papers/one/report`, "--quiet", "--out", `${tmp}/out`],
      ]);
      expect(seen).toEqual([`link to ${join(repo, "node_modules")}`]);
    });

    it("the cache key has the command `build --no-pdf --no-site` and every file of the paper", async () => {
      config(join(repo, "p"));
      await build([], { files: ["p/run.mjs", "p/report/paper.md"] }, { reportDir: join(repo, "p", "report") });
      expect(cacheBeside(join(repo, "p")).inputs).toEqual({ paper: sha256(`${entry("run.mjs")}\n${entry("report/paper.md")}`), tool: "fake 1", command: "build --no-pdf --no-site" });
    });

    it("at the repository's root: the whole tree is listed, `.` archived", async () => {
      config(repo);
      const calls: Call[] = [];
      await build(calls, { files: ["run.mjs", "report/paper.md"] });
      const tmp = tmpOf(calls);
      expect(calls.map((c) => [c.cmd, c.args, c.opts.cwd])).toEqual([
        ["git", ["ls-tree", "-r", "-z", "--full-tree", COMMIT, "--"], repo],
        ["git", ["archive", "--format=tar", COMMIT, "--", "."], repo],
        ["tar", ["-x", "-f", "-", "-C", `${tmp}/tree`], tmp],
        [process.execPath, [TOOL.bin, "build", "--no-pdf", "--no-site", "--report", `${tmp}/tree/report`, "--quiet", "--out", `${tmp}/out`], `${tmp}/tree`],
      ]);
    });

    it("links the nearest node_modules: the paper folder's own before the repository's", async () => {
      config(join(repo, "p"));
      mkdirSync(join(repo, "node_modules"));
      mkdirSync(join(repo, "p", "node_modules"));
      const seen: string[] = [];
      await build([], { files: ["p/report/paper.md"], onTool: (c) => seen.push(nodeModulesSeen(c.opts.cwd)) }, { reportDir: join(repo, "p", "report") });
      expect(seen).toEqual([`link to ${join(repo, "p", "node_modules")}`]);
    });

    it("a node_modules in the revision's files is kept; none anywhere above the paper, none is linked", async () => {
      config(join(repo, "p"));
      mkdirSync(join(repo, "node_modules"));
      const seen: string[] = [];
      const onTool = (c: Call): number => seen.push(nodeModulesSeen(c.opts.cwd));
      await build([], { files: ["p/report/paper.md"], extract: ["p/report", "p/node_modules"], onTool }, { reportDir: join(repo, "p", "report") });
      rmSync(join(repo, "node_modules"), { recursive: true });
      // The repository lies in the temporary folder, which has no node_modules above it.
      expect(existsSync(join(dirname(repo), "node_modules"))).toBe(false);
      await build([], { files: ["p/report/paper.md", "p/run.mjs"], onTool }, { reportDir: join(repo, "p", "report") });
      expect(seen).toEqual(["folder", "none"]);
    });

    it("a built-in paper gets no node_modules link", async () => {
      mkdirSync(join(repo, "node_modules"));
      const seen: string[] = [];
      await build([], { onTool: (c) => seen.push(nodeModulesSeen(c.opts.cwd)) });
      expect(seen).toEqual(["none"]);
    });
  });

  describe("failures", () => {
    it("a report folder that is the repository itself, or outside it, is refused before git runs", async () => {
      const outside = realpathSync(mkdtempSync(join(tmpdir(), "materialize-outside-")));
      try {
        for (const reportDir of [repo, join(outside, "report"), dirname(repo)]) {
          const calls: Call[] = [];
          const e = await errorOf(build(calls, {}, { reportDir }));
          expect(e).toBeInstanceOf(SafetyGapError);
          expect(e.message).toBe(`the report folder ${reportDir} is not inside the git repository ${repo}`);
          expect(e.where).toEqual({ file: reportDir });
          expect(e.hint).toBe("run diff inside the repository that holds the paper, or name its report folder with --report");
          expect(calls).toEqual([]);
        }
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });

    it("git ls-tree failing (an unknown revision, git missing) names the step and gives git's output", async () => {
      for (const [answer, output] of [
        [{ status: 128, signal: null, stdout: "", stderr: `fatal: not a tree object: ${COMMIT}\n` }, `fatal: not a tree object: ${COMMIT}`],
        [{ status: -2, signal: null, stdout: "", stderr: "Error: spawn git ENOENT" }, "Error: spawn git ENOENT"],
      ] as const) {
        const calls: Call[] = [];
        const log: (string | null)[] = [];
        const e = await errorOf(build(calls, { answer: { "ls-tree": () => ({ ...answer }) } }, { progress: (b) => void log.push(b) }));
        expect(e).toBeInstanceOf(SafetyGapError);
        expect(e.message).toBe(`building revision v1 failed at \`git ls-tree ${COMMIT}\`:\n${output}`);
        expect(e.where).toEqual({ file: "v1" });
        expect(e.hint).toBe(BUILD_FAILED_HINT);
        expect(calls).toHaveLength(1);
        expect(log).toEqual([]);
      }
    });

    it("a revision without the report folder says so; a folder that only starts like it does not count", async () => {
      const calls: Call[] = [];
      const e = await errorOf(build(calls, { files: ["templates/page.html", "reports/a.md", "report"] }));
      expect(e).toBeInstanceOf(SafetyGapError);
      expect(e.message).toBe("revision v1 has no report folder report/");
      expect(e.where).toEqual({ file: "v1" });
      expect(e.hint).toBe("pick a revision that holds the paper, or name its report folder with --report");
      expect(calls).toHaveLength(1);
      const nested = await errorOf(build([], { files: ["p/report.md", "report/a.md"] }, { reportDir: join(repo, "p", "report") }));
      expect(nested.message).toBe("revision v1 has no report folder p/report/");
    });

    it("a step that fails names it and shows its stderr then stdout; the temporary folder is removed and nothing cached", async () => {
      const fail = { status: 1, signal: null, stdout: "out 1\nout 2\n", stderr: "err 1\nerr 2\n" };
      for (const [step, shown, opts] of [
        ["archive", `git archive ${COMMIT}`, {}],
        ["tar", "tar -x", {}],
        ["tool", "safety-gap compute --quiet", {}],
        ["tool", "safety-gap build --no-pdf --no-site --quiet", { render: true }],
      ] as const) {
        const calls: Call[] = [];
        const log: (string | null)[] = [];
        let tmp = "";
        const e = await errorOf(
          build(calls, { answer: { [step]: (c: Call) => ((tmp = c.cmd === "tar" ? dirname(c.args[4]!) : tmp), { ...fail }) } }, { ...opts, progress: (b) => void log.push(b) }),
        );
        expect(e).toBeInstanceOf(SafetyGapError);
        expect(e.message).toBe(`building revision v1 failed at \`${shown}\`:\nerr 1\nerr 2\nout 1\nout 2`);
        expect(e.where).toEqual({ file: "v1" });
        expect(e.hint).toBe(BUILD_FAILED_HINT);
        expect(calls.map((c) => c.cmd === "git" ? c.args[0] : c.cmd === "tar" ? "tar" : "tool").at(-1)).toBe(step);
        expect(log).toEqual(["v1", null]);
        if (step !== "archive") expect(existsSync(tmp || tmpOf(calls))).toBe(false);
        expect(existsSync(join(repo, ".cache"))).toBe(false);
      }
    });

    it("a build that wrote no results.json is refused, and the temporary folder removed", async () => {
      const calls: Call[] = [];
      const e = await errorOf(build(calls, { writesResults: false }));
      expect(e).toBeInstanceOf(SafetyGapError);
      expect(e.message).toBe("revision v1 built, but `compute` wrote no results.json");
      expect(e.where).toEqual({ file: "v1" });
      expect(e.hint).toBe(BUILD_FAILED_HINT);
      expect(existsSync(tmpOf(calls))).toBe(false);
      expect(existsSync(join(repo, ".cache"))).toBe(false);
    });

    it("a tool killed by another signal failed on its own", async () => {
      const e = await errorOf(build([], { answer: { tool: () => ({ status: 1, signal: "SIGKILL", stdout: "", stderr: "Killed\n" }) } }));
      expect(e).toBeInstanceOf(SafetyGapError);
      expect(e.message).toBe("building revision v1 failed at `safety-gap compute --quiet`:\nKilled");
    });

    it("a tool ended by SIGINT or SIGTERM from outside (Ctrl-C to the process group) is an interruption, not a failure", async () => {
      for (const [sig, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
        const calls: Call[] = [];
        const e = await errorOf(build(calls, { answer: { tool: () => ({ status: 1, signal: sig, stdout: "", stderr: "broken pipe\n" }) } }));
        expect(e).toBeInstanceOf(RevisionInterrupted);
        expect(e.message).toBe(`interrupted (${sig}) while building revision v1; its temporary folder was removed`);
        expect((e as unknown as RevisionInterrupted).exitCode).toBe(code);
        expect(existsSync(tmpOf(calls))).toBe(false);
      }
    });
  });
});
