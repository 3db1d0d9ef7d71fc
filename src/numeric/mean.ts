import { SafetyGapError } from "../errors.js";
import { emptyInput, emptyInputHint } from "../messages/random.js";
import { pairwiseSum } from "./pairwiseSum.js";
import { numericKernel } from "./numericKernel.js";

/**
 * `np.mean` of a contiguous float64 1-D array, bit for bit: NumPy's pairwise
 * sum (`pairwiseSum`), then one correctly rounded division by the count
 * (`_mean` in numpy/core/_methods.py divides the sum by n).
 */
export function mean(x: ArrayLike<number>): number {
  if (x.length === 0) throw new SafetyGapError(emptyInput("mean"), undefined, emptyInputHint());
  return (numericKernel(x.length)?.sum(x) ?? pairwiseSum(x)) / x.length;
}
