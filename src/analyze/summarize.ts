/**
 * Eqs. (1)-(4) per (scale, method), each derived metric with a bootstrap CI
 * computed replicate by replicate from the comparisons' replicates (cells are
 * independent, so replicate r of the safety gap is the mean of replicate r of
 * each safety comparison): no extra random draws.
 */
import type { Params } from "../params/types.js";
import { cellKey } from "../simulate/types.js";
import { benchmarkMean, benchmarkMeanRows } from "./benchmarkMean.js";
import { estimate } from "./estimate.js";
import { comparisonKey, type CellStats, type ComparisonResult, type MeanScore, type MethodSummary, type Replicates } from "./types.js";

export function summarize(
  params: Params,
  cells: Map<string, CellStats>,
  comparisons: Map<string, ComparisonDiff>,
  replicates: Replicates,
): Map<string, MethodSummary> {
  const out = new Map<string, MethodSummary>();
  for (const scale of params.scales) for (const [key, s] of summarizeScale(params, scale, cells, comparisons, replicates)) out.set(key, s);
  return out;
}

/** A comparison's difference of means: all the summaries read of a comparison besides its replicates. */
type ComparisonDiff = Pick<ComparisonResult, "diff">;

/**
 * One scale's summaries, keyed `<scale>.<method>`: it needs that scale's
 * comparisons only (each method's retention and delta are relative to the
 * baseline method of the same scale), so a scale can be summarised as soon
 * as its bootstrap jobs are done, while the others run.
 */
export function summarizeScale(
  params: Params,
  scale: string,
  cells: Map<string, CellStats>,
  comparisons: Map<string, ComparisonDiff>,
  replicates: Replicates,
): Map<string, MethodSummary> {
  const { treated, control } = params.conditions;
  const safety = params.benchmarks.filter((b) => b.kind === "safety").map((b) => b.name);
  const capability = params.benchmarks.filter((b) => b.kind === "capability").map((b) => b.name);
  const conf = params.bootstrap.confidence;
  const out = new Map<string, MethodSummary>();
  const cell = (method: string, condition: string, benchmark: string): CellStats =>
    cells.get(cellKey({ scale, method, condition, benchmark })) as CellStats;
  const diff = (method: string, benchmark: string): number => (comparisons.get(comparisonKey({ scale, method, benchmark })) as ComparisonDiff).diff;
  const reps = (method: string, benchmark: string): Float64Array => replicates.get(comparisonKey({ scale, method, benchmark })) as Float64Array;
  // Mean of a condition over benchmarks; its SE from the independent cells' SEs.
  const meanScore = (method: string, condition: string, names: string[]): MeanScore => ({
    value: benchmarkMean(names.map((b) => cell(method, condition, b).mean)),
    se: Math.sqrt(names.reduce((s, b) => s + cell(method, condition, b).se * cell(method, condition, b).se, 0)) / names.length,
  });
  const gap = (m: string): number => benchmarkMean(safety.map((b) => diff(m, b)));
  const gapReps = (m: string): Float64Array => benchmarkMeanRows(safety.map((b) => reps(m, b)));
  const base = params.baselineMethod;
  const baseGap = gap(base);
  const baseGapReps = gapReps(base);
  for (const method of params.methods) {
    const g = gap(method);
    const gr = gapReps(method);
    const ratio = gr.map((v, r) => v / (baseGapReps[r] as number));
    const delta = gr.map((v, r) => v - (baseGapReps[r] as number));
    out.set(`${scale}.${method}`, {
      apSafety: meanScore(method, treated, safety),
      noapSafety: meanScore(method, control, safety),
      apCap: meanScore(method, treated, capability),
      noapCap: meanScore(method, control, capability),
      safetyGap: estimate(g, gr, conf),
      tax: estimate(benchmarkMean(capability.map((b) => diff(method, b))), benchmarkMeanRows(capability.map((b) => reps(method, b))), conf),
      retention: estimate(g / baseGap, ratio, conf),
      delta: estimate(g - baseGap, delta, conf),
    });
  }
  return out;
}
