import { describe, expect, it } from "vitest";
import { logStudentTSfPair } from "../../src/stats/logStudentTSfPair.js";
import { internals, ulpDistance } from "./fixture.js";

describe("logStudentTSfPair(t, df)", () => {
  it("is log(1/2) on both sides at t = 0", () => {
    for (const df of [0.05, 3, 1e6, Infinity]) {
      const r = logStudentTSfPair(0, df);
      expect(r.logSf, `df=${df}`).toBe(-Math.LN2);
      expect(r.logCdf, `df=${df}`).toBe(-Math.LN2);
    }
  });

  it("is within 8 ulps of mpmath for t just above sqrt(df) with small df, where the continued fraction runs on 1 - x", () => {
    for (const c of internals.studentT) {
      expect(ulpDistance(logStudentTSfPair(c.t, c.df).logSf, c.mpLogSf), `t=${c.t} df=${c.df}`).toBeLessThanOrEqual(8);
    }
  });
});
