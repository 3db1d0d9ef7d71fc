import { describe, expect, it } from "vitest";
import { welchTTest } from "../../src/stats/index.js";
import { internals, relErr } from "./fixture.js";

const byName = (name: string) => internals.welch.find((c) => c.name === name)!;

describe("welchTTest(a, b) with equal variances of the means", () => {
  it("is defined (only both variances 0 throw) and matches SciPy: t and df exactly, p to 1e-13", () => {
    for (const name of ["equal variances", "equal variances, n 2 vs 2"]) {
      const c = byName(name);
      const r = welchTTest(c.a, c.b);
      expect(r.t, name).toBe(c.t);
      expect(r.df, name).toBe(c.df);
      expect(relErr(r.p, c.scipyP), name).toBeLessThan(1e-13);
    }
  });
});

describe("welchTTest(a, b) with variances near 1e300", () => {
  it("gives df of the exact variances (SciPy: nan) when a's is the smaller", () => {
    const c = byName("huge scale, a less spread");
    const r = welchTTest(c.a, c.b);
    expect(r.t).toBe(c.t);
    expect(r.df).toBe(c.df);
  });
});
