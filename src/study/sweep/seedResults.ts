/**
 * The study for many seeds, each with the streams of `compute --seed N` (the
 * same simulateCell, cellStats, compare, bootstrapComparison and
 * summarizeMethod calls on the same inputs, so every number is bit for bit
 * the one `compute --seed N` writes), but bootstrapping only the comparisons
 * asked for (./neededBootstraps.ts). A summary whose comparisons were not
 * bootstrapped is computed over placeholder replicates, and its interval and
 * SE keys are then left out: only the numbers that are exactly compute's are
 * kept.
 *
 * Seeds run in batches: one pool run takes every bootstrap job of a batch,
 * so the threads stay busy across seed boundaries, and memory holds one
 * batch's samples and replicates at a time, whatever the number of seeds.
 */
import type { BootstrapJob, BootstrapPool } from "../analyze/bootstrapPool.js";
import { cellStats } from "../analyze/cellStats.js";
import { compare } from "../analyze/compare.js";
import { comparisonIds } from "../analyze/comparisons.js";
import { baselineGap, summarizeMethod } from "../analyze/summarize.js";
import { comparisonKey, type Analysis, type CellStats, type ComparisonResult, type ComparisonStats, type MethodSummary, type Replicates } from "../analyze/types.js";
import type { Params } from "../params/types.js";
import { flattenAnalysis } from "../results/flatten.js";
import type { Results } from "../../results/types.js";
import { declareResults } from "../results/declare.js";
import { resultsHeader } from "../results/computeResults.js";
import { cellIds, simulate } from "../simulate/index.js";
import { cellKey, type Samples } from "../simulate/types.js";
import { comparisonsFor } from "./neededBootstraps.js";

/** Seeds whose bootstrap jobs go to the pool together. */
export const SEEDS_PER_BATCH = 4;

interface SeedInputs {
  params: Params;
  samples: Samples;
  cells: Map<string, CellStats>;
  tests: Map<string, ComparisonStats>;
}

function simulated(base: Params, seed: number): SeedInputs {
  const params = { ...base, seed };
  const samples = simulate(params);
  const cells = new Map<string, CellStats>();
  for (const c of cellIds(params)) cells.set(cellKey(c), cellStats(samples.get(cellKey(c)) as Float64Array));
  const tests = new Map<string, ComparisonStats>();
  for (const id of comparisonIds(params)) {
    const a = samples.get(cellKey({ ...id, condition: params.conditions.treated })) as Float64Array;
    const b = samples.get(cellKey({ ...id, condition: params.conditions.control })) as Float64Array;
    tests.set(comparisonKey(id), compare(a, b));
  }
  return { params, samples, cells, tests };
}

/**
 * One seed's results from its tests and the replicates it has. `bootstrapped`
 * names the comparisons with real replicates; every other comparison reads
 * `placeholder` (ones: finite, so the summaries run), and the keys derived
 * from it are dropped.
 */
function seedResults(s: SeedInputs, replicates: Replicates, intervals: Map<string, [number, number]>, placeholder: Float64Array): Results {
  const { params } = s;
  const reps: Replicates = new Map(comparisonIds(params).map((id) => [comparisonKey(id), replicates.get(comparisonKey(id)) ?? placeholder]));
  const comparisons = new Map<string, ComparisonResult>();
  for (const id of comparisonIds(params)) {
    const [ciLow, ciHigh] = intervals.get(comparisonKey(id)) ?? [0, 0];
    comparisons.set(comparisonKey(id), { ...(s.tests.get(comparisonKey(id)) as ComparisonStats), ciLow, ciHigh });
  }
  const inputs = { cells: s.cells, comparisons, replicates: reps };
  const summaries = new Map<string, MethodSummary>();
  for (const scale of params.scales) {
    const base = baselineGap(params, scale, inputs);
    for (const method of params.methods) summaries.set(`${scale}.${method}`, summarizeMethod(params, scale, method, base, inputs));
  }
  const analysis: Analysis = { cells: s.cells, comparisons, summaries };
  const all = flattenAnalysis(analysis);
  const numbers: Record<string, number> = {};
  for (const [key, value] of Object.entries(all)) {
    const from = comparisonsFor([key], params);
    let exact = true;
    for (const c of from) if (!replicates.has(c)) exact = false;
    if (exact) numbers[key] = value;
  }
  return declareResults({ ...resultsHeader(params), numbers });
}

/** Every key `compute` writes for these parameters (values meaningless): for matching key patterns. */
export function allKeys(params: Params): string[] {
  const s = simulated(params, params.seed);
  const placeholder = new Float64Array(2).fill(1);
  const reps: Replicates = new Map(comparisonIds(params).map((id) => [comparisonKey(id), placeholder]));
  const comparisons = new Map([...s.tests].map(([k, t]) => [k, { ...t, ciLow: 0, ciHigh: 0 }]));
  const inputs = { cells: s.cells, comparisons, replicates: reps };
  const summaries = new Map<string, MethodSummary>();
  for (const scale of params.scales) {
    const base = baselineGap(params, scale, inputs);
    for (const method of params.methods) summaries.set(`${scale}.${method}`, summarizeMethod(params, scale, method, base, inputs));
  }
  return Object.keys(flattenAnalysis({ cells: s.cells, comparisons, summaries }));
}

/**
 * Runs `seeds` in order, calling `onSeed` once per seed, in seed order, with
 * its results (which the caller should not keep: that is what keeps memory flat).
 */
export async function runSeeds(
  params: Params,
  seeds: readonly number[],
  bootstrap: ReadonlySet<string>,
  pool: BootstrapPool,
  onSeed: (seed: number, results: Results) => void,
): Promise<void> {
  const ids = comparisonIds(params).filter((id) => bootstrap.has(comparisonKey(id)));
  const placeholder = new Float64Array(params.bootstrap.resamples).fill(1);
  for (let start = 0; start < seeds.length; start += SEEDS_PER_BATCH) {
    const batch = seeds.slice(start, start + SEEDS_PER_BATCH).map((seed) => simulated(params, seed));
    const jobs: BootstrapJob[] = batch.flatMap((s) =>
      ids.map((id) => ({
        key: comparisonKey(id),
        seed: s.params.seed,
        id,
        a: s.samples.get(cellKey({ ...id, condition: params.conditions.treated })) as Float64Array,
        b: s.samples.get(cellKey({ ...id, condition: params.conditions.control })) as Float64Array,
        resamples: params.bootstrap.resamples,
        confidence: params.bootstrap.confidence,
      })),
    );
    const done = jobs.length ? await pool.run(jobs) : [];
    batch.forEach((s, i) => {
      const replicates: Replicates = new Map();
      const intervals = new Map<string, [number, number]>();
      ids.forEach((id, j) => {
        const d = done[i * ids.length + j]!;
        replicates.set(comparisonKey(id), d.diffs);
        intervals.set(comparisonKey(id), [d.ciLow, d.ciHigh]);
      });
      onSeed(s.params.seed, seedResults(s, replicates, intervals, placeholder));
    });
  }
}
