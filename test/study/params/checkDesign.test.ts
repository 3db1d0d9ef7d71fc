/**
 * The design's checks the schema cannot say, each on a small model.yaml:
 * the exact message, where it points (line, column, field path) and the fix.
 */
import { describe, expect, it } from "vitest";
import type { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { parseParams } from "../../../src/study/params/load.js";

const FILE = "m.yaml";
// Two methods (A the baseline), one scale, one benchmark of each kind; every mean is 0.5.
const MINI = `seed: 1
samplesPerCell: 2
bootstrap:
  resamples: 2
  confidence: 0.9
conditions:
  treated: T
  control: C
methods: [A, B]
baselineMethod: A
scales: [s]
benchmarks:
  x: safety
  y: capability
noise:
  sd: 0.01
baseline:
  s: { x: 0.5, y: 0.5 }
alignment:
  s: { x: 0, y: 0 }
methodEffects:
  B:
    lift: { x: 0, y: 0 }
`;

/** MINI with `from` replaced by `to` (the edit must apply). */
function edit(from: string | RegExp, to: string): string {
  const edited = MINI.replace(from, to);
  expect(edited, `edit ${String(from)} must apply`).not.toBe(MINI);
  return edited;
}

const errorOf = (text: string): SafetyGapError => safetyGapErrorOf(() => parseParams(text, FILE));
const errorFor = (from: string | RegExp, to: string): SafetyGapError => errorOf(edit(from, to));
/** What a test checks of an error: message, line:column (field) and fix. */
const shown = (e: SafetyGapError) => ({ message: e.message, at: `${e.where?.line}:${e.where?.column} (${e.where?.path})`, hint: e.hint });

describe("checkDesign", () => {
  it("the small design passes, with the baseline method's effects filled", () => {
    const { params } = parseParams(MINI, FILE);
    expect(params.methodEffects).toEqual({ A: { lift: { x: 0, y: 0 }, retention: { x: 1, y: 1 } }, B: { lift: { x: 0, y: 0 }, retention: { x: 1, y: 1 } } });
  });

  it("the two conditions must differ, in name and in CRC-32", () => {
    expect(shown(errorFor("control: C", "control: T"))).toEqual({ message: "`conditions.treated` and `conditions.control` are both `T`", at: "8:12 (conditions.control)", hint: undefined });
    // "plumless" and "buckeroo" are a known CRC-32 collision.
    expect(shown(errorOf(edit("treated: T", "treated: plumless").replace("control: C", "control: buckeroo")))).toEqual({
      message: "`conditions`: `plumless` and `buckeroo` have the same CRC-32, so they would share a random stream",
      at: "8:12 (conditions.control)",
      hint: "Rename one of them.",
    });
  });

  it("methods are distinct and the baseline method is one of them", () => {
    expect(shown(errorFor("methods: [A, B]", "methods: [A, B, A]"))).toEqual({ message: "`methods` lists `A` twice; names must be distinct", at: "9:17 (methods.2)", hint: undefined });
    expect(shown(errorFor("baselineMethod: A", "baselineMethod: Bb"))).toEqual({ message: "unknown method `Bb`; allowed: `A`, `B`", at: "10:17 (baselineMethod)", hint: "did you mean `B`?" });
    // No declared name is close: no suggestion.
    expect(shown(errorFor("baselineMethod: A", "baselineMethod: Zzzzzzzz"))).toEqual({ message: "unknown method `Zzzzzzzz`; allowed: `A`, `B`", at: "10:17 (baselineMethod)", hint: undefined });
  });

  it("scales differing only in case are refused (they name files); methods may differ in case", () => {
    expect(shown(errorFor("scales: [s]", "scales: [s, S]"))).toEqual({
      message: "`scales`: `s` and `S` differ only in case, so data/summary-s.csv and data/summary-S.csv would be one file on macOS and Windows",
      at: "11:13 (scales.1)",
      hint: "Rename one of them.",
    });
    const { params } = parseParams(edit("methods: [A, B]", "methods: [A, B, b]").replace("methodEffects:\n", "methodEffects:\n  b: { lift: { x: 0, y: 0 } }\n"), FILE);
    expect(params.methods).toEqual(["A", "B", "b"]);
  });

  it("benchmarks with the same CRC-32 are refused at the second one's key", () => {
    const e = errorFor("  y: capability\n", "  y: capability\n  plumless: safety\n  buckeroo: safety\n");
    expect(shown(e)).toEqual({
      message: "`benchmarks`: `plumless` and `buckeroo` have the same CRC-32, so they would share a random stream",
      at: "16:3 (benchmarks.buckeroo)",
      hint: "Rename one of them.",
    });
  });

  it("needs a safety and a capability benchmark", () => {
    expect(shown(errorFor("y: capability", "y: safety"))).toEqual({ message: "`benchmarks` has no capability benchmark; at least one is needed", at: "13:3 (benchmarks)", hint: undefined });
    expect(shown(errorFor("x: safety", "x: capability"))).toEqual({ message: "`benchmarks` has no safety benchmark; at least one is needed", at: "13:3 (benchmarks)", hint: undefined });
  });

  it("every scale of baseline and alignment is declared and present", () => {
    expect(shown(errorFor("baseline:\n", "baseline:\n  t: { x: 0.5, y: 0.5 }\n"))).toEqual({ message: "unknown scale `t`; allowed: `s`", at: "18:3 (baseline.t)", hint: "did you mean `s`?" });
    expect(shown(errorFor("scales: [s]", "scales: [s, t]"))).toEqual({ message: "scale `t` is missing from `baseline`; every scale needs a value", at: "18:3 (baseline)", hint: undefined });
  });

  it("the baseline method has no effects; every other method has them, with declared benchmarks only", () => {
    expect(shown(errorFor("methodEffects:\n", "methodEffects:\n  A: { lift: {} }\n"))).toEqual({
      message: "`methodEffects.A`: the baseline method has lift 0 and retention 1 by definition and must not be listed",
      at: "22:3 (methodEffects.A)",
      hint: "Remove this entry, or change `baselineMethod`.",
    });
    expect(shown(errorFor("methods: [A, B]", "methods: [A, B, C]"))).toEqual({ message: "method `C` is missing from `methodEffects`; every method needs a value", at: "22:3 (methodEffects)", hint: undefined });
    expect(shown(errorFor("lift: { x: 0, y: 0 }", "lift: { x: 0, y: 0 }\n    retention: { z: 1 }"))).toEqual({
      message: "unknown benchmark `z`; allowed: `x`, `y`",
      at: "24:18 (methodEffects.B.retention.z)",
      hint: "did you mean `x`?",
    });
  });

  it("a cell mean of exactly 0 or 1 is a score; beyond it points at the baseline (baseline method) or the method's lift", () => {
    const { params } = parseParams(edit("s: { x: 0.5, y: 0.5 }", "s: { x: 0, y: 1 }"), FILE);
    expect(params.baseline).toEqual({ s: { x: 0, y: 1 } });
    expect(shown(errorOf(edit("s: { x: 0.5, y: 0.5 }", "s: { x: 0.5, y: 1 }").replace("s: { x: 0, y: 0 }", "s: { x: 0, y: 0.5 }")))).toEqual({
      message: "the mean score of s/A/T/y is 1.5, outside [0, 1]: scores are proportions",
      at: "18:19 (baseline.s.y)",
      hint: "Lower the baseline, lift or alignment effect of this benchmark.",
    });
    expect(shown(errorFor("lift: { x: 0, y: 0 }", "lift: { x: -0.75, y: 0 }"))).toEqual({
      message: "the mean score of s/B/T/x is -0.25, outside [0, 1]: scores are proportions",
      at: "23:16 (methodEffects.B.lift.x)",
      hint: "Lower the baseline, lift or alignment effect of this benchmark.",
    });
  });

  describe("the design's size: the limits themselves are allowed", () => {
    const names = (prefix: string, from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
    /** MINI with more methods, scales and (capability) benchmarks declared; their values are left missing. */
    const grown = (methods: number, scales: number, benchmarks: number, n: number, b: number): string =>
      edit("methods: [A, B]", `methods: [${["A", "B", ...names("m", 3, methods)].join(", ")}]`)
        .replace("scales: [s]", `scales: [${["s", ...names("s", 2, scales)].join(", ")}]`)
        .replace("  y: capability\n", `  y: capability\n${names("b", 3, benchmarks).map((k) => `  ${k}: capability\n`).join("")}`)
        .replace("samplesPerCell: 2", `samplesPerCell: ${n}`)
        .replace("resamples: 2", `resamples: ${b}`);

    it("100,000 cells, 10,000,000 samples and 100,000,000 replicates pass the size checks; one more does not", () => {
      // 2 × 5 × 100 × 100 = 100,000 cells; 100 × 100,000 samples; 2,000 × 50,000 replicates. The next check finds a missing benchmark.
      expect(errorOf(grown(5, 100, 100, 100, 2000)).message).toBe("benchmark `b3` is missing from `baseline.s`; every benchmark needs a value");
      expect(shown(errorOf(grown(5, 100, 100, 101, 2000)))).toEqual({
        message: "`samplesPerCell` = 101 × 100,000 cells = 10,100,000 samples; at most 10,000,000 are allowed",
        at: "2:17 (samplesPerCell)",
        hint: "Every sample is kept in memory and written to data/samples.csv (~160 bytes each): use samplesPerCell at most 100 for this design (the paper uses 500).",
      });
      expect(shown(errorOf(grown(5, 100, 100, 100, 2001)))).toEqual({
        message: "`bootstrap.resamples` = 2,001 × 50,000 comparisons = 100,050,000 replicates; at most 100,000,000 are allowed",
        at: "4:14 (bootstrap.resamples)",
        hint: "Every comparison's replicates are kept in memory (~10 bytes each): use bootstrap.resamples at most 2,000 for this design (the paper uses 10,000).",
      });
    });

    it("too many cells point at the longest list, the first of equals", () => {
      expect(shown(errorOf(grown(200, 200, 2, 2, 2)))).toEqual({
        message: "the design has 2 conditions × 200 methods × 200 scales × 2 benchmarks = 160,000 cells; at most 100,000 are allowed",
        at: "9:10 (methods)",
        hint: "Every cell's and comparison's numbers go into results.json, built in memory (~5 KB per cell): use fewer methods, scales or benchmarks (the paper has 180 cells).",
      });
      expect(shown(errorOf(grown(3, 300, 200, 2, 2))).at).toBe("11:9 (scales)");
    });
  });
});
