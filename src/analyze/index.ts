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
import { summarizeScale } from "./summarize.js";
import { comparisonKey, type Analysis, type CellStats, type ComparisonResult, type ComparisonStats, type MethodSummary } from "./types.js";

/**
 * `samples` may be a function that simulates them: it is then called once
 * the bootstrap's jobs are posted, so the workers start (simulating their
 * own jobs' cells) while this thread simulates everything.
 */
export async function analyze(params: Params, samples: Samples | (() => Samples), options: BootstrapOptions = {}): Promise<Analysis> {
  const known: Samples = typeof samples === "function" ? new Map() : samples;
  const cells = new Map<string, CellStats>();
  const tests = new Map<string, ComparisonStats>();
  // A scale is summarised once its cells, its tests and all its replicates are in: most of this
  // overlaps the bootstrap of the later scales instead of following the last job.
  const summaries = new Map<string, Map<string, MethodSummary>>();
  const pending = new Map(params.scales.map((s) => [s, params.methods.length * params.benchmarks.length]));
  const ready = new Map<string, Float64Array>();
  const summarizeReady = (): void => {
    if (tests.size === 0) return;
    for (const [scale, left] of pending) {
      if (left > 0 || summaries.has(scale)) continue;
      summaries.set(scale, summarizeScale(params, scale, cells, tests, ready));
    }
  };
  const { replicates, intervals } = await runBootstrap(params, known, {
    ...options,
    // Cell statistics and the tests need only the samples: done while the workers run the bootstrap.
    meanwhile: () => {
      if (typeof samples === "function") for (const [key, x] of samples()) known.set(key, x);
      options.meanwhile?.();
      for (const c of cellIds(params)) cells.set(cellKey(c), cellStats(known.get(cellKey(c)) as Float64Array));
      for (const id of comparisonIds(params)) {
        const a = known.get(cellKey({ ...id, condition: params.conditions.treated })) as Float64Array;
        const b = known.get(cellKey({ ...id, condition: params.conditions.control })) as Float64Array;
        tests.set(comparisonKey(id), compare(a, b));
      }
      summarizeReady();
    },
    onReplicates: (id, reps) => {
      options.onReplicates?.(id, reps);
      ready.set(comparisonKey(id), reps);
      pending.set(id.scale, (pending.get(id.scale) as number) - 1);
      summarizeReady();
    },
  });
  const comparisons = new Map<string, ComparisonResult>();
  for (const id of comparisonIds(params)) {
    const [ciLow, ciHigh] = intervals.get(comparisonKey(id)) as [number, number];
    comparisons.set(comparisonKey(id), { ...(tests.get(comparisonKey(id)) as ComparisonStats), ciLow, ciHigh });
  }
  // In design order (scale, then method), whichever scale finished first.
  const byScale = params.scales.map((s) => summaries.get(s) ?? summarizeScale(params, s, cells, comparisons, replicates));
  return { cells, comparisons, summaries: new Map(byScale.flatMap((m) => [...m])) };
}

export { runBootstrap, BootstrapPool, workerUrl, type BootstrapOptions, type Bootstrap } from "./runBootstrap.js";
export { bootstrapComparison } from "./bootstrapComparison.js";
export { comparisonIds } from "./comparisons.js";
export * from "./types.js";
