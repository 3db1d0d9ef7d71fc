import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
import { compute, parseComputeArgs } from "../../src/cli/commands/compute.js";
import { SafetyGapError } from "../../src/errors.js";

function capture(isTTY = false): { io: CliIO; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return { io: { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY, cwd: process.cwd(), env: {} }, out: () => out, err: () => err };
}

const report = resolve("test/fixtures/model");

describe("safety-gap compute", () => {
  it("writes results.json and the CSVs atomically, keeping other entries of out/", async () => {
    const out = mkdtempSync(join(tmpdir(), "sg-compute-"));
    mkdirSync(join(out, "site"));
    writeFileSync(join(out, "site", "keep.txt"), "mine");
    const c = capture();
    expect(await compute.run(["--report", report, "--out", out, "--workers", "1"], c.io)).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as { numbers: Record<string, number>; seed: number };
    expect(results.seed).toBe(42);
    expect(typeof results.numbers["cmp.7B.CAI.ToxiGen.t"]).toBe("number");
    for (const f of ["data/samples.csv", "data/summary-1B.csv", "data/summary-7B.csv", "data/summary-13B.csv", "site/keep.txt"]) expect(existsSync(join(out, f)), f).toBe(true);
    expect(c.out()).toMatch(/wrote .*results\.json/);
    expect(c.err()).toBe(""); // not a TTY: no progress display
  });

  it("draws progress on a terminal, and not with --quiet; --seed overrides the file", async () => {
    const out = mkdtempSync(join(tmpdir(), "sg-compute-"));
    const tty = capture(true);
    await compute.run(["--report", report, "--out", out, "--workers=1", "--seed", "7"], tty.io);
    expect(tty.err()).toContain("90/90 comparisons");
    expect((JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as { seed: number }).seed).toBe(7);
    const quiet = capture(true);
    await compute.run(["--report", report, "--out", out, "--workers", "1", "--quiet"], quiet.io);
    expect(quiet.err()).toBe("");
    expect(quiet.out()).toBe("");
  });

  it("rejects bad options with a SafetyGapError", () => {
    expect(() => parseComputeArgs(["--workers", "0"])).toThrow("`--workers` must be an integer >= 1, got `0`");
    expect(() => parseComputeArgs(["--seed"])).toThrow("`--seed` needs a value");
    expect(() => parseComputeArgs(["--fast"])).toThrow(SafetyGapError);
  });

  it("names the parameter file in a parameter error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-report-"));
    writeFileSync(join(dir, "model.yaml"), readFileSync(join(report, "model.yaml"), "utf8").replace(/^samplesPerCell: 50/m, "samplesPerCell: -5"));
    await expect(compute.run(["--report", dir, "--out", join(dir, "out")], capture().io)).rejects.toThrow("`samplesPerCell` must be an integer >= 2, with n × cells <= 10,000,000, got -5");
  });
});
