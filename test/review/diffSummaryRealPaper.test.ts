/**
 * The pull-request summary (diff --format md --max-chars N) of the real
 * paper at seed 42 against seed 43 stays within GitHub's comment limit, with
 * the printed numbers first. It builds and computes end to end through the
 * CLI (seconds), so it is a file of its own, which mutation runs leave out.
 */
import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./cliHarness.js";
import { realBuild } from "../helpers/realOutput.js";

const repo = join(import.meta.dirname, "..", "..");

describe("diff --format md --max-chars on the real paper, seed 42 against seed 43", () => {
  const project = mkdtempSync(join(tmpdir(), "sg-diff-summary-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("stays within GitHub's 65,536 characters, printed numbers first; --full writes the whole diff", async () => {
    for (const d of ["report", "templates"]) cpSync(join(repo, d), join(project, d), { recursive: true });
    // The real build's stage cache (helpers/realOutput.ts, made once for many files): seed 42's compute is reused.
    cpSync((await realBuild()).cache, join(project, ".cache"), { recursive: true });
    // Seed 42 (the paper's) rendered without PDF and supplement: results and provenance.json, which says
    // which numbers the text prints; seed 43 from `compute --seed`, with the same text's provenance.
    expect((await runCli(["build", "--no-pdf", "--no-site", "--quiet", "--out", "seed42"], project)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(project, "seed42", "results.json"), "utf8")).seed).toBe(42);
    expect((await runCli(["compute", "--quiet", "--seed", "43", "--out", "seed43"], project)).code).toBe(0);
    copyFileSync(join(project, "seed42", "provenance.json"), join(project, "seed43", "provenance.json"));

    const r = await runCli(["diff", "seed42", "seed43", "--format", "md", "--max-chars", "65000", "--full", "whole.md"], project);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThanOrEqual(65_000);
    const whole = readFileSync(join(project, "whole.md"), "utf8");
    expect(whole.length).toBeGreaterThan(65_536);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("### safety-gap diff `seed42` → `seed43`");
    expect(lines).toContain("- `seed`: 42 -> 43");
    const sections = lines.filter((l) => l.startsWith("#### "));
    expect(sections.map((l) => l.replace(/\(\d+/, "(N"))).toEqual(["#### Numbers printed in the paper (N changed)", "#### Other significant changes (N, not printed in the paper)", "#### The rest"]);
    expect(r.stdout).toMatch(/_… and \d+ more, in the whole diff\._|_\d+ not listed here, to keep the summary short: see the whole diff\._/);
  });
});
