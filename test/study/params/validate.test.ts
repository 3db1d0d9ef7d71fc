/**
 * The validator's limits: every value it accepts must run through the whole
 * computation (no failure deep in the statistics, no out-of-memory kill), and
 * every name must be safe as a file name and a results-key part.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { parseParams } from "../../../src/study/params/load.js";

const FILE = "report/model.yaml";
const source = readFileSync(FILE, "utf8");

/** `source` with `from` replaced by `to` (the edit must apply). */
function edit(from: string | RegExp, to: string): string {
  const edited = source.replace(from, to);
  expect(edited, `edit ${String(from)} must apply`).not.toBe(source);
  return edited;
}

/** The SafetyGapError thrown for `source` with `from` replaced by `to`. */
function errorFor(from: string | RegExp, to: string): SafetyGapError {
  const edited = edit(from, to);
  return safetyGapErrorOf(() => parseParams(edited, FILE), `${String(from)} -> ${to}`);
}

/** 1-based line of the first occurrence of `text` in `source`. */
const lineOf = (text: string): number => source.slice(0, source.indexOf(text)).split("\n").length;

describe("sizes and noise are bounded so the statistics and the memory hold", () => {
  it("samplesPerCell >= 2: a cell's SD needs two samples", () => {
    const e = errorFor(/^samplesPerCell: 500/m, "samplesPerCell: 1");
    expect(e.message).toBe("`samplesPerCell` must be an integer >= 2, with n × cells <= 10,000,000, got 1");
    expect(e.where).toMatchObject({ file: FILE, line: lineOf("samplesPerCell:"), column: 17, path: "samplesPerCell" });
    expect(e.hint).toMatch(/at least 2 \(a cell's SD and t-test need two samples\)/);
  });

  it("bootstrap.resamples >= 2: the bootstrap SE needs two replicates", () => {
    const e = errorFor("resamples: 10000", "resamples: 1");
    expect(e.message).toBe("`bootstrap.resamples` must be an integer >= 2, with B × comparisons <= 100,000,000, got 1");
    expect(e.where?.path).toBe("bootstrap.resamples");
    expect(e.hint).toMatch(/at least 2 \(a bootstrap SE is the SD of the replicates\)/);
  });

  it("samples in all (n × cells) are bounded: they are kept in memory", () => {
    // 180 cells in the paper's design: n = 100,000 is 18,000,000 samples.
    const e = errorFor(/^samplesPerCell: 500/m, "samplesPerCell: 100000");
    expect(e.message).toBe("`samplesPerCell` = 100,000 × 180 cells = 18,000,000 samples; at most 10,000,000 are allowed");
    expect(e.where).toMatchObject({ line: lineOf("samplesPerCell:"), path: "samplesPerCell" });
    expect(e.hint).toMatch(/memory/);
    expect(e.hint).toMatch(/at most 55,555 for this design/);
    // Absurd values fail at the field, before the design is known.
    expect(errorFor(/^samplesPerCell: 500/m, "samplesPerCell: 1e12").message).toMatch(/^`samplesPerCell` must be an integer >= 2, .*got 1000000000000$/);
    expect(errorFor(/^samplesPerCell: 500/m, "samplesPerCell: 100000000").message).toMatch(/^`samplesPerCell` must be an integer >= 2/);
    // The largest allowed n for the design passes.
    expect(parseParams(edit(/^samplesPerCell: 500/m, "samplesPerCell: 55555"), FILE).params.samplesPerCell).toBe(55555);
  });

  it("replicates in all (B × comparisons) are bounded: they are kept in memory", () => {
    const e = errorFor("resamples: 10000", "resamples: 2000000");
    expect(e.message).toBe("`bootstrap.resamples` = 2,000,000 × 90 comparisons = 180,000,000 replicates; at most 100,000,000 are allowed");
    expect(e.where?.path).toBe("bootstrap.resamples");
    expect(e.hint).toMatch(/at most 1,111,111 for this design/);
    expect(errorFor("resamples: 10000", "resamples: 1e15").message).toMatch(/^`bootstrap.resamples` must be an integer >= 2, .*got 1000000000000000$/);
    expect(parseParams(edit("resamples: 10000", "resamples: 1111111"), FILE).params.bootstrap.resamples).toBe(1111111);
  });

  it("cells are bounded: results.json holds numbers for each, all in memory (1,024,000 cells took 4.9 GB; 2,000,000 overflow a string)", () => {
    const list = (prefix: string, k: number): string[] => Array.from({ length: k }, (_, i) => `${prefix}${i}`);
    // 2 conditions × 5 methods × 3 scales × 6 benchmarks = 180 cells; 3,334 more benchmarks make 100,200 cells.
    const extra = list("X", 3334);
    const e = errorFor("  GSM8K: capability\n", `  GSM8K: capability\n${extra.map((b) => `  ${b}: capability\n`).join("")}`);
    expect(e.message).toBe("the design has 2 conditions × 5 methods × 3 scales × 3,340 benchmarks = 100,200 cells; at most 100,000 are allowed");
    expect(e.where?.path).toBe("benchmarks");
    expect(e.hint).toMatch(/memory/);
  });

  it("noise.sd in [1e-6, 1]: smaller drowns in rounding, larger clips most scores", () => {
    for (const sd of ["1e-300", "1e-7", "1.5", "1e308"]) {
      const e = errorFor("sd: 0.0147", `sd: ${sd}`);
      expect(e.message).toBe(`\`noise.sd\` must be a number from 1e-6 to 1, got ${String(Number(sd))}`);
      expect(e.where?.path).toBe("noise.sd");
      expect(e.hint).toMatch(/from 1e-6 \(.*rounding.*\) to 1 \(larger clips most scores/);
    }
    for (const sd of ["1e-6", "1"]) expect(parseParams(edit("sd: 0.0147", `sd: ${sd}`), FILE).params.noise.sd).toBe(Number(sd));
  });
});

describe("integers beyond 2^53 - 1", () => {
  it("name the real limit and say that YAML rounded the value", () => {
    const e = errorFor(/^seed: 42/m, "seed: 18446744073709551616");
    expect(e.message).toBe("`seed` must be an integer from 0 to 2^53 - 1 = 9007199254740991, got 18446744073709552000");
    expect(e.hint).toBe(
      "YAML read `18446744073709551616` as 18446744073709552000: integers above 2^53 - 1 = 9007199254740991 are rounded (JavaScript numbers are doubles). Use a smaller value.",
    );
    expect(parseParams(edit(/^seed: 42/m, "seed: 9007199254740991"), FILE).params.seed).toBe(9007199254740991);
  });
});

describe("names are safe as file names and results-key parts", () => {
  const ALLOWED = "a name of letters, digits, `+`, `-` and `_` (starting with a letter or digit, at most 64 characters)";

  it("the paper's names are valid", () => {
    const { params } = parseParams(source, FILE);
    expect([...params.scales, ...params.methods, params.conditions.treated, params.conditions.control, ...params.benchmarks.map((b) => b.name)]).toEqual([
      "1B", "7B", "13B", "SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI", "AP", "NoAP", "ToxiGen", "TruthfulQA", "BBQ", "MMLU", "HumanEval", "GSM8K",
    ]);
  });

  it("a slash, a newline, a NUL byte, a space or a leading dash in a scale is refused, with what is allowed", () => {
    for (const [yaml, shown] of [
      ["13/B", "`13/B`"],
      ['"13\\nB"', "`13\\nB`"],
      ['"13\\0B"', "`13\\u0000B`"],
      ['"13 B"', "`13 B`"],
      ["-13B", "`-13B`"],
      ["é13B", "`é13B`"],
    ]) {
      const e = errorFor("scales: [1B, 7B, 13B]", `scales: [1B, 7B, ${yaml}]`);
      expect(e.message).toBe(`\`scales[2]\` must be ${ALLOWED}, got ${shown}`);
      expect(e.where).toMatchObject({ file: FILE, line: lineOf("scales: [1B"), path: "scales[2]" });
      expect(e.hint).toMatch(/file names \(data\/summary-<scale>\.csv\) and results keys/);
    }
  });

  it("a name longer than 64 characters is refused", () => {
    const long = "B".repeat(65);
    expect(errorFor("scales: [1B, 7B, 13B]", `scales: [1B, 7B, ${long}]`).message).toBe(`\`scales[2]\` must be ${ALLOWED}, got \`${long.slice(0, 60)}…\` (65 characters)`);
    expect(parseParams(edit(/13B/g, "B".repeat(64)), FILE).params.scales).toEqual(["1B", "7B", "B".repeat(64)]);
  });

  it("a condition, a method and a benchmark name are checked the same way, the benchmark at its key", () => {
    expect(errorFor("treated: AP", "treated: A/P").message).toBe(`\`conditions.treated\` must be ${ALLOWED}, got \`A/P\``);
    expect(errorFor("methods: [SFT+DPO, RLVR,", "methods: [SFT+DPO, R.L/VR,").message).toBe(`\`methods[1]\` must be ${ALLOWED}, got \`R.L/VR\``);
    const e = errorFor("  BBQ: safety", "  B/BQ: safety");
    expect(e.message).toBe(`key \`B/BQ\` in \`benchmarks\` is not allowed: a key must be ${ALLOWED}`);
    expect(e.hint).toMatch(/file names \(data\/summary-<scale>\.csv\) and results keys/);
    expect(e.where).toMatchObject({ line: lineOf("  BBQ: safety"), column: 3, length: 4, path: "benchmarks.B/BQ" });
  });

  it("two scales that differ only in case are refused: their summary files would be one on macOS and Windows", () => {
    const e = errorFor("scales: [1B, 7B, 13B]", "scales: [1B, 7B, 13B, 13b]");
    expect(e.message).toBe("`scales`: `13B` and `13b` differ only in case, so data/summary-13B.csv and data/summary-13b.csv would be one file on macOS and Windows");
    expect(e.where?.path).toBe("scales.3");
  });

  it("names of Object's own properties (constructor, toString) are ordinary names", () => {
    // "constructor" in {} is true: a missing scale named so must still be reported missing.
    const e = errorFor("scales: [1B, 7B, 13B]", "scales: [1B, 7B, 13B, constructor]");
    expect(e.message).toBe("scale `constructor` is missing from `baseline`; every scale needs a value");
    const { params } = parseParams(edit(/Deliberative/g, "toString"), FILE);
    expect(params.methods).toContain("toString");
    expect(Object.keys(params.methodEffects)).toContain("toString");
  });
});
