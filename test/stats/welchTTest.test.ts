import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { welchTTest } from "../../src/stats/index.js";
import { fixture, relErr } from "./fixture.js";

const TOL = 1e-10;

describe("welchTTest(a, b)", () => {
  it("matches scipy.stats.ttest_ind(a, b, equal_var=False) to 1e-10 relative (t, df, se, diff exactly)", () => {
    let worstP = 0;
    for (const c of fixture.welch) {
      const r = welchTTest(c.a, c.b);
      expect(r.t, c.name).toBe(c.t);
      expect(r.df, c.name).toBe(c.df);
      expect(r.se, c.name).toBe(c.se);
      expect(r.meanDiff, c.name).toBe(c.meanDiff);
      if (c.p === 0) expect(r.p, c.name).toBe(0);
      else worstP = Math.max(worstP, relErr(r.p, c.p));
      expect(relErr(r.p, c.p), c.name).toBeLessThan(TOL);
    }
    expect(worstP).toBeLessThan(TOL);
  });

  it("gives log10 p to 1e-10 relative of mpmath (50 digits), also where p underflows", () => {
    for (const c of fixture.welch) {
      const r = welchTTest(Float64Array.from(c.a), Float64Array.from(c.b));
      expect(relErr(r.log10p, c.log10p), c.name).toBeLessThan(TOL);
      expect(Number.isFinite(r.log10p)).toBe(true);
    }
  });

  it("keeps log10 p finite for the paper-like case (n = 500, diff 0.21, sd 0.015)", () => {
    const c = fixture.welch.find((w) => w.name.startsWith("huge t"));
    if (!c) throw new Error("fixture case missing");
    const r = welchTTest(c.a, c.b);
    expect(r.t).toBeGreaterThan(150);
    expect(r.p).toBe(0);
    expect(r.log10p).toBeLessThan(-600);
    expect(r.log10p).toBeGreaterThan(-900);
  });

  it("gives t = 0, p = 1, log10p = 0 for equal means", () => {
    const r = welchTTest([1, 2, 3, 4], [2.5, 2.5, 2, 3]);
    expect(r.t).toBe(0);
    expect(r.p).toBe(1);
    expect(r.log10p).toBe(0);
  });

  it("is antisymmetric in (a, b): t and the difference change sign, df and p do not", () => {
    const c = fixture.welch[2];
    if (!c) throw new Error("fixture case missing");
    const ab = welchTTest(c.a, c.b);
    const ba = welchTTest(c.b, c.a);
    expect(ba.t).toBe(-ab.t);
    expect(ba.meanDiff).toBe(-ab.meanDiff);
    expect(ba.p).toBe(ab.p);
    expect(ba.df).toBe(ab.df);
  });

  it("accepts one constant sample (df = n - 1 of the other)", () => {
    const r = welchTTest([0.25, 0.25, 0.25, 0.25], [0.3, 0.35, 0.28, 0.31, 0.29, 0.33]);
    expect(r.df).toBeCloseTo(5, 12);
  });

  it("throws SafetyGapError on empty samples, n = 1, zero variance in both, NaN and infinite values", () => {
    expect(() => welchTTest([], [1, 2])).toThrow(/welchTTest\(a, b\): a is empty/);
    expect(() => welchTTest([1, 2], [3])).toThrow(/welchTTest\(a, b\): b has 1 value; at least 2 are needed/);
    expect(() => welchTTest([1, 1, 1], [2, 2])).toThrow(/both samples have zero variance/);
    expect(() => welchTTest([1, NaN, 2], [2, 3])).toThrow(/a\[1\] is NaN/);
    expect(() => welchTTest([1, 2], [2, Infinity])).toThrow(/b\[1\] is Infinity/);
    expect(() => welchTTest([Infinity, 2], [NaN, 3])).toThrow(/a\[0\] is Infinity/);
    expect(() => welchTTest([1, NaN], [2, 3])).toThrow(SafetyGapError);
  });

  it("handles huge differences: p underflows to 0, log10 p stays finite and decreasing", () => {
    const a = Float64Array.from({ length: 1000 }, (_, i) => 1 + (i % 7) * 1e-6);
    const b = Float64Array.from({ length: 1000 }, (_, i) => (i % 5) * 1e-6);
    const r = welchTTest(a, b);
    expect(r.p).toBe(0);
    expect(Number.isFinite(r.log10p)).toBe(true);
    expect(r.log10p).toBeLessThan(-1000);
  });
});

describe("welchTTest(a, b) edge cases: huge and tiny values", () => {
  const a = [1, 2, 4, 7];
  const b = [0, 1, 3.5];
  it("keeps df finite and right when the variances' squares overflow or underflow (SciPy: nan/inf)", () => {
    const ref = welchTTest(a, b);
    for (const k of [1e100, 1e140, 1e-100, 1e-140]) {
      const r = welchTTest(a.map((v) => v * k), b.map((v) => v * k));
      expect(relErr(r.df, ref.df), `scale ${k}`).toBeLessThan(1e-13);
      expect(relErr(r.t, ref.t), `scale ${k}`).toBeLessThan(1e-13);
      expect(relErr(r.log10p, ref.log10p), `scale ${k}`).toBeLessThan(1e-12);
    }
  });

  it("throws SafetyGapError (not nan df or p = 1) when a mean or variance overflows", () => {
    expect(() => welchTTest([1e300, -1e300], [1e300, 0])).toThrow(SafetyGapError);
    expect(() => welchTTest([1e200, -1e200, 3], [1, 2, 5])).toThrow(/overflows a double/);
    expect(() => welchTTest([1e308, 1e308], [1, 2])).toThrow(SafetyGapError);
    expect(() => welchTTest(Float64Array.of(1.7e308, 1.7e308, 1.6e308), Float64Array.of(-1.7e308, -1.6e308))).toThrow(SafetyGapError);
  });
});
