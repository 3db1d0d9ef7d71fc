import { describe, expect, it } from "vitest";
import { logGamma } from "../../src/stats/index.js";
import { stirlingCorrection } from "../../src/stats/logGamma.js";
import { logGammaRatio } from "../../src/stats/logGammaRatio.js";
import { internals, ulpDistance } from "./fixture.js";

// Each switch point belongs to the branch that is exact there; the other is off by 10 to 100 ulps.
describe("logGamma(z) at the switches between its branches", () => {
  it("is within 1 ulp of mpmath on the Taylor series' edges |z - 1| = |z - 2| = 1/4", () => {
    for (const z of [0.75, 1.25, 1.75, 2.25]) {
      const c = internals.logGamma.find((r) => r.z === z);
      expect(ulpDistance(logGamma(z), c!.mp), `z=${z}`).toBeLessThanOrEqual(1);
    }
  });

  it("is within 3 ulps of mpmath where the recurrence reaches exactly 10 (z = 5, 9.5 ... 11)", () => {
    for (const z of [5, 6.5, 9.5, 9.999999999999998, 10, 10.5, 11]) {
      const c = internals.logGamma.find((r) => r.z === z);
      expect(ulpDistance(logGamma(z), c!.mp), `z=${z}`).toBeLessThanOrEqual(3);
    }
  });

  it("is Infinity at z = Infinity (as SciPy's gammaln)", () => {
    expect(logGamma(Infinity)).toBe(Infinity);
  });
});

describe("stirlingCorrection(z)", () => {
  it("is within 1 ulp of mpmath's log Gamma(z) - [(z - 1/2) log z - z + log(2 pi)/2] for z >= 10", () => {
    for (const c of internals.stirlingCorrection) expect(ulpDistance(stirlingCorrection(c.z), c.mp), `z=${c.z}`).toBeLessThanOrEqual(1);
  });
});

describe("logGammaRatio(a, b)", () => {
  it("is within 1 ulp of mpmath at a = 10, where Stirling's series takes over", () => {
    for (const c of internals.logGammaRatio.filter((r) => r.a >= 10)) {
      expect(ulpDistance(logGammaRatio(c.a, c.b), c.mp), `a=${c.a} b=${c.b}`).toBeLessThanOrEqual(1);
    }
  });
});
