// `safety-gap diff` end to end: exit codes, formats, bad input.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./cliHarness.js";
import { syntheticResults } from "./syntheticResults.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "safety-gap-review-diff-"));
  const a = syntheticResults();
  writeFileSync(join(dir, "a.json"), JSON.stringify(a));
  writeFileSync(join(dir, "a2.json"), JSON.stringify(syntheticResults()));
  const se = a.numbers["cell.7B.RLVR.AP.BBQ.se"]!;
  writeFileSync(
    join(dir, "b.json"),
    JSON.stringify(syntheticResults({ "summary.7B.CAI.retention": 0.7, "cell.7B.RLVR.AP.BBQ.mean": a.numbers["cell.7B.RLVR.AP.BBQ.mean"]! + se / 10 })),
  );
  mkdirSync(join(dir, "outB"));
  writeFileSync(join(dir, "outB", "results.json"), JSON.stringify(syntheticResults({ "summary.7B.CAI.retention": 0.7 })));
  writeFileSync(join(dir, "bad.json"), '{"schemaVersion": 1, "numbers": {"x": "1"}}');
  writeFileSync(join(dir, "broken.json"), '{"schemaVersion": 1,\n  "numbers": {');
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "v99.json"), JSON.stringify({ ...syntheticResults(), schemaVersion: 99 }));
});

describe("safety-gap diff", () => {
  it("exits 0 when identical", async () => {
    const r = await runCli(["diff", "a.json", "a2.json"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("identical");
  });

  it("exits 1 and lists the changed keys in an aligned table", async () => {
    const r = await runCli(["diff", "a.json", "b.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/summary\.7B\.CAI\.retention\s+0\.7601\s+0\.7\s+-0\.0601\s+0\.0141421\s+significant/);
    expect(r.stdout).toMatch(/cell\.7B\.RLVR\.AP\.BBQ\.mean .* within MC noise/);
    expect(r.stdout).not.toContain("\x1b[");
  });

  it("accepts output folders", async () => {
    const r = await runCli(["diff", "a.json", "outB", "--format", "json"], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).entries.map((e: { key: string }) => e.key)).toEqual(["summary.7B.CAI.retention"]);
  });

  it("--format md puts significant changes first and noise in <details>", async () => {
    const r = await runCli(["diff", "a.json", "b.json", "--format=md"], dir);
    expect(r.code).toBe(1);
    const md = r.stdout;
    expect(md).toMatch(/^### safety-gap diff/);
    expect(md.indexOf("#### Changed numbers")).toBeLessThan(md.indexOf("<details>"));
    expect(md).toContain("| summary 7B | `summary.7B.CAI.retention` | 0.7601 | 0.7 | -0.0601 |");
    expect(md).toMatch(/<details>\n<summary>1 change within Monte-Carlo noise<\/summary>\n\n\| where/);
  });

  it("--format json is the full report", async () => {
    const r = await runCli(["diff", "a.json", "b.json", "--format", "json"], dir);
    const j = JSON.parse(r.stdout);
    expect(j.identical).toBe(false);
    expect(j.entries).toHaveLength(2);
    expect(j.entries[1]).toMatchObject({ key: "summary.7B.CAI.retention", significant: true });
  });

  it("exits 2 on bad input, saying where", async () => {
    expect((await runCli(["diff", "a.json"], dir)).code).toBe(2);
    const missing = await runCli(["diff", "a.json", "nope.json"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("'nope.json' is neither a file");
    const bad = await runCli(["diff", "a.json", "bad.json"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("bad.json (numbers.x): field 'numbers.x' must be a number");
    const broken = await runCli(["diff", "a.json", "broken.json"], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json.*not valid JSON/);
    expect((await runCli(["diff", "a.json", "empty"], dir)).stderr).toContain("has no results.json");
    expect((await runCli(["diff", "a.json", "b.json", "--format", "xml"], dir)).stderr).toContain("unknown format 'xml'");
    expect((await runCli(["diff", "a.json", "b.json", "--colour"], dir)).code).toBe(2);
  });

  it("--max-chars takes a whole number of at least 2000, only with --format md; --full writes the whole Markdown", async () => {
    for (const value of ["1999", "abc", "-5", "2e4", ""]) {
      const r = await runCli(["diff", "a.json", "b.json", "--format", "md", `--max-chars=${value}`], dir);
      expect(r.code, value).toBe(2);
      expect(r.stderr).toBe(`safety-gap diff: (command line): --max-chars must be a whole number of at least 2000, got '${value}' (see \`safety-gap diff --help\`)\n`);
    }
    const table = await runCli(["diff", "a.json", "b.json", "--max-chars", "65000"], dir);
    expect(table.code).toBe(2);
    expect(table.stderr).toBe("safety-gap diff: (command line): --max-chars shortens the Markdown of --format md, not --format table (see `safety-gap diff --help`)\n");
    const r = await runCli(["diff", "a.json", "b.json", "--format", "md", "--max-chars", "2000", "--full", "whole.md"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThanOrEqual(2000);
    expect(readFileSync(join(dir, "whole.md"), "utf8")).toBe((await runCli(["diff", "a.json", "b.json", "--format", "md"], dir)).stdout);
    const unwritable = await runCli(["diff", "a.json", "b.json", "--full", join(dir, "no-such-folder", "whole.md")], dir);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain(`cannot write the full diff to ${join(dir, "no-such-folder", "whole.md")} (ENOENT)`);
  });

  it("refuses results of another schemaVersion instead of comparing them", async () => {
    const r = await runCli(["diff", "a.json", "v99.json"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("v99.json (schemaVersion): schemaVersion 99 is not supported (this safety-gap reads version 1)");
  });

  it("--sigmas takes a finite decimal > 0 and nothing else", async () => {
    for (const k of ["Infinity", "0x10", " 2", "2 ", "0", "-1", "1e400", "abc", "", "1e-3", "NaN"]) {
      const r = await runCli(["diff", "a.json", "b.json", `--sigmas=${k}`], dir);
      expect(r.code, JSON.stringify(k)).toBe(2);
      expect(r.stderr).toContain(`--sigmas must be a decimal number greater than 0, got '${k}'`);
    }
    for (const k of ["2", "0.5", ".5", "3."]) expect((await runCli(["diff", "a.json", "b.json", "--sigmas", k], dir)).code, k).toBe(1);
  });
});
