/**
 * Stage 3, analyze: `Samples` -> `Analysis`. Per cell: mean, SD, SE. Per
 * comparison (treated vs control in one scale/method/benchmark): Welch's t,
 * df, p, log10 p, Cohen's d, SE and a percentile bootstrap CI. Per
 * (scale, method): Eqs. (1)-(4) with bootstrap CIs.
 */
import type { Params } from "../params/types.js";
import { cellIds } from "../simulate/cells.js";
import { cellKey, type Samples } from "../simulate/types.js";
import { cellStats } from "./cellStats.js";
import { compare } from "./compare.js";
import { comparisonIds } from "./comparisons.js";
import { percentileInterval } from "./percentileInterval.js";
import { runBootstrap, type BootstrapOptions } from "./runBootstrap.js";
import { summarize } from "./summarize.js";
import { comparisonKey, type Analysis, type CellStats, type ComparisonResult } from "./types.js";

export async function analyze(params: Params, samples: Samples, options: BootstrapOptions = {}): Promise<Analysis> {
  const cells = new Map<string, CellStats>();
  for (const c of cellIds(params)) cells.set(cellKey(c), cellStats(samples.get(cellKey(c)) as Float64Array));
  const replicates = await runBootstrap(params, samples, options);
  const comparisons = new Map<string, ComparisonResult>();
  for (const id of comparisonIds(params)) {
    const a = samples.get(cellKey({ ...id, condition: params.conditions.treated })) as Float64Array;
    const b = samples.get(cellKey({ ...id, condition: params.conditions.control })) as Float64Array;
    const [ciLow, ciHigh] = percentileInterval(replicates.get(comparisonKey(id)) as Float64Array, params.bootstrap.confidence);
    comparisons.set(comparisonKey(id), { ...compare(a, b), ciLow, ciHigh });
  }
  return { cells, comparisons, summaries: summarize(params, cells, comparisons, replicates) };
}

export { runBootstrap, workerUrl, type BootstrapOptions } from "./runBootstrap.js";
export { bootstrapComparison } from "./bootstrapComparison.js";
export { comparisonIds } from "./comparisons.js";
export * from "./types.js";
