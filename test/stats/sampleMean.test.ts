import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { sampleMean } from "../../src/stats/index.js";
import { fixture } from "./fixture.js";

describe("sampleMean(x)", () => {
  it("equals NumPy's x.mean() bit for bit (pairwise summation), n = 1 .. 4097", () => {
    for (const c of fixture.mean) {
      expect(sampleMean(c.x)).toBe(c.mean);
      expect(sampleMean(Float64Array.from(c.x))).toBe(c.mean);
    }
  });

  it("matches the means of the t-test fixtures exactly", () => {
    for (const c of fixture.welch) {
      expect(sampleMean(c.a)).toBe(c.meanA);
      expect(sampleMean(c.b)).toBe(c.meanB);
    }
  });

  it("throws a SafetyGapError on an empty sample", () => {
    expect(() => sampleMean([])).toThrow(SafetyGapError);
    expect(() => sampleMean(new Float64Array(0))).toThrow(/sampleMean\(x\): x is empty/);
  });

  it("throws on NaN or infinite values, naming the index", () => {
    expect(() => sampleMean([1, NaN, 3])).toThrow(/x\[1\] is NaN/);
    expect(() => sampleMean([1, 2, -Infinity])).toThrow(/x\[2\] is -Infinity/);
  });

  it("handles huge magnitudes without overflow in the sum order NumPy uses", () => {
    expect(sampleMean([1e300, 1e300])).toBe(1e300);
    expect(sampleMean([1e308, 1e308])).toBe(Infinity); // as NumPy: the sum overflows
  });
});
