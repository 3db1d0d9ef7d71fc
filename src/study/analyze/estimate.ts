/** A point estimate with the percentile interval and SD (ddof = 1) of its bootstrap replicates. */
import { sampleVariance } from "../../stats/index.js";
import { percentileInterval } from "./percentileInterval.js";
import type { Estimate } from "./types.js";

export function estimate(value: number, replicates: Float64Array, confidence: number): Estimate {
  const [ciLow, ciHigh] = percentileInterval(replicates, confidence);
  return { value, ciLow, ciHigh, se: Math.sqrt(sampleVariance(replicates, 1)) };
}
