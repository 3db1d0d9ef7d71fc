import { SafetyGapError } from "../errors.js";
import { nonFiniteMoments, zeroVarianceBoth } from "../messages/stats.js";
import { checkLength, checkSample } from "./checkSample.js";
import { logStudentTSfPair } from "./logStudentTSfPair.js";
import { mean } from "../numeric/mean.js";
import { sumSquaredDeviations } from "./sumSquaredDeviations.js";

export interface WelchTTestResult {
  /** Welch's t = meanDiff / se. */
  t: number;
  /** Welch-Satterthwaite degrees of freedom. */
  df: number;
  /** Two-sided p from Student's t with df degrees of freedom (0 when it underflows; see log10p). */
  p: number;
  /** log10 of the two-sided p, computed in log space: finite when p underflows (e.g. -700). */
  log10p: number;
  /** Standard error of the mean difference, sqrt(va/na + vb/nb). */
  se: number;
  /** mean(a) - mean(b). */
  meanDiff: number;
}

/** Mean and unbiased variance exactly as SciPy's ttest_ind forms them: mean(d^2) * n/(n-1). */
function meanAndVar(x: ArrayLike<number>): [number, number] {
  const n = x.length;
  const m = mean(x);
  return [m, (sumSquaredDeviations(x, m) / n) * (n / (n - 1))];
}

/**
 * Welch's unequal-variance t-test of mean(a) = mean(b), two-sided, with the
 * arithmetic of `scipy.stats.ttest_ind(a, b, equal_var=False)` (same t and df
 * bit for bit, p to ~1e-13 relative). Each sample needs >= 2 finite values,
 * and at least one must have nonzero variance; otherwise throws SafetyGapError.
 * It also throws where a mean or variance overflows a double (values near
 * 1e154 and beyond): SciPy returns nan or a meaningless p = 1 there. Where
 * the variances' squares would overflow or underflow (va/na above 1e150 or
 * below 1e-150) df is formed from the variances divided by the larger, so it
 * stays right (SciPy's is nan or inf); elsewhere df is SciPy's bit for bit.
 */
export function welchTTest(a: Float64Array | number[], b: Float64Array | number[]): WelchTTestResult {
  const fn = "welchTTest(a, b)";
  checkLength(a, `${fn}: a`, 2);
  checkLength(b, `${fn}: b`, 2);
  const na = a.length;
  const nb = b.length;
  const [ma, va] = meanAndVar(a);
  const [mb, vb] = meanAndVar(b);
  const vna = va / na;
  const vnb = vb / nb;
  const se = Math.sqrt(vna + vnb);
  const meanDiff = ma - mb;
  // Finite values whose sum or squares overflow: SciPy returns nan/inf or a wrong p = 1 here.
  if (!Number.isFinite(se) || !Number.isFinite(meanDiff)) {
    // A non-finite value makes meanDiff so: named first; else finite values overflowed.
    checkSample(a, `${fn}: a`, 2);
    checkSample(b, `${fn}: b`, 2);
    throw new SafetyGapError(nonFiniteMoments(fn, "the mean or variance of a sample"), undefined, "Rescale the scores (e.g. divide by a power of 10) before testing.");
  }
  if (vna + vnb === 0) throw new SafetyGapError(zeroVarianceBoth(fn), undefined, "Check the samples: a t-test needs some spread in at least one of them.");
  let df = (vna + vnb) ** 2 / ((vna * vna) / (na - 1) + (vnb * vnb) / (nb - 1));
  const scale = Math.max(vna, vnb);
  if (scale > 1e150 || scale < 1e-150) {
    // the squares would overflow (NaN df) or underflow (0 or Infinity df): same formula on vna, vnb divided by the larger
    const u = vna / scale;
    const w = vnb / scale;
    df = (u + w) ** 2 / ((u * u) / (na - 1) + (w * w) / (nb - 1));
  }
  const t = meanDiff / se;
  const logSf = logStudentTSfPair(Math.abs(t), df).logSf;
  const logP = Math.LN2 + logSf;
  return { t, df, p: Math.exp(logSf) * 2, log10p: logP / Math.LN10, se, meanDiff };
}
