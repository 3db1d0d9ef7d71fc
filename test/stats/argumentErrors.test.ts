/**
 * Every argument check of the statistics: the exact message and hint of the
 * SafetyGapError, and the values just inside each bound, which must pass.
 */
import { describe, expect, it } from "vitest";
import {
  cohenD,
  logRegularizedIncompleteBeta,
  regularizedIncompleteBeta,
  sampleMean,
  sampleVariance,
  studentTLogSf,
  studentTQuantile,
  studentTSf,
  welchTTest,
} from "../../src/stats/index.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const FINITE_HINT = "Remove or fix non-finite scores before computing statistics.";
const BETA = (x: number, a: number, b: number) => `regularizedIncompleteBeta(x, a, b): need 0 <= x <= 1, a > 0, b > 0 (finite), got x = ${x}, a = ${a}, b = ${b}`;
const BETA_HINT = "Check the arguments of the incomplete beta function.";
const DF = (fn: string, df: number) => `${fn}: degrees of freedom must be positive (Infinity allowed), got ${df}`;

const cases: [string, () => unknown, string, string][] = [
  ["sampleMean([])", () => sampleMean([]), "sampleMean(x): x is empty; at least 1 value is needed", "Pass at least 1 value."],
  ["sampleMean([1, NaN])", () => sampleMean([1, NaN]), "sampleMean(x): x[1] is NaN; every value must be a finite number", FINITE_HINT],
  ["sampleVariance([1])", () => sampleVariance([1]), "sampleVariance(x, ddof): x has 1 value; at least 2 are needed", "Pass at least 2 values."],
  ["sampleVariance([1, 2, 3], 3)", () => sampleVariance([1, 2, 3], 3), "sampleVariance(x, ddof): x has 3 values; at least 4 are needed", "Pass at least 4 values."],
  ["sampleVariance([], 0)", () => sampleVariance([], 0), "sampleVariance(x, ddof): x is empty; at least 1 value is needed", "Pass at least 1 value."],
  ["sampleVariance([1, 2], -1)", () => sampleVariance([1, 2], -1), "ddof must be a non-negative integer, got -1", "Use ddof = 0 (population) or 1 (sample)."],
  ["sampleVariance([1, 2], 0.5)", () => sampleVariance([1, 2], 0.5), "ddof must be a non-negative integer, got 0.5", "Use ddof = 0 (population) or 1 (sample)."],
  ["sampleVariance([1, -Infinity], 0)", () => sampleVariance([1, -Infinity], 0), "sampleVariance(x, ddof): x[1] is -Infinity; every value must be a finite number", FINITE_HINT],
  ["cohenD([1], [1, 2])", () => cohenD([1], [1, 2]), "cohenD(a, b): a has 1 value; at least 2 are needed", "Pass at least 2 values."],
  ["cohenD([1, 2], [NaN, 1])", () => cohenD([1, 2], [NaN, 1]), "cohenD(a, b): b[0] is NaN; every value must be a finite number", FINITE_HINT],
  ["cohenD([1, 1], [2, 2])", () => cohenD([1, 1], [2, 2]), "cohenD(a, b): the pooled standard deviation is zero, so the effect size is undefined", "Check the samples: an effect size needs some spread."],
  [
    "cohenD(huge, -huge)",
    () => cohenD([1e308, 1.5e308], [-1e308, -1.5e308]),
    "cohenD(a, b): the mean difference or pooled variance overflows a double (the values are too large in magnitude), so the statistic is undefined",
    "Rescale the scores (e.g. divide by a power of 10) first.",
  ],
  ["welchTTest([1], [2, 3])", () => welchTTest([1], [2, 3]), "welchTTest(a, b): a has 1 value; at least 2 are needed", "Pass at least 2 values."],
  ["welchTTest([1, 2], [3])", () => welchTTest([1, 2], [3]), "welchTTest(a, b): b has 1 value; at least 2 are needed", "Pass at least 2 values."],
  ["welchTTest([1, 1], [2, 2])", () => welchTTest([1, 1], [2, 2]), "welchTTest(a, b): both samples have zero variance, so the test statistic is undefined", "Check the samples: a t-test needs some spread in at least one of them."],
  [
    "welchTTest([1e200, -1e200], [1, 2])",
    () => welchTTest([1e200, -1e200], [1, 2]),
    "welchTTest(a, b): the mean or variance of a sample overflows a double (the values are too large in magnitude), so the statistic is undefined",
    "Rescale the scores (e.g. divide by a power of 10) before testing.",
  ],
  ["welchTTest([1, NaN], [1, Infinity])", () => welchTTest([1, NaN], [1, Infinity]), "welchTTest(a, b): a[1] is NaN; every value must be a finite number", FINITE_HINT],
  ["welchTTest([1, 2], [1, Infinity])", () => welchTTest([1, 2], [1, Infinity]), "welchTTest(a, b): b[1] is Infinity; every value must be a finite number", FINITE_HINT],
  ["studentTSf(NaN, 3)", () => studentTSf(NaN, 3), "studentTSf(t, df): t must be a number, got NaN", "Pass a number (infinite values are allowed)."],
  ["studentTSf(1, 0)", () => studentTSf(1, 0), DF("studentTSf(t, df)", 0), "Pass df > 0."],
  ["studentTLogSf(NaN, 1)", () => studentTLogSf(NaN, 1), "studentTLogSf(t, df): t must be a number, got NaN", "Pass a number (infinite values are allowed)."],
  ["studentTLogSf(1, NaN)", () => studentTLogSf(1, NaN), DF("studentTLogSf(t, df)", NaN), "Pass df > 0."],
  ["studentTLogSf(1, -Infinity)", () => studentTLogSf(1, -Infinity), DF("studentTLogSf(t, df)", -Infinity), "Pass df > 0."],
  ["studentTQuantile(-0.5, 3)", () => studentTQuantile(-0.5, 3), "studentTQuantile(p, df): probability must be in [0, 1], got -0.5", "Pass a probability between 0 and 1."],
  ["studentTQuantile(1.5, 3)", () => studentTQuantile(1.5, 3), "studentTQuantile(p, df): probability must be in [0, 1], got 1.5", "Pass a probability between 0 and 1."],
  ["studentTQuantile(NaN, 3)", () => studentTQuantile(NaN, 3), "studentTQuantile(p, df): probability must be in [0, 1], got NaN", "Pass a probability between 0 and 1."],
  ["studentTQuantile(0.5, 0)", () => studentTQuantile(0.5, 0), DF("studentTQuantile(p, df)", 0), "Pass df > 0."],
  ["studentTQuantile(0, NaN)", () => studentTQuantile(0, NaN), DF("studentTQuantile(p, df)", NaN), "Pass df > 0."],
  ["regularizedIncompleteBeta(-0.1, 1, 1)", () => regularizedIncompleteBeta(-0.1, 1, 1), BETA(-0.1, 1, 1), BETA_HINT],
  ["regularizedIncompleteBeta(1.0000000000000002, 1, 1)", () => regularizedIncompleteBeta(1.0000000000000002, 1, 1), BETA(1.0000000000000002, 1, 1), BETA_HINT],
  ["regularizedIncompleteBeta(NaN, 1, 1)", () => regularizedIncompleteBeta(NaN, 1, 1), BETA(NaN, 1, 1), BETA_HINT],
  ["regularizedIncompleteBeta(0.5, 0, 1)", () => regularizedIncompleteBeta(0.5, 0, 1), BETA(0.5, 0, 1), BETA_HINT],
  ["regularizedIncompleteBeta(0.5, 1, 0)", () => regularizedIncompleteBeta(0.5, 1, 0), BETA(0.5, 1, 0), BETA_HINT],
  ["regularizedIncompleteBeta(0.5, Infinity, 1)", () => regularizedIncompleteBeta(0.5, Infinity, 1), BETA(0.5, Infinity, 1), BETA_HINT],
  ["logRegularizedIncompleteBeta(0.5, 1, Infinity)", () => logRegularizedIncompleteBeta(0.5, 1, Infinity), BETA(0.5, 1, Infinity), BETA_HINT],
  ["logRegularizedIncompleteBeta(0.5, 1, -2)", () => logRegularizedIncompleteBeta(0.5, 1, -2), BETA(0.5, 1, -2), BETA_HINT],
];

describe("argument checks of src/stats", () => {
  for (const [call, run, message, hint] of cases) {
    it(`${call} stops with its message and hint`, () => {
      const e = safetyGapErrorOf(run);
      expect({ message: e.message, hint: e.hint }).toEqual({ message, hint });
    });
  }

  it("accepts the values at each bound", () => {
    expect(sampleMean([2])).toBe(2);
    expect(sampleVariance([3], 0)).toBe(0);
    expect(sampleVariance([1, 3])).toBe(2);
    expect(cohenD([1, 3], [0, 0])).toBe(2); // pooled SD sqrt((1 * 2 + 1 * 0) / 2) = 1
    expect(studentTSf(Infinity, 1)).toBe(0);
    expect(studentTSf(-Infinity, 1)).toBe(1);
    expect(studentTSf(0, Infinity)).toBe(0.5);
    expect(studentTLogSf(0, 5e-324)).toBe(Math.log(0.5));
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
    expect(studentTQuantile(1, 3)).toBe(Infinity);
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(logRegularizedIncompleteBeta(1, 2, 3)).toBe(0);
    expect(logRegularizedIncompleteBeta(0, 2, 3)).toBe(-Infinity);
  });
});
