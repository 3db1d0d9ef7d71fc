// Revisions mode on a light fake repository: `git archive` of each commit,
// node_modules symlinked from the repo, `node scripts/dist.js` then
// `node dist/cli/main.js compute --quiet --out <tmp>` (or the revision's
// bin/safety-gap.js), cleanup, and interruption.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diffResults } from "../../src/review/diffResults.js";
import { spawnRunner, type Runner } from "../../src/review/materializeRevision.js";
import { resolveSide } from "../../src/review/resolveSide.js";
import { runCli } from "./cliHarness.js";
import { syntheticResults } from "./syntheticResults.js";

// The fake build: dist.js writes a main.js whose `compute` copies fixture.json
// to --out, and which fails unless node_modules was linked in.
const DIST_JS = `import { mkdirSync, writeFileSync } from "node:fs";
mkdirSync("dist/cli/commands", { recursive: true });
writeFileSync("dist/cli/commands/build.js", "");
writeFileSync("dist/cli/main.js", \`import { existsSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
const args = process.argv.slice(2);
if (!["compute", "build"].includes(args[0]) || !args.includes("--quiet")) process.exit(2);
if (!existsSync("node_modules/marker")) { console.error("node_modules not linked"); process.exit(3); }
if (existsSync("FAIL")) { console.error("simulated build failure"); process.exit(1); }
if (existsSync("SLOW")) { writeFileSync(process.env.SG_TEST_STARTED, ""); await new Promise((r) => setTimeout(r, 60000)); }
const out = args[args.indexOf("--out") + 1];
mkdirSync(out, { recursive: true });
writeFileSync(out + "/results.json", readFileSync("fixture.json"));
if (args[0] === "build") writeFileSync(out + "/provenance.json", readFileSync("provenance.json"));\`);
`;

let repo = "";
const provenance = (text: string): string =>
  JSON.stringify({ usage: [{ key: "summary.13B.RLVR.delta", where: "Section 3.6" }], sentences: [{ id: "s3.6-1", where: "Section 3.6", text, keys: ["summary.13B.RLVR.delta"] }] });
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" }).toString().trim();

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "safety-gap-review-repo-"));
  git("init", "-q");
  git("config", "user.email", "t@example.com");
  git("config", "user.name", "t");
  mkdirSync(join(repo, "scripts"));
  mkdirSync(join(repo, "node_modules"));
  writeFileSync(join(repo, "node_modules", "marker"), "");
  writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
  writeFileSync(join(repo, "package.json"), '{"type": "module"}\n');
  writeFileSync(join(repo, "scripts", "dist.js"), DIST_JS);
  writeFileSync(join(repo, "fixture.json"), JSON.stringify(syntheticResults()));
  writeFileSync(join(repo, "provenance.json"), provenance("RLVR narrows the gap by 0.0415."));
  git("add", ".");
  git("commit", "-q", "-m", "one");
  git("tag", "v1");
  writeFileSync(join(repo, "fixture.json"), JSON.stringify(syntheticResults({ "summary.13B.RLVR.delta": -0.09 })));
  writeFileSync(join(repo, "provenance.json"), provenance("RLVR narrows the gap by 0.0900."));
  git("commit", "-q", "-am", "two");
  writeFileSync(join(repo, "FAIL"), "");
  git("add", "FAIL");
  git("commit", "-q", "-m", "broken");
  git("tag", "broken");
  git("rm", "-q", "FAIL");
  writeFileSync(join(repo, "SLOW"), "");
  git("add", "SLOW");
  git("commit", "-q", "-m", "slow");
  git("tag", "slow");
});

describe("diff of git revisions", () => {
  it("builds each revision in a temporary folder and diffs exactly the changed key", async () => {
    const dirs: string[] = [];
    const spy: Runner = (cmd, args, opts) => {
      if (cmd === "node") dirs.push(opts.cwd);
      return spawnRunner(cmd, args, opts);
    };
    const a = await resolveSide("v1", repo, spy);
    const b = await resolveSide("broken~1", repo, spy);
    expect(a.label).toMatch(/^v1 \([0-9a-f]{10}\)$/);
    const r = diffResults(a, b);
    expect(r.entries.map((e) => e.key)).toEqual(["summary.13B.RLVR.delta"]);
    expect(dirs).toHaveLength(4);
    for (const d of dirs) expect(existsSync(d)).toBe(false);
  });

  it("works from the command line, with exit 1 for differences and 0 for the same tree", async () => {
    const r = await runCli(["diff", "v1", "broken~1", "--format", "md"], repo);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("`summary.13B.RLVR.delta`");
    expect((await runCli(["diff", "v1", "v1"], repo)).code).toBe(0);
  });

  it("--render builds revisions with `build`, so changed sentences and places are shown", async () => {
    const r = await runCli(["diff", "v1", "broken~1", "--render", "--format", "json"], repo);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.groups).toEqual([{ where: "Section 3.6", keys: ["summary.13B.RLVR.delta"] }]);
    expect(j.sentences).toEqual([{ id: "s3.6-1", where: "Section 3.6", status: "changed", old: "RLVR narrows the gap by 0.0415.", new: "RLVR narrows the gap by 0.0900." }]);
  });

  it("a revision that fails to build is bad input (exit 2) with the build's output", async () => {
    const r = await runCli(["diff", "v1", "broken"], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("building revision broken failed at `node dist/cli/main.js compute --quiet --out");
    expect(r.stderr).toContain("simulated build failure");
  });

  it("a name that is neither a file nor a revision is bad input", async () => {
    const r = await runCli(["diff", "v1", "no-such-branch"], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("neither a file");
  });

  describe("interrupted while a revision builds", () => {
    // The compiled CLI in a process of its own (vitest runs after `node scripts/dist.js`), as a user runs it.
    const cli = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
    async function interrupt(send: (child: ReturnType<typeof spawn>) => void, detached: boolean): Promise<{ code: number | null; stderr: string; tmp: string[] }> {
      const tmp = mkdtempSync(join(tmpdir(), "safety-gap-review-tmpdir-"));
      const started = join(mkdtempSync(join(tmpdir(), "safety-gap-review-started-")), "started");
      const child = spawn(process.execPath, [cli, "diff", "v1", "slow"], { cwd: repo, env: { ...process.env, TMPDIR: tmp, SG_TEST_STARTED: started }, stdio: ["ignore", "pipe", "pipe"], detached });
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
      try {
        // Generous: only turns a hang into a failure.
        for (let i = 0; i < 600 && !existsSync(started) && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
        expect(existsSync(started), stderr).toBe(true);
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

describe("a revision whose CLI runs only when argv[1] is its file: URL (before the real-path check)", () => {
  // Such a dist/cli/main.js did nothing under a TMPDIR with a space; its bin/safety-gap.js calls main() itself.
  let old = "";
  beforeAll(() => {
    old = mkdtempSync(join(tmpdir(), "safety-gap-review-old-"));
    const run = (...args: string[]) => execFileSync("git", args, { cwd: old, stdio: "pipe" });
    run("init", "-q");
    run("config", "user.email", "t@example.com");
    run("config", "user.name", "t");
    mkdirSync(join(old, "scripts"));
    mkdirSync(join(old, "bin"));
    writeFileSync(join(old, "package.json"), '{"type": "module"}\n');
    writeFileSync(
      join(old, "scripts", "dist.js"),
      `import { mkdirSync, writeFileSync } from "node:fs";
mkdirSync("dist/cli", { recursive: true });
writeFileSync("dist/cli/main.js", \`import { mkdirSync, copyFileSync } from "node:fs";
export async function main(args) { const out = args[args.indexOf("--out") + 1]; mkdirSync(out, { recursive: true }); copyFileSync("fixture.json", out + "/results.json"); return 0; }
if (import.meta.url === \\\`file://\\\${process.argv[1]}\\\`) process.exitCode = await main(process.argv.slice(2));\`);
`,
    );
    writeFileSync(join(old, "bin", "safety-gap.js"), 'const { main } = await import("../dist/cli/main.js");\nprocess.exitCode = await main(process.argv.slice(2));\n');
    writeFileSync(join(old, "fixture.json"), JSON.stringify(syntheticResults()));
    run("add", ".");
    run("commit", "-q", "-m", "old");
  });

  it("builds under a TMPDIR with a space and non-ASCII letters", async () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = mkdtempSync(join(tmpdir(), "with space é "));
    try {
      const r = await runCli(["diff", "HEAD", "HEAD"], old);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
