import { SafetyGapError } from "../errors.js";
import { invalidDdof } from "../messages/stats.js";
import { checkSample } from "./checkSample.js";
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
  checkSample(x, "sampleVariance(x, ddof): x", ddof + 1);
  const n = x.length;
  return sumSquaredDeviations(x, mean(x)) / (n - ddof);
}
