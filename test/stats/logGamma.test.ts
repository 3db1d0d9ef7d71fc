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
