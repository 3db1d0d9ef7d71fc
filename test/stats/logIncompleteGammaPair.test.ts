import { describe, expect, it } from "vitest";
import { logIncompleteGammaPair } from "../../src/stats/logIncompleteGammaPair.js";
import { internals, num, relErr, ulpDistance } from "./fixture.js";

const at = (a: number, x: number) => internals.incompleteGamma.find((c) => c.a === a && c.x === x)!;

describe("logIncompleteGammaPair(a, x)", () => {
  it("is within 2 ulps of mpmath at x = a + 1, the first x of the continued fraction (the series is off by 5 to 130 ulps there)", () => {
    for (const [a, x] of [[1, 2], [2, 3], [3.5, 4.5]] as const) {
      const r = logIncompleteGammaPair(a, x);
      const c = at(a, x);
      expect(ulpDistance(r.logP, num(c.logP)), `a=${a} x=${x}`).toBeLessThanOrEqual(2);
      expect(ulpDistance(r.logQ, num(c.logQ)), `a=${a} x=${x}`).toBeLessThanOrEqual(1);
    }
    // Q(1, x) = exp(-x)
    expect(logIncompleteGammaPair(1, 2).logQ).toBe(-2);
  });

  it("gives log P = log1p(-Q), just below 0, to 1e-13 relative where Q is tiny", () => {
    for (const [a, x] of [[0.5, 300], [2, 100], [0.7, 40]] as const) {
      const c = at(a, x);
      expect(relErr(logIncompleteGammaPair(a, x).logP, num(c.logP)), `a=${a} x=${x}`).toBeLessThan(1e-13);
    }
  });

  it("is log P = -Infinity, log Q = +0 at x = 0", () => {
    const r = logIncompleteGammaPair(2.5, 0);
    expect(r.logP).toBe(-Infinity);
    expect(r.logQ).toBe(0);
  });
});
