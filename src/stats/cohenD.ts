import { SafetyGapError } from "../errors.js";
import { nonFiniteMoments, zeroPooledVariance } from "../messages/stats.js";
import { checkLength, checkSample } from "./checkSample.js";
import { mean } from "../numeric/mean.js";
import { sumSquaredDeviations } from "./sumSquaredDeviations.js";

/**
 * Cohen's d: (mean(a) - mean(b)) / s_pooled with
 * s_pooled = sqrt(((na-1) va + (nb-1) vb) / (na + nb - 2)), va, vb the
 * unbiased variances (NumPy `var(ddof=1)`). Needs >= 2 finite values in each
 * sample and a nonzero pooled SD, and a mean difference and pooled variance
 * that do not overflow a double (else d would be a silent 0 or NaN);
 * otherwise throws SafetyGapError.
 */
export function cohenD(a: Float64Array | number[], b: Float64Array | number[]): number {
  checkLength(a, "cohenD(a, b): a", 2);
  checkLength(b, "cohenD(a, b): b", 2);
  const na = a.length;
  const nb = b.length;
  const ma = mean(a);
  const mb = mean(b);
  // A non-finite value makes a mean non-finite: only then scan, to name it (see checkLength).
  if (!Number.isFinite(ma) || !Number.isFinite(mb)) {
    checkSample(a, "cohenD(a, b): a", 2);
    checkSample(b, "cohenD(a, b): b", 2);
  }
  // sampleVariance(x, 1), its mean computed once.
  const va = sumSquaredDeviations(a, ma) / (na - 1);
  const vb = sumSquaredDeviations(b, mb) / (nb - 1);
  const pooled = Math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2));
  const diff = ma - mb;
  if (!Number.isFinite(pooled) || !Number.isFinite(diff)) {
    throw new SafetyGapError(nonFiniteMoments("cohenD(a, b)", "the mean difference or pooled variance"), undefined, "Rescale the scores (e.g. divide by a power of 10) first.");
  }
  if (pooled === 0) throw new SafetyGapError(zeroPooledVariance(), undefined, "Check the samples: an effect size needs some spread.");
  return diff / pooled;
}
