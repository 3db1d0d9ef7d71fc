// Revisions mode: each revision's report folder and templates/ are taken out
// with `git archive` and built by the installed safety-gap (never the
// revision's own code), in a temporary folder removed afterwards; built
// revisions are cached by the hash of the paper's files and of the tool.
// A fake tool (a script that copies fixture.json) shows the steps; the real
// one builds a small copy of this paper in a temporary repository.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { SafetyGapError } from "../../src/errors.js";
import { diffResults } from "../../src/review/diffResults.js";
import { installedTool, spawnRunner, type RevisionTool, type Runner } from "../../src/review/materializeRevision.js";
import { resolveSide } from "../../src/review/resolveSide.js";
import { runCli } from "./cliHarness.js";
import { syntheticResults } from "./syntheticResults.js";

// The fake tool: `compute|build ... --report DIR --quiet --out OUT` copies DIR/fixture.json to OUT/results.json
// (and DIR/provenance.json for build); it fails when it can see files outside report/ and templates/.
const FAKE_TOOL = `import { existsSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
const args = process.argv.slice(2);
if (!["compute", "build"].includes(args[0]) || !args.includes("--quiet")) process.exit(2);
const report = args[args.indexOf("--report") + 1];
if (!existsSync("templates/page.html") || existsSync("README.md")) { console.error("not only the paper was extracted"); process.exit(3); }
if (existsSync(report + "/FAIL")) { console.error("simulated build failure"); process.exit(1); }
const out = args[args.indexOf("--out") + 1];
mkdirSync(out, { recursive: true });
writeFileSync(out + "/results.json", readFileSync(report + "/fixture.json"));
if (args[0] === "build") writeFileSync(out + "/provenance.json", readFileSync(report + "/provenance.json"));
`;

const gitIn = (dir: string) => (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" }).toString().trim();
function newRepo(prefix: string): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = gitIn(dir);
  git("init", "-q");
  git("config", "user.email", "t@example.com");
  git("config", "user.name", "t");
  return { dir, git };
}

describe("diff of git revisions, with a fake tool", () => {
  let repo = "";
  let tool: RevisionTool;
  const provenance = (text: string): string =>
    JSON.stringify({ usage: [{ key: "summary.13B.RLVR.delta", where: "Section 3.6" }], sentences: [{ id: "s3.6-1", where: "Section 3.6", text, keys: ["summary.13B.RLVR.delta"] }] });

  beforeAll(() => {
    const r = newRepo("safety-gap-review-repo-");
    repo = r.dir;
    const toolDir = mkdtempSync(join(tmpdir(), "safety-gap-review-tool-"));
    writeFileSync(join(toolDir, "tool.mjs"), FAKE_TOOL);
    tool = { bin: join(toolDir, "tool.mjs"), identity: "fake 1" };
    // The paper lives in a subfolder of the repository, beside other files.
    mkdirSync(join(repo, "paper", "report"), { recursive: true });
    mkdirSync(join(repo, "paper", "templates"));
    writeFileSync(join(repo, ".gitignore"), ".cache/\n");
    writeFileSync(join(repo, "paper", "templates", "page.html"), "<html></html>\n");
    writeFileSync(join(repo, "paper", "report", "fixture.json"), JSON.stringify(syntheticResults()));
    writeFileSync(join(repo, "paper", "report", "provenance.json"), provenance("RLVR narrows the gap by 0.0415."));
    r.git("add", ".");
    r.git("commit", "-q", "-m", "one");
    r.git("tag", "v1");
    writeFileSync(join(repo, "paper", "report", "fixture.json"), JSON.stringify(syntheticResults({ "summary.13B.RLVR.delta": -0.09 })));
    writeFileSync(join(repo, "paper", "report", "provenance.json"), provenance("RLVR narrows the gap by 0.0900."));
    r.git("commit", "-q", "-am", "two");
    r.git("tag", "v2");
    writeFileSync(join(repo, "README.md"), "not part of the paper\n");
    r.git("add", "README.md");
    r.git("commit", "-q", "-m", "readme");
    r.git("tag", "readme");
    writeFileSync(join(repo, "paper", "report", "FAIL"), "");
    r.git("add", ".");
    r.git("commit", "-q", "-m", "broken");
    r.git("tag", "broken");
    r.git("rm", "-q", "-r", "paper/report");
    r.git("commit", "-q", "-m", "no report");
    r.git("tag", "gone");
  });

  const reportDir = () => join(repo, "paper", "report");
  function spy(): { run: Runner; builds: string[] } {
    const builds: string[] = [];
    const run: Runner = (cmd, args, opts) => {
      if (cmd === process.execPath) builds.push(`${args.slice(1, args.indexOf("--report")).join(" ")} in ${opts.cwd}`);
      return spawnRunner(cmd, args, opts);
    };
    return { run, builds };
  }

  it("builds each revision's paper with the given tool in a temporary folder and diffs exactly the changed key", async () => {
    const s = spy();
    const a = await resolveSide("v1", join(repo, "paper"), s.run, { tool, reportDir: reportDir() });
    const b = await resolveSide("v2", join(repo, "paper"), s.run, { tool, reportDir: reportDir() });
    expect(a.label).toMatch(/^v1 \([0-9a-f]{10}\)$/);
    expect(diffResults(a, b).entries.map((e) => e.key)).toEqual(["summary.13B.RLVR.delta"]);
    expect(s.builds).toHaveLength(2);
    for (const d of s.builds) {
      expect(d).toMatch(/^compute in .*safety-gap-diff-[^/]+\/tree\/paper$/);
      expect(existsSync(d.slice("compute in ".length))).toBe(false);
    }
  });

  it("caches built revisions by the paper's content: the same files at another commit are not built again", async () => {
    const s = spy();
    const again = await resolveSide("v2", join(repo, "paper"), s.run, { tool, reportDir: reportDir() });
    const readme = await resolveSide("readme", join(repo, "paper"), s.run, { tool, reportDir: reportDir() });
    expect(s.builds).toEqual([]);
    expect(again.results).toEqual(readme.results);
    expect(readdirSync(join(repo, "paper", ".cache", "safety-gap", "revisions")).filter((f) => f !== "last-inputs.json")).toHaveLength(2);
    // Another version of the tool builds again.
    await resolveSide("v2", join(repo, "paper"), s.run, { tool: { ...tool, identity: "fake 2" }, reportDir: reportDir() });
    expect(s.builds).toHaveLength(1);
  });

  it("render: builds with `build --no-pdf --no-site`, so changed sentences and places are shown", async () => {
    const s = spy();
    const opts = { tool, reportDir: reportDir(), render: true };
    const r = diffResults(await resolveSide("v1", repo, s.run, opts), await resolveSide("v2", repo, s.run, opts));
    expect(s.builds.map((b) => b.split(" in ")[0])).toEqual(["build --no-pdf --no-site", "build --no-pdf --no-site"]);
    expect(r.groups).toEqual([{ where: "Section 3.6", keys: ["summary.13B.RLVR.delta"] }]);
    expect(r.sentences).toEqual([{ id: "s3.6-1", where: "Section 3.6", status: "changed", old: "RLVR narrows the gap by 0.0415.", new: "RLVR narrows the gap by 0.0900." }]);
  });

  it("a revision that fails to build is bad input with the build's output, and is not cached", async () => {
    for (let i = 0; i < 2; i++) {
      const e = await resolveSide("broken", repo, spawnRunner, { tool, reportDir: reportDir() }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(SafetyGapError);
      expect((e as Error).message).toBe("building revision broken failed at `safety-gap compute --quiet`:\nsimulated build failure");
    }
  });

  it("a revision without the report folder says so", async () => {
    const e = await resolveSide("gone", repo, spawnRunner, { tool, reportDir: reportDir() }).catch((x: unknown) => x);
    expect((e as Error).message).toBe("revision gone has no report folder paper/report/");
  });

  it("a name that is neither a file nor a revision is bad input", async () => {
    const r = await runCli(["diff", "no-such-branch", "v1"], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("neither a file");
  });
});

describe("diff of git revisions of a paper, built by this safety-gap", () => {
  // This paper with small sizes, so each revision computes in well under a second.
  let repo = "";
  let git: (...args: string[]) => string;
  const root = join(import.meta.dirname, "..", "..");
  const setModel = (edit: (text: string) => string): void => {
    const file = join(repo, "report", "model.yaml");
    writeFileSync(file, edit(readFileSync(file, "utf8")));
  };

  beforeAll(() => {
    ({ dir: repo, git } = newRepo("safety-gap-review-paper-"));
    cpSync(join(root, "report"), join(repo, "report"), { recursive: true });
    cpSync(join(root, "templates"), join(repo, "templates"), { recursive: true });
    writeFileSync(join(repo, ".gitignore"), ".cache/\nout/\n");
    setModel((t) => t.replace("samplesPerCell: 500", "samplesPerCell: 40").replace("resamples: 10000", "resamples: 200"));
    git("add", ".");
    git("commit", "-q", "-m", "small paper");
    setModel((t) => t.replace("MMLU: 0.6700", "MMLU: 0.7000"));
    git("commit", "-q", "-am", "13B MMLU baseline 0.70");
  });

  it("`diff HEAD~1 HEAD` reports the changed parameter's numbers, and only those; the second run is cached", async () => {
    const r = await runCli(["diff", "HEAD~1", "HEAD", "--format", "json"], repo);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const keys = (JSON.parse(r.stdout) as { entries: { key: string }[] }).entries.map((e) => e.key);
    expect(keys).toContain("cell.13B.SFT+DPO.NoAP.MMLU.mean");
    expect(keys.filter((k) => k.startsWith("cell.") && !k.startsWith("cell.13B.") && !k.endsWith(".MMLU.mean"))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("cell.1B.") || k.startsWith("cell.7B."))).toEqual([]);

    const builds: string[] = [];
    const run: Runner = (cmd, args, opts) => {
      if (cmd === process.execPath) builds.push(args.join(" "));
      return spawnRunner(cmd, args, opts);
    };
    await resolveSide("HEAD~1", repo, run, { tool: installedTool(), reportDir: join(repo, "report") });
    await resolveSide("HEAD", repo, run, { tool: installedTool(), reportDir: join(repo, "report") });
    expect(builds).toEqual([]);
    expect((await runCli(["diff", "HEAD", "HEAD"], repo)).code).toBe(0);
  });

  it("builds under a TMPDIR with a space and non-ASCII letters; on a terminal, a progress line while each revision builds", async () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = mkdtempSync(join(tmpdir(), "with space é "));
    rmSync(join(repo, ".cache"), { recursive: true, force: true });
    try {
      let stderr = "";
      const code = await main(["diff", "HEAD~1", "HEAD", "--format", "json"], { stdout: () => undefined, stderr: (t) => (stderr += t), isTTY: true, cwd: repo, env: {} });
      expect(code).toBe(1);
      expect(readdirSync(process.env.TMPDIR)).toEqual([]);
      // Each line is redrawn (\r, erase) every second and erased when its revision is built.
      const lines = stderr.split("\r\x1b[K").filter(Boolean);
      expect(lines[0]).toBe("safety-gap diff: building HEAD~1 with the installed safety-gap… 0 s");
      expect(new Set(lines.map((l) => l.replace(/\d+ s$/, "N s")))).toEqual(
        new Set(["safety-gap diff: building HEAD~1 with the installed safety-gap… N s", "safety-gap diff: building HEAD with the installed safety-gap… N s"]),
      );
      expect(stderr.endsWith("\r\x1b[K")).toBe(true);
    } finally {
      rmSync(process.env.TMPDIR, { recursive: true, force: true });
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  describe("interrupted while a revision builds", () => {
    // The compiled CLI in a process of its own (vitest runs after `node scripts/dist.js`), as a user runs it.
    const cli = join(root, "dist", "cli", "main.js");
    let slow = "";
    beforeAll(() => {
      // The paper at full size: its compute takes seconds, long enough to be stopped.
      cpSync(join(root, "report", "model.yaml"), join(repo, "report", "model.yaml"));
      git("commit", "-q", "-am", "full size");
      slow = git("rev-parse", "HEAD");
      git("checkout", "-q", "HEAD~1");
    });

    async function interrupt(send: (child: ReturnType<typeof spawn>) => void, detached: boolean): Promise<{ code: number | null; stderr: string; tmp: string[] }> {
      const tmp = mkdtempSync(join(tmpdir(), "safety-gap-review-tmpdir-"));
      const child = spawn(process.execPath, [cli, "diff", "HEAD", slow], { cwd: repo, env: { ...process.env, TMPDIR: tmp }, stdio: ["ignore", "pipe", "pipe"], detached });
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
      // The slow revision's paper is extracted: its compute starts now.
      const started = (): boolean => readdirSync(tmp).some((d) => existsSync(join(tmp, d, "tree", "report", "model.yaml")));
      try {
        // Generous: only turns a hang into a failure.
        for (let i = 0; i < 600 && !started() && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
        expect(started(), stderr).toBe(true);
        send(child);
        const code = await Promise.race([exited, new Promise<"no exit">((ok) => setTimeout(() => ok("no exit"), 90_000))]);
        if (code === "no exit") throw new Error(`diff did not stop:\n${stderr}`);
        return { code, stderr, tmp: readdirSync(tmp) };
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
        rmSync(tmp, { recursive: true, force: true });
      }
    }

    it("SIGINT to diff alone stops the build, removes the folder and exits 130", async () => {
      const r = await interrupt((c) => c.kill("SIGINT"), false);
      expect(r).toMatchObject({ code: 130, tmp: [] });
      expect(r.stderr).toContain("interrupted");
      expect(r.stderr).not.toContain("failed at");
    });

    it("SIGTERM to diff alone exits 143", async () => {
      const r = await interrupt((c) => c.kill("SIGTERM"), false);
      expect(r).toMatchObject({ code: 143, tmp: [] });
      expect(r.stderr).toContain("interrupted");
    });

    it("Ctrl-C to the whole process group does not blame the revision", async () => {
      const r = await interrupt((c) => process.kill(-c.pid!, "SIGINT"), true);
      expect(r).toMatchObject({ code: 130, tmp: [] });
      expect(r.stderr).toContain("interrupted");
      expect(r.stderr).not.toContain("failed at");
    });
  });
});
