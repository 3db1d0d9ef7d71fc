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
import { baselineGap, summarizeMethod, type BaselineGap } from "./summarize.js";
import { comparisonKey, type Analysis, type CellStats, type ComparisonResult, type ComparisonStats, type MethodSummary, type Replicates } from "./types.js";

/**
 * `samples` may be a function that simulates them: it is then called once
 * the bootstrap's jobs are posted, so the workers start (simulating their
 * own jobs' cells) while this thread simulates everything.
 */
export async function analyze(params: Params, samples: Samples | (() => Samples), options: BootstrapOptions = {}): Promise<Analysis> {
  const known: Samples = typeof samples === "function" ? new Map() : samples;
  const cells = new Map<string, CellStats>();
  const tests = new Map<string, ComparisonStats>();
  const ready: Replicates = new Map();
  const inputs = { cells, comparisons: tests, replicates: ready };
  // A method is summarised once its cells, tests and replicates and its scale's baseline method's are
  // in: all but the last few summaries overlap the bootstrap instead of following the last job.
  const summaries = new Map<string, MethodSummary>();
  const baselines = new Map<string, BaselineGap>();
  const pending = new Map<string, number>(params.scales.flatMap((s) => params.methods.map((m) => [`${s}.${m}`, params.benchmarks.length] as const)));
  const summarizeReady = (scale: string): void => {
    if (tests.size === 0 || pending.get(`${scale}.${params.baselineMethod}`) !== 0) return;
    if (!baselines.has(scale)) baselines.set(scale, baselineGap(params, scale, inputs));
    for (const method of params.methods) {
      const key = `${scale}.${method}`;
      if (pending.get(key) === 0 && !summaries.has(key)) summaries.set(key, summarizeMethod(params, scale, method, baselines.get(scale) as BaselineGap, inputs));
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
      for (const scale of params.scales) summarizeReady(scale);
    },
    onReplicates: (id, reps) => {
      options.onReplicates?.(id, reps);
      ready.set(comparisonKey(id), reps);
      const key = `${id.scale}.${id.method}`;
      pending.set(key, (pending.get(key) as number) - 1);
      summarizeReady(id.scale);
    },
  });
  const comparisons = new Map<string, ComparisonResult>();
  for (const id of comparisonIds(params)) {
    const [ciLow, ciHigh] = intervals.get(comparisonKey(id)) as [number, number];
    comparisons.set(comparisonKey(id), { ...(tests.get(comparisonKey(id)) as ComparisonStats), ciLow, ciHigh });
  }
  // In design order (scale, then method), whichever finished first; any left (none, normally) now.
  const all = { cells, comparisons, replicates };
  const byKey = new Map<string, MethodSummary>();
  for (const scale of params.scales) {
    for (const method of params.methods) {
      const key = `${scale}.${method}`;
      byKey.set(key, summaries.get(key) ?? summarizeMethod(params, scale, method, baselines.get(scale) ?? baselineGap(params, scale, all), all));
    }
  }
  return { cells, comparisons, summaries: byKey };
}

export { runBootstrap, BootstrapPool, workerUrl, type BootstrapOptions, type Bootstrap } from "./runBootstrap.js";
export { bootstrapComparison } from "./bootstrapComparison.js";
export { comparisonIds } from "./comparisons.js";
export * from "./types.js";
