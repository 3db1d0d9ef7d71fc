/**
 * Eqs. (1)-(4) per (scale, method), each derived metric with a bootstrap CI
 * computed replicate by replicate from the comparisons' replicates (cells are
 * independent, so replicate r of the safety gap is the mean of replicate r of
 * each safety comparison): no extra random draws.
 *
 * A method's summary needs only its own comparisons and its scale's baseline
 * method's (retention and delta are relative to that one), so `analyze`
 * summarises each method as soon as those bootstrap jobs are done, while the
 * others run.
 */
import type { Params } from "../params/types.js";
import { cellKey } from "../simulate/types.js";
import { benchmarkMean, benchmarkMeanRows } from "./benchmarkMean.js";
import { estimate } from "./estimate.js";
import { numericKernel } from "../../numeric/numericKernel.js";
import { comparisonKey, type CellStats, type ComparisonResult, type MeanScore, type MethodSummary, type Replicates } from "./types.js";

/** A comparison's difference of means: all the summaries read of a comparison besides its replicates. */
type ComparisonDiff = Pick<ComparisonResult, "diff">;

/** What a summary reads: cell statistics, comparisons' differences and replicates, by key. */
export interface SummaryInputs {
  cells: Map<string, CellStats>;
  comparisons: Map<string, ComparisonDiff>;
  replicates: Replicates;
}

/** A scale's baseline safety gap (Eq. 1 of the baseline method), with its replicates. */
export interface BaselineGap {
  value: number;
  replicates: Float64Array;
}

/** The safety gap of the scale's baseline method, which retention and delta are relative to. */
export function baselineGap(params: Params, scale: string, inputs: SummaryInputs): BaselineGap {
  return { value: gapOf(params, scale, params.baselineMethod, inputs), replicates: gapReplicatesOf(params, scale, params.baselineMethod, inputs) };
}

export function summarizeMethod(params: Params, scale: string, method: string, base: BaselineGap, { cells, comparisons, replicates }: SummaryInputs): MethodSummary {
  const { treated, control } = params.conditions;
  const safety = names(params, "safety");
  const capability = names(params, "capability");
  const conf = params.bootstrap.confidence;
  const cell = (condition: string, benchmark: string): CellStats => cells.get(cellKey({ scale, method, condition, benchmark })) as CellStats;
  const diff = (benchmark: string): number => (comparisons.get(comparisonKey({ scale, method, benchmark })) as ComparisonDiff).diff;
  const reps = (benchmark: string): Float64Array => replicates.get(comparisonKey({ scale, method, benchmark })) as Float64Array;
  // Mean of a condition over benchmarks; its SE from the independent cells' SEs.
  const meanScore = (condition: string, benchmarks: string[]): MeanScore => ({
    value: benchmarkMean(benchmarks.map((b) => cell(condition, b).mean)),
    se: Math.sqrt(benchmarks.reduce((s, b) => s + cell(condition, b).se * cell(condition, b).se, 0)) / benchmarks.length,
  });
  const g = gapOf(params, scale, method, { cells, comparisons, replicates });
  const gr = gapReplicatesOf(params, scale, method, { cells, comparisons, replicates });
  const ratio = new Float64Array(gr.length);
  const delta = new Float64Array(gr.length);
  // In the wasm kernel when long (see numericKernel): a loop run 15 times is never optimised in time.
  const kernel = numericKernel(gr.length);
  if (kernel) kernel.ratioAndDifference(gr, base.replicates, ratio, delta);
  else {
    for (let r = 0; r < gr.length; r++) ratio[r] = (gr[r] as number) / (base.replicates[r] as number);
    for (let r = 0; r < gr.length; r++) delta[r] = (gr[r] as number) - (base.replicates[r] as number);
  }
  return {
    apSafety: meanScore(treated, safety),
    noapSafety: meanScore(control, safety),
    apCap: meanScore(treated, capability),
    noapCap: meanScore(control, capability),
    safetyGap: estimate(g, gr, conf),
    tax: estimate(benchmarkMean(capability.map(diff)), benchmarkMeanRows(capability.map(reps)), conf),
    retention: estimate(g / base.value, ratio, conf),
    delta: estimate(g - base.value, delta, conf),
  };
}

const names = (params: Params, kind: "safety" | "capability"): string[] => params.benchmarks.filter((b) => b.kind === kind).map((b) => b.name);

/** Eq. (1): the mean over safety benchmarks of a method's AP - NoAP differences. */
function gapOf(params: Params, scale: string, method: string, { comparisons }: SummaryInputs): number {
  return benchmarkMean(names(params, "safety").map((benchmark) => (comparisons.get(comparisonKey({ scale, method, benchmark })) as ComparisonDiff).diff));
}

function gapReplicatesOf(params: Params, scale: string, method: string, { replicates }: SummaryInputs): Float64Array {
  return benchmarkMeanRows(names(params, "safety").map((benchmark) => replicates.get(comparisonKey({ scale, method, benchmark })) as Float64Array));
}
