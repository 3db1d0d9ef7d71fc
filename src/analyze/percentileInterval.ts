/**
 * Percentile bootstrap interval: the (1-c)/2 and (1+c)/2 quantiles of the
 * replicates, NumPy's default linear interpolation, with the percentages
 * formed as in bench/numpy/compute.py so the two agree bit for bit.
 */
import { percentile } from "../numeric/index.js";

export function percentileInterval(replicates: Float64Array, confidence: number): [number, number] {
  const low = ((1 - confidence) / 2) * 100;
  const high = ((1 + confidence) / 2) * 100;
  const [lo, hi] = percentile(replicates, [low, high]);
  return [lo!, hi!];
}
