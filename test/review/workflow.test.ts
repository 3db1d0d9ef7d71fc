// The CI recipe (.github/workflows/paper.yml), validated as far as a machine
// without GitHub allows: it parses, runs the right commands, and every shell
// step is valid bash; the diff step's exit-status logic accepts 0 and 1 only.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const FILE = new URL("../../.github/workflows/paper.yml", import.meta.url).pathname;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(FILE, "utf8")) as { on: Record<string, unknown>; jobs: Record<string, { "runs-on": string; container?: string; steps: Step[]; permissions?: Record<string, string> }> };
const job = workflow.jobs.build!;
const runs = job.steps.filter((s) => s.run).map((s) => s.run!);

describe(".github/workflows/paper.yml", () => {
  it("builds on push and pull request with Node 20 and Chromium from apt, and runs every test tier", () => {
    expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push"]);
    expect(job.container).toMatch(/^node:20/);
    expect(runs.join("\n")).toMatch(/apt-get install -y .*chromium/);
    for (const cmd of ["npm ci", "npm run build", "npm run test:all"]) expect(runs).toContain(cmd);
    expect(job.permissions?.["pull-requests"]).toBe("write");
  });

  it("uploads out/ and posts the diff against the base commit on pull requests", () => {
    const upload = job.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with?.path).toBe("out/");
    const diff = job.steps.find((s) => s.run?.includes("safety-gap diff"))!;
    expect(diff.if).toContain("pull_request");
    expect(diff.env?.BASE_SHA).toBe("${{ github.event.pull_request.base.sha }}");
    expect(diff.run).toContain('npx safety-gap diff "$BASE_SHA" HEAD --render --format md --max-chars 65000 --full diff-full.md > diff.md');
    const comment = job.steps.find((s) => s.uses?.startsWith("actions/github-script@"))! as Step & { "continue-on-error"?: boolean };
    expect(String(comment.with?.script)).toContain('readFileSync("diff.md"');
    // A fork's token cannot comment: skipped there, and never failing the job.
    expect(comment.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
    expect(comment["continue-on-error"]).toBe(true);
    const whole = job.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@") && s.with?.path === "diff-full.md")!;
    expect(whole.if).toContain("pull_request");
    // Checkout must fetch history, or the base commit is missing.
    expect(job.steps.find((s) => s.uses?.startsWith("actions/checkout@"))!.with?.["fetch-depth"]).toBe(0);
  });

  it("every run step is valid bash", () => {
    for (const script of runs) {
      const r = spawnSync("bash", ["-n"], { input: script });
      expect(r.status, script).toBe(0);
    }
  });

  it("the diff step accepts exit 0 and 1 and fails on 2, and writes the whole diff to the job summary only when it fits 1 MiB", () => {
    const diff = job.steps.find((s) => s.run?.includes("safety-gap diff"))!.run!;
    const run = (code: number, fullBytes: number): { ok: boolean; summary: string } => {
      const dir = mkdtempSync(join(tmpdir(), "sg-workflow-"));
      // Replace the real command by one writing a summary and a whole diff of `fullBytes`, then exiting with `code`.
      const script = diff.replace(/npx safety-gap diff .*> diff\.md/, `(echo summary; head -c ${fullBytes} /dev/zero | tr '\\0' x > diff-full.md; exit ${code}) > diff.md`);
      const r = spawnSync("bash", ["-e", "-c", `cd "${dir}" && ${script}`], { env: { ...process.env, GITHUB_STEP_SUMMARY: join(dir, "summary"), GITHUB_SHA: "abc" } });
      return { ok: r.status === 0, summary: readFileSync(join(dir, "summary"), "utf8") };
    };
    for (const [code, ok] of [[0, true], [1, true], [2, false]] as const) expect(run(code, 10).ok, `exit ${code}`).toBe(ok);
    expect(run(1, 1_000_000).summary).toBe("x".repeat(1_000_000));
    expect(run(1, 1_000_001).summary).toBe("summary\nThe whole diff is too long for this page: see the artifact paper-diff-abc.\n");
    expect(execFileSync("bash", ["-c", "echo ok"]).toString()).toBe("ok\n");
  });
});
