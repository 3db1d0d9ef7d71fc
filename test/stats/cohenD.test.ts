import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { cohenD } from "../../src/stats/index.js";
import { fixture, num, relErr } from "./fixture.js";

describe("cohenD(a, b)", () => {
  it("matches (mean(a) - mean(b)) / pooled SD from NumPy to 1e-10 relative", () => {
    for (const c of fixture.welch) {
      const d = num(c.d);
      expect(relErr(cohenD(c.a, c.b), d), c.name).toBeLessThan(1e-10);
    }
  });

  it("is 1/sqrt(2) for samples one unit apart with pooled SD sqrt(2), and antisymmetric", () => {
    expect(cohenD([1, 3], [0, 2])).toBeCloseTo(1 / Math.SQRT2, 15);
    expect(cohenD([0, 2], [1, 3])).toBe(-cohenD([1, 3], [0, 2]));
  });

  it("throws on empty, n = 1, NaN and zero pooled SD", () => {
    expect(() => cohenD([], [1, 2])).toThrow(SafetyGapError);
    expect(() => cohenD([1, 2], [1])).toThrow(/cohenD\(a, b\): b has 1 value/);
    expect(() => cohenD([1, NaN], [1, 2])).toThrow(/a\[1\] is NaN/);
    expect(() => cohenD([1, 2], [1, 2, Infinity])).toThrow(/b\[2\] is Infinity/);
    expect(() => cohenD([1, -Infinity], [NaN, 2])).toThrow(/a\[1\] is -Infinity/); // a is named first, as it is checked first
    expect(() => cohenD([1, 1], [2, 2])).toThrow(/pooled standard deviation is zero/);
  });
});

describe("cohenD(a, b) edge cases: overflow", () => {
  it("throws SafetyGapError instead of a silent 0 when the pooled variance overflows", () => {
    expect(() => cohenD([1e200, -1e200], [1, 2])).toThrow(SafetyGapError);
    expect(() => cohenD(Float64Array.of(1e308, 1.5e308), Float64Array.of(-1e308, -1.5e308))).toThrow(/overflows a double/);
  });
});
