import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { studentTLogSf, studentTQuantile, studentTSf } from "../../src/stats/index.js";
import { fixture, num, relErr } from "./fixture.js";

describe("studentTQuantile(p, df)", () => {
  it("matches the mpmath root of sf(t) = 1 - p to 1e-12 relative", () => {
    for (const c of fixture.quantile) {
      expect(relErr(studentTQuantile(c.p, num(c.df)), c.mp), `p=${c.p} df=${c.df}`).toBeLessThan(1e-12);
    }
  });

  it("matches scipy.stats.t.ppf to 1e-8 (SciPy's own ppf is off by up to 2e-9)", () => {
    for (const c of fixture.quantile) {
      expect(relErr(studentTQuantile(c.p, num(c.df)), c.scipy), `p=${c.p} df=${c.df}`).toBeLessThan(1e-8);
    }
  });

  it("inverts studentTSf and is antisymmetric", () => {
    for (const df of [0.7, 4, 998]) {
      for (const p of [0.01, 0.3, 0.8]) {
        const t = studentTQuantile(p, df);
        expect(relErr(1 - studentTSf(t, df), p)).toBeLessThan(1e-12);
        expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 10);
      }
    }
  });

  it("gives -Infinity, 0, Infinity at p = 0, 1/2, 1 and throws on p outside [0, 1] or bad df", () => {
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(0.5, 5)).toBe(0);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(studentTQuantile(1e-300, 0.05)).toBe(-Infinity); // true quantile ~ -1e6000
    expect(Number.isFinite(studentTQuantile(1e-300, 998))).toBe(true);
    expect(() => studentTQuantile(1.5, 5)).toThrow(/probability must be in \[0, 1\]/);
    expect(() => studentTQuantile(NaN, 5)).toThrow(SafetyGapError);
    expect(() => studentTQuantile(0.9, -1)).toThrow(SafetyGapError);
  });
});

describe("studentTQuantile(p, df) edge cases: quantiles between 1e300 and the largest double", () => {
  it("is finite and matches mpmath (-cot(pi p) for df = 1) to 1e-12; SciPy returns -1e100", () => {
    for (const c of fixture.edgeQuantile) {
      expect(relErr(studentTQuantile(c.p, num(c.df)), c.mp), `p=${c.p}`).toBeLessThan(1e-12);
    }
  });

  it("is -/+Infinity only where the quantile exceeds the largest double (p = 1e-300, df = 0.5)", () => {
    expect(studentTQuantile(1e-300, 0.5)).toBe(-Infinity);
    // above half the largest double the bisection midpoint must not overflow (mpmath: -cot(pi p))
    expect(relErr(studentTQuantile(3.2e-309, 1), -9.947183943243458e307)).toBeLessThan(1e-12);
    expect(studentTLogSf(1.7e308, 0.5)).toBeGreaterThan(Math.log(1e-300));
  });
});

describe("studentTQuantile(p, df) edge cases: the smallest df", () => {
  it("is +/-Infinity (the quantile is beyond the largest double) for df = 5e-324, without NaN or a hang", () => {
    expect(studentTQuantile(0.975, 5e-324)).toBe(Infinity);
    expect(studentTQuantile(0.25, 5e-324)).toBe(-Infinity);
  });
});
