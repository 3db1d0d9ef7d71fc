/**
 * The study for many seeds, each with the streams of `compute --seed N` (the
 * same simulateCell, cellStats, compare, bootstrapComparison and
 * summarizeMethod calls on the same inputs, so every number is bit for bit
 * the one `compute --seed N` writes), but bootstrapping only the comparisons
 * a plan asks for: those of every seed, then those one seed's claims need
 * (./lazyVerdicts.ts), until the plan asks for nothing more. A summary whose
 * comparisons were not bootstrapped is computed over placeholder
 * replicates, and its interval and SE keys are then unknown: only the
 * numbers that are exactly compute's are known.
 *
 * Seeds run in batches: one pool run takes every bootstrap job of a batch,
 * so the threads stay busy across seed boundaries, and memory holds one
 * batch's samples and replicates at a time, whatever the number of seeds.
 */
import type { BootstrapDone, BootstrapJob, BootstrapPool } from "../analyze/bootstrapPool.js";
import { cellStats } from "../analyze/cellStats.js";
import { compare } from "../analyze/compare.js";
import { comparisonIds } from "../analyze/comparisons.js";
import { baselineGap, summarizeMethod } from "../analyze/summarize.js";
import { comparisonKey, type Analysis, type CellStats, type ComparisonId, type ComparisonResult, type ComparisonStats, type MethodSummary, type Replicates } from "../analyze/types.js";
import type { Params } from "../params/types.js";
import { flattenAnalysis } from "../results/flatten.js";
import { KEY_FAMILIES } from "../results/keyFamilies.js";
import { cellIds, simulate } from "../simulate/index.js";
import { cellKey, type Samples } from "../simulate/types.js";

/** Seeds whose bootstrap jobs go to the pool together. */
export const SEEDS_PER_BATCH = 8;

interface SeedInputs {
  params: Params;
  samples: Samples;
  cells: Map<string, CellStats>;
  tests: Map<string, ComparisonStats>;
  /** The largest |score| of the samples. */
  largest: number;
}

function simulated(base: Params, seed: number): SeedInputs {
  const params = { ...base, seed };
  return analysed(params, simulate(params));
}

function analysed(params: Params, samples: Samples): SeedInputs {
  const cells = new Map<string, CellStats>();
  let largest = 0;
  for (const c of cellIds(params)) {
    const x = samples.get(cellKey(c)) as Float64Array;
    cells.set(cellKey(c), cellStats(x));
    for (let i = 0; i < x.length; i++) largest = Math.max(largest, Math.abs(x[i] as number));
  }
  const tests = new Map<string, ComparisonStats>();
  for (const id of comparisonIds(params)) {
    const a = samples.get(cellKey({ ...id, condition: params.conditions.treated })) as Float64Array;
    const b = samples.get(cellKey({ ...id, condition: params.conditions.control })) as Float64Array;
    tests.set(comparisonKey(id), compare(a, b));
  }
  return { params, samples, cells, tests, largest };
}

/**
 * The replicates a summary group shares: a scale's safety comparisons (retention and delta
 * divide by the scale's baseline method's gap), or one method's capability comparisons at a
 * scale (its tax). Placeholders are full length only in a group with real replicates (its rows
 * must be of one length); elsewhere two values, so no summary works through 10,000 ones.
 */
const groupOf = (params: Params, id: ComparisonId): string => {
  const kind = params.benchmarks.find((b) => b.name === id.benchmark)?.kind;
  return kind === "safety" ? `safety ${id.scale}` : `${kind} ${id.scale} ${id.method}`;
};

/**
 * One seed's analysis (cells, comparisons, summaries) with the values that the bootstrapped
 * comparisons make exact. Only the groups in `summarized` are summarized from their replicates
 * (the others' summary intervals and SEs are read by nothing).
 */
function seedAnalysis(s: SeedInputs, done: ReadonlyMap<string, BootstrapDone>, summarized: ReadonlySet<string>, fullPlaceholder: Float64Array): Analysis {
  const { params } = s;
  const real = new Set([...comparisonIds(params)].filter((id) => done.has(comparisonKey(id))).map((id) => groupOf(params, id)));
  const shortPlaceholder = new Float64Array(2).fill(1);
  const replicates: Replicates = new Map();
  const comparisons = new Map<string, ComparisonResult>();
  for (const id of comparisonIds(params)) {
    const key = comparisonKey(id);
    const d = done.get(key);
    const group = groupOf(params, id);
    replicates.set(key, !summarized.has(group) ? shortPlaceholder : (d?.diffs ?? (real.has(group) ? fullPlaceholder : shortPlaceholder)));
    comparisons.set(key, { ...(s.tests.get(key) as ComparisonStats), ciLow: d?.ciLow ?? 0, ciHigh: d?.ciHigh ?? 0 });
  }
  const inputs = { cells: s.cells, comparisons, replicates };
  const summaries = new Map<string, MethodSummary>();
  for (const scale of params.scales) {
    const base = baselineGap(params, scale, inputs);
    for (const method of params.methods) summaries.set(`${scale}.${method}`, summarizeMethod(params, scale, method, base, inputs));
  }
  return { cells: s.cells, comparisons, summaries };
}

/**
 * Where flattenAnalysis finds a key's number: the key's family (its source map), entry, leaf and
 * sub-leaf (KEY_FAMILIES). A sweep reads the few hundred keys it needs this way, in the order
 * flattenAnalysis gives once, instead of flattening and sorting all ~1,700 in every round of every seed.
 */
interface KeyPlace {
  key: string;
  source: "cells" | "comparisons" | "summaries";
  entry: string;
  leaf: string;
  sub: string | undefined;
}

const SOURCES: Record<string, KeyPlace["source"]> = { cell: "cells", cmp: "comparisons", summary: "summaries" };

function placeOf(key: string): KeyPlace {
  const parts = key.split(".");
  const family = KEY_FAMILIES.find((f) => f.prefix === parts[0]);
  if (!family || !SOURCES[family.prefix]) throw new Error(`sweep: ${key} is of no key family`);
  const d = family.dimensions.length;
  return { key, source: SOURCES[family.prefix]!, entry: parts.slice(1, 1 + d).join("."), leaf: parts[1 + d]!, sub: parts[2 + d] };
}

/** The numbers at `places`, as flattenAnalysis reads them (a leaf is a number or an estimate's `value`). */
function numbersAt(a: Analysis, places: readonly KeyPlace[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of places) {
    const v = (a[p.source].get(p.entry) as unknown as Record<string, unknown>)[p.leaf] as number | Record<string, number>;
    out[p.key] = p.sub !== undefined ? (v as Record<string, number>)[p.sub]! : typeof v === "number" ? v : v.value!;
  }
  return out;
}

/** Every key `compute` writes for these parameters (values meaningless), in its order: for matching key patterns. */
export function allKeys(params: Params): string[] {
  // The keys do not depend on the scores: two per cell are enough.
  const samples: Samples = new Map(cellIds(params).map((c) => [cellKey(c), Float64Array.of(0, 1)]));
  return Object.keys(flattenAnalysis(seedAnalysis(analysed(params, samples), new Map(), new Set(), new Float64Array(2).fill(1))));
}

/** One seed's numbers at the end of its turn. */
export interface SeedOutcome {
  seed: number;
  /** The keys read (SeedRun.read), in compute's order; a key in `unknown` has a meaningless value. */
  numbers: Record<string, number>;
  unknown: ReadonlySet<string>;
  bootstrapped: ReadonlySet<string>;
  /** The largest |score| of its samples. */
  largest: number;
}

/** What a seed bootstraps: `next` gives the comparisons still to run for what it knows (none: done). */
export interface BootstrapPlan {
  next(seed: SeedOutcome): ReadonlySet<string>;
}

export interface SeedRun {
  /** The comparisons each bootstrap key comes from. */
  keyComparisons: ReadonlyMap<string, readonly string[]>;
  /** Every key of the results, in compute's order (allKeys). */
  keys: readonly string[];
  /** The keys whose values are read (the others are neither computed nor known). */
  read: ReadonlySet<string>;
  plan: BootstrapPlan;
  pool: BootstrapPool;
}

/**
 * Runs `seeds` in order, calling `onSeed` once per seed, in seed order, with
 * its numbers (which the caller should not keep: that is what keeps memory flat).
 */
export async function runSeeds(params: Params, seeds: readonly number[], { keyComparisons, keys, read, plan, pool }: SeedRun, onSeed: (seed: SeedOutcome) => void): Promise<void> {
  const ids = new Map(comparisonIds(params).map((id) => [comparisonKey(id), id]));
  const fullPlaceholder = new Float64Array(params.bootstrap.resamples).fill(1);
  // The summary groups whose intervals or SEs are read; a summary key of any other group stays unknown.
  const summarized = new Set<string>();
  for (const key of read) if (key.startsWith("summary.")) for (const c of keyComparisons.get(key) ?? []) summarized.add(groupOf(params, ids.get(c) as ComparisonId));
  const neverKnown = new Set([...keyComparisons].filter(([key, from]) => key.startsWith("summary.") && from.some((c) => !summarized.has(groupOf(params, ids.get(c) as ComparisonId)))).map(([key]) => key));
  const places = keys.filter((k) => read.has(k)).map(placeOf);
  const outcome = (s: SeedInputs, done: ReadonlyMap<string, BootstrapDone>): SeedOutcome => {
    const numbers = numbersAt(seedAnalysis(s, done, summarized, fullPlaceholder), places);
    const unknown = new Set<string>(neverKnown);
    for (const [key, from] of keyComparisons) if (from.some((c) => !done.has(c))) unknown.add(key);
    return { seed: s.params.seed, numbers, unknown, bootstrapped: new Set(done.keys()), largest: s.largest };
  };
  for (let start = 0; start < seeds.length; start += SEEDS_PER_BATCH) {
    const batch = seeds.slice(start, start + SEEDS_PER_BATCH).map((seed) => {
      const inputs = simulated(params, seed);
      const done = new Map<string, BootstrapDone>();
      return { inputs, done, last: outcome(inputs, done) };
    });
    let open = batch.map((b) => ({ b, todo: plan.next(b.last) })).filter((o) => o.todo.size > 0);
    // Rounds: the first runs every seed's plan; a seed whose claims are still undecided asks again.
    while (open.length > 0) {
      const jobs: BootstrapJob[] = [];
      const owners: { b: (typeof batch)[number]; key: string }[] = [];
      for (const { b, todo } of open)
        for (const key of todo) {
          const id = ids.get(key) as ComparisonId;
          jobs.push({
            key,
            seed: b.inputs.params.seed,
            id,
            a: b.inputs.samples.get(cellKey({ ...id, condition: params.conditions.treated })) as Float64Array,
            b: b.inputs.samples.get(cellKey({ ...id, condition: params.conditions.control })) as Float64Array,
            resamples: params.bootstrap.resamples,
            confidence: params.bootstrap.confidence,
          });
          owners.push({ b, key });
        }
      (await pool.run(jobs)).forEach((d, i) => owners[i]!.b.done.set(owners[i]!.key, d));
      for (const o of open) o.b.last = outcome(o.b.inputs, o.b.done);
      open = open.map(({ b }) => ({ b, todo: plan.next(b.last) })).filter((o) => o.todo.size > 0);
    }
    for (const b of batch) onSeed(b.last);
  }
}
