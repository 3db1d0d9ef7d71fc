/**
 * Percentile bootstrap interval: the (1-c)/2 and (1+c)/2 quantiles of the
 * replicates, NumPy's default linear interpolation, with the percentages
 * formed as in bench/numpy/compute.py so the two agree bit for bit.
 */
import { SafetyGapError } from "../../errors.js";
import { invalidConfidence } from "../../messages/stats.js";
import { percentile } from "../../numeric/index.js";

/** Throws SafetyGapError for a confidence outside [0, 1] or NaN (not a percentile out of range further on). */
export function percentileInterval(replicates: Float64Array, confidence: number): [number, number] {
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new SafetyGapError(invalidConfidence("percentileInterval(replicates, confidence)", confidence), undefined, "Pass the confidence level as a fraction, e.g. 0.95.");
  }
  const low = ((1 - confidence) / 2) * 100;
  const high = ((1 + confidence) / 2) * 100;
  const [lo, hi] = percentile(replicates, [low, high]);
  return [lo!, hi!];
}
