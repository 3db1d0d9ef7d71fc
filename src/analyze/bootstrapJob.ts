/**
 * One bootstrap job, as any thread runs it (the calling thread or a worker):
 * the comparison's replicates and their percentile interval, computed where
 * the replicates are, so the intervals are spread over the threads too.
 */
import { bootstrapComparison } from "./bootstrapComparison.js";
import type { BootstrapDone, BootstrapJob } from "./bootstrapPool.js";
import { percentileInterval } from "./percentileInterval.js";

export function runJob(j: BootstrapJob): BootstrapDone {
  const diffs = bootstrapComparison(j.seed, j.id, j.a, j.b, j.resamples);
  const [ciLow, ciHigh] = percentileInterval(diffs, j.confidence);
  return { diffs, ciLow, ciHigh };
}
