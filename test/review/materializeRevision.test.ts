// Revisions mode on a light fake repository: `git archive` of each commit,
// node_modules symlinked from the repo, `node scripts/dist.js` then
// `node dist/cli/main.js compute --quiet --out <tmp>`, and cleanup.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
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
});

describe("diff of git revisions", () => {
  it("builds each revision in a temporary folder and diffs exactly the changed key", () => {
    const dirs: string[] = [];
    const spy: Runner = (cmd, args, opts) => {
      if (cmd === "node") dirs.push(opts.cwd);
      return spawnRunner(cmd, args, opts);
    };
    const a = resolveSide("v1", repo, spy);
    const b = resolveSide("broken~1", repo, spy);
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
});
