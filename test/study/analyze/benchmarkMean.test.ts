import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { benchmarkMean, benchmarkMeanRows } from "../../../src/study/analyze/benchmarkMean.js";
import { percentileInterval } from "../../../src/study/analyze/percentileInterval.js";

describe("benchmarkMean", () => {
  it("sums in benchmark order, then divides (NumPy's mean(axis=0) of stacked rows)", () => {
    // (0.1 + 0.2) + 0.3 differs from 0.1 + (0.2 + 0.3) in the last bit.
    expect(benchmarkMean([0.1, 0.2, 0.3])).toBe((0.1 + 0.2 + 0.3) / 3);
    expect(benchmarkMean([0.1, 0.2, 0.3])).not.toBe((0.1 + (0.2 + 0.3)) / 3);
    const rows = [Float64Array.of(0.1, 1), Float64Array.of(0.2, 2), Float64Array.of(0.3, 3)];
    expect(Array.from(benchmarkMeanRows(rows))).toEqual([benchmarkMean([0.1, 0.2, 0.3]), 2]);
  });
});

describe("percentileInterval", () => {
  it("is NumPy's percentile at (1-c)/2*100 and (1+c)/2*100", () => {
    const x = Float64Array.from({ length: 101 }, (_, i) => i / 100);
    const [lo, hi] = percentileInterval(x, 0.95);
    expect(lo).toBeCloseTo(0.025, 12);
    expect(hi).toBeCloseTo(0.975, 12);
  });
});

describe("benchmarkMean / benchmarkMeanRows edge cases", () => {
  it("throws SafetyGapError on no benchmarks (was NaN and an internal TypeError)", () => {
    expect(() => benchmarkMean([])).toThrow(SafetyGapError);
    expect(() => benchmarkMeanRows([])).toThrow(SafetyGapError);
  });

  it("throws SafetyGapError on rows of unequal length (was NaN for the missing replicates)", () => {
    expect(() => benchmarkMeanRows([Float64Array.of(1, 2), Float64Array.of(1)])).toThrow(/same length/);
  });

  it("one benchmark is itself; -0 stays -0 as in NumPy ((-0) / 1)", () => {
    expect(benchmarkMean([0.3])).toBe(0.3);
    expect(Object.is(benchmarkMean([-0]), -0)).toBe(true);
  });
});

describe("percentileInterval(replicates, confidence) edge cases", () => {
  it("throws SafetyGapError naming the confidence for NaN or outside [0, 1]; 0 and 1 are the median and the range", () => {
    const x = Float64Array.of(3, 1, 2);
    for (const c of [NaN, -0.1, 1.2, 95]) expect(() => percentileInterval(x, c), `c=${c}`).toThrow(/confidence must be/);
    expect(percentileInterval(x, 1)).toEqual([1, 3]);
    expect(percentileInterval(x, 0)).toEqual([2, 2]);
  });
});

describe("benchmarkMeanRows of long rows (the wasm kernel)", () => {
  it("gives the short rows' order of additions, value for value, -0 and one row included", () => {
    const n = 5000;
    const rows = [0, 1, 2].map((k) => Float64Array.from({ length: n }, (_, i) => (i === 7 ? -0 : 0.1 * ((i * (k + 3)) % 17) + 0.2 / (k + 1))));
    const got = benchmarkMeanRows(rows);
    for (let i = 0; i < n; i++) expect(got[i]).toBe(benchmarkMean(rows.map((r) => r[i]!)));
    expect(Array.from(benchmarkMeanRows([rows[0]!]), String)).toEqual(Array.from(rows[0]!, (v) => String(benchmarkMean([v]))));
    expect(Object.is(benchmarkMeanRows([rows[0]!, rows[0]!])[7], -0)).toBe(true);
  });
});
