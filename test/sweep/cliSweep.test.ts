/**
 * `safety-gap sweep`, `sweep merge` and `check --sweep` through the CLI, on
 * a copy of report/ at a small size (n = 40, 200 resamples).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../review/cliHarness.js";

const repo = join(import.meta.dirname, "..", "..");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sg-cli-sweep-"));
  cpSync(join(repo, "report"), join(dir, "report"), { recursive: true });
  const model = join(dir, "report", "model.yaml");
  writeFileSync(model, readFileSync(model, "utf8").replace(/^samplesPerCell: 500/m, "samplesPerCell: 40").replace(/^ {2}resamples: 10000/m, "  resamples: 200"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("safety-gap sweep (CLI)", () => {
  it("writes sweep.json; two shards merged give the same bytes; check --sweep lists the fragile claims", async () => {
    // (Sharded and merged equals unsharded byte for byte: test/sweep/sweep.test.ts, on the same functions.)
    for (const i of [1, 2]) {
      const part = await runCli(["sweep", "--seeds", "3,2,1", "--shard", `${i}/2`, "--out", "parts", "--workers", "1"], dir);
      expect(part.stdout).toMatch(new RegExp(`^safety-gap sweep: wrote parts/sweep-part-${i}-of-2\\.json \\(${3 - i} seeds?, \\d+ numbers, 62 claims and statements, [\\d.]+ s\\)\\n$`));
    }
    const merged = await runCli(["sweep", "merge", "parts/sweep-part-2-of-2.json", "parts/sweep-part-1-of-2.json", "--out", "whole", "--quiet"], dir);
    expect(merged.code).toBe(0);

    expect((await runCli(["compute", "--out", "whole", "--quiet", "--workers", "1"], dir)).code).toBe(0);
    const check = await runCli(["check", "--results", "whole", "--format", "json"], dir);
    const report = JSON.parse(check.stdout) as { sweep: { seeds: number; fragileBelow: number; fragile: { id: string }[] } };
    const sweep = JSON.parse(readFileSync(join(dir, "whole", "sweep.json"), "utf8")) as { claims: Record<string, { paper: boolean; rate: number }> };
    const fragile = Object.entries(sweep.claims).filter(([, c]) => c.paper && c.rate < 0.95).map(([id]) => id);
    expect(fragile.length).toBeGreaterThan(0);
    expect([report.sweep.seeds, report.sweep.fragileBelow, report.sweep.fragile.map((f) => f.id)]).toEqual([3, 0.95, fragile]);
    const text = await runCli(["check", "--results", "whole", "--fragile", "0"], dir);
    expect(text.stdout).toContain("Robustness to the seed (");
    expect(text.stdout).toContain("  0 fragile: hold in the paper's seed but in fewer than 0% of the seeds\n");
  });

  it("refuses a merge with a shard missing, and a bad --seeds, as bad input (exit 2)", async () => {
    // The first shard of the test above alone (seeds 1 and 3 of 1..3).
    const merged = await runCli(["sweep", "merge", "parts/sweep-part-1-of-2.json", "--out", "half"], dir);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toContain("the parts lack 1 seed of the sweep (2): shard 2 of 2 missing");
    const bad = await runCli(["sweep", "--seeds", "4..1"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--seeds 4..1 is empty: the range's end is below its start");
  });
});
