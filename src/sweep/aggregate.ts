/**
 * The sweep's statistics from the per-seed values, in seed order.
 *
 * Mean and SD by Welford's one-pass update (stable where a naive sum of
 * squares cancels: numbers such as p-values near 0 or t near 200 differ in
 * the last digits only); quantiles with NumPy's linear `percentile`, the one
 * the bootstrap intervals use; hold rates with a Wilson 95% interval, which
 * stays inside [0, 1] and is not degenerate at 0 or K holds (unlike the Wald
 * interval).
 */
import { percentile } from "../numeric/index.js";

export interface NumberSpread {
  mean: number;
  /** Sample SD (n − 1). */
  sd: number;
  min: number;
  max: number;
  q025: number;
  q975: number;
  seeds: number;
  /** The value in the paper's seed (the seed of report/model.yaml). */
  paper: number;
  /** Where the paper's value falls among the seeds' values, 0-100 (mid-rank: ties count half). */
  paperPercentile: number;
}

export function spreadOf(values: Float64Array, paper: number): NumberSpread {
  let mean = 0;
  let m2 = 0;
  let min = Infinity;
  let max = -Infinity;
  let below = 0;
  let equal = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const d = x - mean;
    mean += d / (i + 1);
    m2 += d * (x - mean);
    if (x < min) min = x;
    if (x > max) max = x;
    if (x < paper) below++;
    else if (x === paper) equal++;
  }
  const [q025, q975] = percentile(values, [2.5, 97.5]) as unknown as [number, number];
  return { mean, sd: Math.sqrt(m2 / (values.length - 1)), min, max, q025, q975, seeds: values.length, paper, paperPercentile: (100 * (below + equal / 2)) / values.length };
}

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export interface HoldRate {
  holds: number;
  of: number;
  rate: number;
  /** Wilson 95% interval of the rate. */
  low: number;
  high: number;
}

export function holdRateOf(holds: Uint8Array): HoldRate {
  let k = 0;
  for (const h of holds) k += h;
  const n = holds.length;
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { holds: k, of: n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
