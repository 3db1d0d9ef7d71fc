import { describe, expect, it } from "vitest";
import { log1mExp, logIncompleteBetaPair } from "../../src/stats/logIncompleteBetaPair.js";
import { internals, ulpDistance } from "./fixture.js";

describe("log1mExp(v) = log(1 - exp(v))", () => {
  it("is within 1 ulp of mpmath from v = -1e-300 (where 1 - exp(v) loses every digit) to v = -40", () => {
    for (const c of internals.log1mExp) expect(ulpDistance(log1mExp(c.v), c.mp), `v=${c.v}`).toBeLessThanOrEqual(1);
  });
});

describe("logIncompleteBetaPair(x, y, log x, log y, a, b) at the ends", () => {
  it("is log I = -Infinity, log(1 - I) = +0 at x = 0", () => {
    const r = logIncompleteBetaPair(0, 1, -Infinity, 0, 2, 3);
    expect(r.logLower).toBe(-Infinity);
    expect(r.logUpper).toBe(0);
  });

  it("is log I = +0, log(1 - I) = -Infinity at x = 1", () => {
    const r = logIncompleteBetaPair(1, 0, 0, -Infinity, 2, 3);
    expect(r.logLower).toBe(0);
    expect(r.logUpper).toBe(-Infinity);
  });
});
