import { SafetyGapError } from "../errors.js";
import { invalidDdof } from "../messages/stats.js";
import { checkLength, checkSample } from "./checkSample.js";
import { mean } from "../numeric/mean.js";
import { sumSquaredDeviations } from "./sumSquaredDeviations.js";

/**
 * Variance with `ddof` delta degrees of freedom (default 1: the unbiased
 * sample variance), computed as NumPy's `x.var(ddof=ddof)`: mean by pairwise
 * sum, squared deviations, pairwise sum, divided by `n - ddof`.
 * Throws unless `n > ddof` and every value is finite.
 */
export function sampleVariance(x: Float64Array | number[], ddof = 1): number {
  if (!Number.isInteger(ddof) || ddof < 0) throw new SafetyGapError(invalidDdof(ddof), undefined, "Use ddof = 0 (population) or 1 (sample).");
  const name = "sampleVariance(x, ddof): x";
  const n = x.length;
  checkLength(x, name, ddof + 1);
  const v = sumSquaredDeviations(x, mean(x)) / (n - ddof);
  // Any non-finite value makes v non-finite (NaN, or Inf - Inf): only then scan for it, to name it
  // in the error. A scan of every array first cost more than the variance of the summaries' replicates.
  // Stryker disable next-line ArithmeticOperator: n >= ddof + 1 is checked above, so checkSample's length part passes for any min up to that; only its scan for the value counts here
  if (!Number.isFinite(v)) checkSample(x, name, ddof + 1);
  return v;
}
