/** The argument checks of src/numeric: exact message and hint, and the values just inside each bound. */
import { describe, expect, it } from "vitest";
import { mean, pairwiseSum, percentile } from "../../src/numeric/index.js";
import { emptyInput, emptyInputHint, percentileHint, percentileOutOfRange, sliceHint, sliceOutOfRange } from "../../src/messages/random.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const error = (run: () => unknown) => {
  const e = safetyGapErrorOf(run);
  return { message: e.message, hint: e.hint };
};

describe("pairwiseSum(x, start, n): the slice must lie inside x", () => {
  const x = Float64Array.of(1, 2, 4);
  it("refuses a slice past the end, a negative or fractional start or length", () => {
    for (const [start, n] of [[2, 2], [0, 4], [3, 1], [-1, 1], [0, -1], [0.5, 1], [0, 1.5], [NaN, 1]] as const) {
      expect(error(() => pairwiseSum(x, start, n)), `${start}, ${n}`).toEqual({ message: sliceOutOfRange(start, n, 3), hint: sliceHint() });
    }
  });
  it("sums the slices at the bounds", () => {
    expect(pairwiseSum(x, 0, 3)).toBe(7);
    expect(pairwiseSum(x, 2, 1)).toBe(4);
    expect(pairwiseSum(x, 3, 0)).toBe(0);
    expect(pairwiseSum(x, 3)).toBe(0);
    expect(pairwiseSum(x, 1)).toBe(6);
    expect(Object.is(pairwiseSum(Float64Array.of(-0, -0)), 0)).toBe(true);
  });
});

describe("mean(x) and percentile(x, q): empty input and q outside [0, 100]", () => {
  it("refuses an empty x with the function's name", () => {
    expect(error(() => mean(new Float64Array(0)))).toEqual({ message: emptyInput("mean"), hint: emptyInputHint() });
    expect(error(() => percentile([], 50))).toEqual({ message: emptyInput("percentile"), hint: emptyInputHint() });
  });
  it("refuses q below 0, above 100, NaN or not a number, in a list too, before looking at x", () => {
    for (const q of [-1e-300, 100.00000000000001, NaN, -Infinity]) {
      expect(error(() => percentile([1, 2], q)), String(q)).toEqual({ message: percentileOutOfRange(q), hint: percentileHint() });
      expect(error(() => percentile([], [50, q])), String(q)).toEqual({ message: percentileOutOfRange(q), hint: percentileHint() });
    }
    expect(error(() => percentile([1, 2], ["50"] as unknown as number[]))).toEqual({ message: percentileOutOfRange("50" as unknown as number), hint: percentileHint() });
  });
  it("takes q = 0 and q = 100 (the minimum and maximum)", () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(Array.from(percentile([3, 1, 2], [100, 0, 50]))).toEqual([3, 1, 2]);
  });
});
