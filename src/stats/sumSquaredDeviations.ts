import { pairwiseSum } from "../numeric/pairwiseSum.js";
import { numericKernel } from "../numeric/numericKernel.js";

/**
 * sum((x - m)^2) by NumPy's pairwise summation, the numerator of every
 * variance here. Callers divide differently on purpose: NumPy's `var` by
 * n - ddof, SciPy's `ttest_ind` as mean * n/(n-1); the last bits differ.
 */
export function sumSquaredDeviations(x: ArrayLike<number>, m: number): number {
  const kernel = numericKernel(x.length);
  if (kernel) return kernel.sumSquaredDeviations(x, m);
  const sq = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as number) - m;
    sq[i] = d * d;
  }
  return pairwiseSum(sq);
}
