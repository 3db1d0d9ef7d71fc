/**
 * The whole build, as an author meets it: `safety-gap build` in a fresh
 * copy of the project (empty stage cache: a cold build), then again after
 * editing one sentence of the text (compute and figures reused; render,
 * site and PDF rerun). Wall time of the command, and each stage's time as
 * the command prints it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = join(import.meta.dirname, "..");
const cli = join(repo, "dist", "cli", "main.js");

function timedBuild(project: string): { ms: number; stages: string } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [cli, "build"], { cwd: project, env: { ...process.env, SOURCE_DATE_EPOCH: "0" }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return { ms: performance.now() - t0, stages: out.split("\n").filter((l) => /^ {2}\S/.test(l)).join("\n") };
}

export async function run(): Promise<void> {
  const project = mkdtempSync(join(tmpdir(), "sg-bench-build-"));
  try {
    for (const d of ["report", "templates"]) cpSync(join(repo, d), join(project, d), { recursive: true });
    const cold = timedBuild(project);
    console.log(`cold build (empty cache), wall: ${(cold.ms / 1000).toFixed(2)} s   target < 6 s\n${cold.stages}`);

    const intro = join(project, "report", "paper", "01-introduction.md");
    writeFileSync(intro, readFileSync(intro, "utf8").replace(/\n\n/, "\n\nOne more sentence for the benchmark.\n\n"));
    const edit = timedBuild(project);
    console.log(`rebuild after a text edit, wall: ${(edit.ms / 1000).toFixed(2)} s   target < 2 s (PDF included)\n${edit.stages}`);

    const same = timedBuild(project);
    console.log(`rebuild with nothing changed, wall: ${(same.ms / 1000).toFixed(2)} s\n${same.stages}`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
