import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { studentTSf } from "../../src/stats/index.js";
import { fixture, num, relErr } from "./fixture.js";

describe("studentTSf(t, df)", () => {
  it("matches scipy.stats.t.sf to 1e-10 relative wherever SciPy's value is a normal double", () => {
    let n = 0;
    for (const c of fixture.studentT) {
      if (!(c.scipySf > 1e-300)) continue;
      n++;
      expect(relErr(studentTSf(c.t, num(c.df)), c.scipySf), `t=${c.t} df=${c.df}`).toBeLessThan(1e-10);
    }
    expect(n).toBeGreaterThan(250);
  });

  it("matches mpmath (50 digits) to 1e-12 relative, df from 0.05 to 1e15 and Infinity", () => {
    for (const c of fixture.studentT) {
      if (!(c.mpSf > 1e-300)) continue;
      expect(relErr(studentTSf(c.t, num(c.df)), c.mpSf), `t=${c.t} df=${c.df}`).toBeLessThan(1e-12);
    }
  });

  it("matches mpmath to 1e-12 relative on 250 random (t, df), df log-uniform in [0.05, 1e8]", () => {
    for (const c of fixture.studentTRandom) {
      if (!(c.mpSf > 1e-300)) continue;
      expect(relErr(studentTSf(c.t, c.df), c.mpSf), `t=${c.t} df=${c.df}`).toBeLessThan(1e-12);
    }
  });

  it("is exact against the closed form for df = 2: sf(t) = 1/2 - t / (2 sqrt(t^2 + 2))", () => {
    for (const t of [0.01, 0.7, 3, 40]) expect(relErr(studentTSf(t, 2), 0.5 - t / (2 * Math.sqrt(t * t + 2)))).toBeLessThan(1e-12);
  });

  it("is 1/2 at t = 0, symmetric, and 0 / 1 at -/+ infinite t", () => {
    for (const df of [0.3, 1, 998, Infinity]) {
      expect(studentTSf(0, df)).toBe(0.5);
      expect(studentTSf(1.3, df) + studentTSf(-1.3, df)).toBeCloseTo(1, 15);
      expect(studentTSf(Infinity, df)).toBe(0);
      expect(studentTSf(-Infinity, df)).toBe(1);
    }
  });

  it("is Cauchy for df = 1: sf(t) = 1/2 - atan(t)/pi", () => {
    for (const t of [0.1, 1, 7, 1e6]) expect(relErr(studentTSf(t, 1), 0.5 - Math.atan(t) / Math.PI)).toBeLessThan(1e-9);
  });

  it("underflows to 0 only in the far tail (t = 200, df = 998)", () => {
    expect(studentTSf(200, 998)).toBe(0);
    expect(studentTSf(1e300, 3)).toBe(0);
  });

  it("throws SafetyGapError on NaN t and on df <= 0 or NaN", () => {
    expect(() => studentTSf(NaN, 3)).toThrow(/t must be a number/);
    expect(() => studentTSf(1, 0)).toThrow(/degrees of freedom must be positive/);
    expect(() => studentTSf(1, -2)).toThrow(SafetyGapError);
    expect(() => studentTSf(1, NaN)).toThrow(SafetyGapError);
  });
});

describe("studentTSf(t, df) edge cases: huge t with tiny df", () => {
  it("is not 0 where t / sqrt(df) overflows but P(T > t) is about 0.25 (t = 1e308, df = 1e-3)", () => {
    for (const c of fixture.edgeSf) {
      expect(relErr(studentTSf(c.t, c.df), Math.exp(c.mpLogSf)), `t=${c.t} df=${c.df}`).toBeLessThan(1e-10);
    }
  });
});

describe("studentTSf(t, df) edge cases: the smallest df", () => {
  it("is 1/2 (not NaN) for df = 5e-324, whose half underflows to 0, and matches df = 1e-310", () => {
    expect(studentTSf(3, 5e-324)).toBe(0.5);
    expect(studentTSf(-1e308, 5e-324)).toBe(0.5);
    expect(studentTSf(3, 1e-310)).toBe(0.5);
    expect(studentTSf(Infinity, 5e-324)).toBe(0);
  });
});
