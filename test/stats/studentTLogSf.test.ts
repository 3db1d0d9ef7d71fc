import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { studentTLogSf } from "../../src/stats/index.js";
import { fixture, num, relErr } from "./fixture.js";

describe("studentTLogSf(t, df)", () => {
  it("matches mpmath's log sf (50 digits) to 1e-10 relative everywhere, including t = 1e200 and df = 1e15", () => {
    for (const c of fixture.studentT) {
      const expected = num(c.mpLogSf);
      const actual = studentTLogSf(c.t, num(c.df));
      if (expected === -Infinity) expect(actual).toBe(-Infinity);
      else expect(relErr(actual, expected), `t=${c.t} df=${c.df}`).toBeLessThan(1e-10);
    }
  });

  it("matches mpmath to 1e-10 relative on 250 random (t, df), df log-uniform in [0.05, 1e8]", () => {
    for (const c of fixture.studentTRandom) {
      const e = num(c.mpLogSf);
      expect(relErr(studentTLogSf(c.t, c.df), e), `t=${c.t} df=${c.df}`).toBeLessThan(1e-10);
    }
  });

  it("matches scipy.stats.t.logsf where SciPy's is finite and well conditioned", () => {
    for (const c of fixture.studentT) {
      const s = num(c.scipyLogSf);
      if (!Number.isFinite(s) || Math.abs(s) < 1e-3) continue; // SciPy takes log(1 - tiny) without log1p
      expect(relErr(studentTLogSf(c.t, num(c.df)), s), `t=${c.t} df=${c.df}`).toBeLessThan(1e-10);
    }
  });

  it("stays finite where sf underflows: t = 170 .. 225 with df = 998", () => {
    let prev = 0;
    for (const t of [170, 190, 200, 225]) {
      const v = studentTLogSf(t, 998);
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeLessThan(prev);
      prev = v;
    }
    expect(studentTLogSf(200, 998) / Math.LN10).toBeLessThan(-700);
  });

  it("is -log 2 at t = 0 and -tiny for very negative t", () => {
    expect(studentTLogSf(0, 10)).toBe(-Math.LN2);
    const v = studentTLogSf(-50, 30);
    expect(v).toBeLessThan(0);
    expect(v).toBeGreaterThan(-1e-20);
  });

  it("throws SafetyGapError on NaN t or bad df", () => {
    expect(() => studentTLogSf(NaN, 1)).toThrow(SafetyGapError);
    expect(() => studentTLogSf(1, 0)).toThrow(/studentTLogSf\(t, df\): degrees of freedom must be positive/);
  });
});

describe("studentTLogSf(t, df) edge cases: t / sqrt(df) overflows a double", () => {
  it("stays finite and matches mpmath to 1e-10 where t = 1e308, df = 1e-3 (SciPy: -inf)", () => {
    for (const c of fixture.edgeSf) {
      expect(relErr(studentTLogSf(c.t, c.df), c.mpLogSf), `t=${c.t} df=${c.df}`).toBeLessThan(1e-10);
      expect(relErr(studentTLogSf(-c.t, c.df), Math.log1p(-Math.exp(c.mpLogSf))), `t=-${c.t} df=${c.df}`).toBeLessThan(1e-10);
    }
  });
});

describe("studentTLogSf(t, df) edge cases: the smallest df", () => {
  it("is log(1/2) (not NaN) for df = 5e-324", () => {
    expect(studentTLogSf(1e308, 5e-324)).toBe(-Math.LN2);
    expect(studentTLogSf(-2, 5e-324)).toBe(-Math.LN2);
  });
});
