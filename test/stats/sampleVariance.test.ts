import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { sampleVariance } from "../../src/stats/index.js";
import { fixture } from "./fixture.js";

describe("sampleVariance(x, ddof = 1)", () => {
  it("equals NumPy's x.var(ddof=1) and x.var(ddof=0) bit for bit", () => {
    for (const c of fixture.mean) {
      if (c.var1 !== null) expect(sampleVariance(c.x)).toBe(c.var1);
      expect(sampleVariance(c.x, 0)).toBe(c.var0);
    }
    for (const c of fixture.welch) {
      expect(sampleVariance(Float64Array.from(c.a))).toBe(c.varA);
      expect(sampleVariance(c.b, 1)).toBe(c.varB);
    }
  });

  it("is 0 for a constant sample", () => {
    expect(sampleVariance([0.25, 0.25, 0.25])).toBe(0);
  });

  it("throws on n <= ddof, empty input, NaN, and a bad ddof", () => {
    expect(() => sampleVariance([1])).toThrow(/has 1 value; at least 2 are needed/);
    expect(sampleVariance([1], 0)).toBe(0);
    expect(() => sampleVariance([])).toThrow(SafetyGapError);
    expect(() => sampleVariance([1, NaN])).toThrow(/x\[1\] is NaN/);
    expect(() => sampleVariance([1, 2], -1)).toThrow(/ddof must be a non-negative integer/);
    expect(() => sampleVariance([1, 2], 0.5)).toThrow(SafetyGapError);
  });

  it("names the first non-finite value, in short and long arrays (kernel path) alike; overflow alone is not an error", () => {
    for (const n of [5, 5000]) {
      const x = new Float64Array(n).fill(0.5);
      x[3] = Infinity;
      expect(() => sampleVariance(x)).toThrow(/x\[3\] is Infinity/);
      x[3] = -Infinity;
      x[n - 1] = Infinity;
      expect(() => sampleVariance(x)).toThrow(/x\[3\] is -Infinity/);
      const big = new Float64Array(n).map((_, i) => (i % 2 ? 1e300 : -1e300));
      expect(sampleVariance(big)).toBe(Infinity);
    }
  });
});
