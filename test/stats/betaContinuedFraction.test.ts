import { describe, expect, it } from "vitest";
import { betaContinuedFraction } from "../../src/stats/betaContinuedFraction.js";
import { regularizedIncompleteBeta } from "../../src/stats/index.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

describe("betaContinuedFraction(x, a, b) beyond its iteration limit", () => {
  // iterations grow like sqrt(max(a, b)): about 1e10 for a = b = 1e20 at x = 1/2, over the 2e6 allowed
  it("stops with a SafetyGapError naming regularizedIncompleteBeta and asking for a bug report", () => {
    for (const run of [() => betaContinuedFraction(0.5, 1e20, 1e20), () => regularizedIncompleteBeta(0.5, 1e20, 1e20)]) {
      const e = safetyGapErrorOf(run);
      expect(e.message).toBe("regularizedIncompleteBeta: the continued fraction did not converge in 2000000 iterations");
      expect(e.hint).toBe("Report this input as a bug.");
    }
  });
});
