import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { logRegularizedIncompleteBeta } from "../../src/stats/index.js";
import { fixture, num, relErr } from "./fixture.js";

describe("logRegularizedIncompleteBeta(x, a, b)", () => {
  it("matches mpmath's log I_x(a, b) (50 digits) to 1e-12 relative", () => {
    for (const c of fixture.beta) {
      const e = num(c.mpLog);
      expect(relErr(logRegularizedIncompleteBeta(c.x, c.a, c.b), e), `x=${c.x} a=${c.a} b=${c.b}`).toBeLessThan(1e-12);
    }
  });

  it("matches mpmath to 1e-10 relative on ~150 random (x, a, b), including log I near 0 (I near 1)", () => {
    for (const c of fixture.betaRandom) {
      expect(relErr(logRegularizedIncompleteBeta(c.x, c.a, c.b), num(c.mpLog)), `x=${c.x} a=${c.a} b=${c.b}`).toBeLessThan(1e-10);
    }
  });

  it("stays finite where I_x(a, b) underflows", () => {
    const v = logRegularizedIncompleteBeta(1e-10, 500, 0.5);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeLessThan(-11000);
  });

  it("is -Infinity at x = 0, 0 at x = 1, and throws outside the domain", () => {
    expect(logRegularizedIncompleteBeta(0, 2, 2)).toBe(-Infinity);
    expect(logRegularizedIncompleteBeta(1, 2, 2)).toBe(0);
    expect(() => logRegularizedIncompleteBeta(-0.1, 2, 2)).toThrow(SafetyGapError);
  });
});
