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
import { runBootstrap, type BootstrapOptions } from "./runBootstrap.js";
import { summarize } from "./summarize.js";
import { comparisonKey, type Analysis, type CellStats, type ComparisonResult, type ComparisonStats } from "./types.js";

export async function analyze(params: Params, samples: Samples, options: BootstrapOptions = {}): Promise<Analysis> {
  const cells = new Map<string, CellStats>();
  const tests = new Map<string, ComparisonStats>();
  const { replicates, intervals } = await runBootstrap(params, samples, {
    ...options,
    // Cell statistics and the tests need only the samples: done while the workers run the bootstrap.
    meanwhile: () => {
      options.meanwhile?.();
      for (const c of cellIds(params)) cells.set(cellKey(c), cellStats(samples.get(cellKey(c)) as Float64Array));
      for (const id of comparisonIds(params)) {
        const a = samples.get(cellKey({ ...id, condition: params.conditions.treated })) as Float64Array;
        const b = samples.get(cellKey({ ...id, condition: params.conditions.control })) as Float64Array;
        tests.set(comparisonKey(id), compare(a, b));
      }
    },
  });
  const comparisons = new Map<string, ComparisonResult>();
  for (const id of comparisonIds(params)) {
    const [ciLow, ciHigh] = intervals.get(comparisonKey(id)) as [number, number];
    comparisons.set(comparisonKey(id), { ...(tests.get(comparisonKey(id)) as ComparisonStats), ciLow, ciHigh });
  }
  return { cells, comparisons, summaries: summarize(params, cells, comparisons, replicates) };
}

export { runBootstrap, BootstrapPool, workerUrl, type BootstrapOptions, type Bootstrap } from "./runBootstrap.js";
export { bootstrapComparison } from "./bootstrapComparison.js";
export { comparisonIds } from "./comparisons.js";
export * from "./types.js";
