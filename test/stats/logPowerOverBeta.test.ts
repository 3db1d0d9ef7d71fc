import { describe, expect, it } from "vitest";
import { logPowerOverBeta } from "../../src/stats/logPowerOverBeta.js";
import { internals, ulpDistance } from "./fixture.js";

const value = (x: number, a: number, b: number): number => logPowerOverBeta(x, 1 - x, Math.log(x), Math.log1p(-x), a, b);

describe("logPowerOverBeta(x, y, log x, log y, a, b) for a, b >= 8", () => {
  it("is within 20 ulps of mpmath's a log x + b log(1 - x) - log B(a, b) for a, b up to 1e8, where the plain sum cancels", () => {
    for (const c of internals.powerOverBeta) expect(ulpDistance(value(c.x, c.a, c.b), c.mp), `x=${c.x} a=${c.a} b=${c.b}`).toBeLessThanOrEqual(20);
  });

  it("is within 2 ulps of mpmath where a switch between log and rlog1 shows", () => {
    for (const c of internals.powerOverBeta.slice(6, 8)) expect(ulpDistance(value(c.x, c.a, c.b), c.mp), `x=${c.x} a=${c.a} b=${c.b}`).toBeLessThanOrEqual(2);
  });
});
