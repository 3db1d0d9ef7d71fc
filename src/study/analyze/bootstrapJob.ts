/**
 * One bootstrap job, as any thread runs it (the calling thread or a worker):
 * the comparison's replicates and their percentile interval, computed where
 * the replicates are, so the intervals are spread over the threads too.
 */
import type { Params } from "../params/types.js";
import { simulateCell } from "../simulate/simulateCell.js";
import { cellKey, type CellId, type Samples } from "../simulate/types.js";
import { bootstrapComparison } from "./bootstrapComparison.js";
import type { BootstrapDone, BootstrapJob } from "./bootstrapPool.js";
import { percentileInterval } from "./percentileInterval.js";

/** `params` simulates samples given as cell ids, unless `known` has them. */
export function runJob(j: BootstrapJob, params?: Params, known?: Samples): BootstrapDone {
  const diffs = bootstrapComparison(j.seed, j.id, sampleOf(j.a, params, known), sampleOf(j.b, params, known), j.resamples);
  const [ciLow, ciHigh] = percentileInterval(diffs, j.confidence);
  return { diffs, ciLow, ciHigh };
}

function sampleOf(s: Float64Array | CellId, params: Params | undefined, known: Samples | undefined): Float64Array {
  if (s instanceof Float64Array) return s;
  const have = known?.get(cellKey(s));
  if (have) return have;
  // A caller's bug (RunOptions.params missing), not a user's: a plain Error.
  if (!params) throw new Error(`bootstrap job names cell ${cellKey(s)} but the run has no params to simulate it from`);
  return simulateCell(params, s);
}
