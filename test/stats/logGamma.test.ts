import { describe, expect, it } from "vitest";
import { logBeta, logGamma } from "../../src/stats/index.js";
import { relErr } from "./fixture.js";

describe("logGamma(z)", () => {
  it("matches log((n-1)!) and log Gamma(1/2) = log sqrt(pi)", () => {
    let f = 1;
    for (let n = 1; n <= 25; n++) {
      if (n > 1) f *= n - 1;
      expect(Math.abs(logGamma(n) - Math.log(f))).toBeLessThan(1e-14 * Math.max(1, Math.log(f)));
    }
    expect(relErr(logGamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
  });

  it("is Infinity at 0 and NaN below", () => {
    expect(logGamma(0)).toBe(Infinity);
    expect(logGamma(-1)).toBeNaN();
  });
});

describe("logBeta(a, b)", () => {
  it("matches B(a, b) closed forms, including large a (no cancellation)", () => {
    expect(relErr(logBeta(2, 3), Math.log(1 / 12))).toBeLessThan(1e-14);
    expect(relErr(logBeta(0.5, 0.5), Math.log(Math.PI))).toBeLessThan(1e-14);
    // B(a, 1) = 1/a, exact for any a
    expect(relErr(logBeta(1e8, 1), -Math.log(1e8))).toBeLessThan(1e-14);
  });
});

describe("logGamma(z) edge cases: near the zeros at 1 and 2", () => {
  // mpmath loggamma (30 digits); SciPy 1.10's gammaln(1 + 1e-9) is itself off by 1.7e-9 relative
  const cases: [number, number][] = [
    [0.8, 0.15205967839983756],
    [0.9, 0.06637623973474295],
    [0.9999999999, 5.7721571274281786e-11],
    [1.000000001, -5.772157118381039e-10],
    [1.1, -0.049872441259839764],
    [1.2, -0.08537409000331583],
    [1.5, -0.12078223763524522],
    [1.8, -0.07108387291437215],
    [1.9, -0.03898427592308336],
    [1.999999999, -4.227843697573328e-10],
    [2.000000000001, 4.2282192087238456e-13],
    [2.2, 0.09694746679063887],
  ];
  it("is accurate to 1e-13 relative (was 2e-5 relative at 1 - 1e-10)", () => {
    for (const [z, expected] of cases) expect(relErr(logGamma(z), expected), `z=${z}`).toBeLessThan(1e-13);
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });
});
