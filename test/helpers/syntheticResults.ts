/**
 * The skeleton shared by the suites' synthetic Results objects: the paper's
 * design (scales, methods, conditions, benchmarks with kinds), every key of
 * src/results/types.ts and how the derived ones follow from the others, the
 * `sizes` block, the sorted `numbers` and the patch a test applies to break
 * one value. What the numbers are is each suite's value model, passed in as
 * small functions: the models differ on purpose (each shapes its values for
 * the claims or figures its tests read), the layout must not.
 *
 * No simulation, no randomness. These values are NOT the study's results.
 */
import { declareResults } from "../../src/study/results/declare.js";
import type { StudyResults as Results } from "../../src/study/results/types.js";

export const SCALES = ["1B", "7B", "13B"];
export const METHODS = ["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"];
export const CONDITIONS = ["AP", "NoAP"] as const;
export const SAFETY = ["ToxiGen", "TruthfulQA", "BBQ"];
export const CAPABILITY = ["MMLU", "HumanEval", "GSM8K"];
export const SAMPLES_PER_CELL = 500;

export type Condition = (typeof CONDITIONS)[number];
export type Kind = Results["sizes"]["benchmarks"][number]["kind"];
/** The derived summary metrics that carry an interval. */
export type Metric = "safetyGap" | "tax" | "retention" | "delta";
const METRICS: Metric[] = ["safetyGap", "tax", "retention", "delta"];

/** Safety benchmarks first, then capability ones, as in the paper. */
export function benchmarks(): Results["sizes"]["benchmarks"] {
  return [...SAFETY.map((name) => ({ name, kind: "safety" as const })), ...CAPABILITY.map((name) => ({ name, kind: "capability" as const }))];
}

/** A scale × method pair, by name and by index. */
export interface MethodAt {
  scale: string;
  method: string;
  si: number;
  mi: number;
}

/** One benchmark of a scale × method pair; `bi` indexes the whole benchmark list. */
export interface BenchmarkAt extends MethodAt {
  benchmark: string;
  kind: Kind;
  bi: number;
}

/** `cell.<scale>.<method>.<condition>.<benchmark>.*` */
export interface Cell {
  mean: number;
  sd: number;
  se: number;
}

/** `cmp.<scale>.<method>.<benchmark>.*` */
export interface Comparison {
  diff: number;
  se: number;
  t: number;
  df: number;
  p: number;
  log10p: number;
  d: number;
  ciLow: number;
  ciHigh: number;
}

/** `summary.<scale>.<method>.<metric>.*` */
export interface Interval {
  se: number;
  ciLow: number;
  ciHigh: number;
}

export interface ValueModel {
  /** Both conditions' cells of one benchmark and their comparison. */
  benchmark(at: BenchmarkAt): { cells: Record<Condition, Cell>; cmp: Comparison };
  /**
   * `safetyGap` and `tax`: the difference of the AP and NoAP mean scores
   * ("scores"), or the mean of the benchmarks' comparison diffs ("comparisons").
   */
  gapFrom: "scores" | "comparisons";
  /** Uncertainty of a derived metric, given its value. */
  interval(metric: Metric, value: number, at: MethodAt): Interval;
  /** If given, the `.se` of the four mean scores (apSafety, noapSafety, apCap, noapCap). */
  scoreSe?(at: MethodAt): number;
  /** Applied to each summary value derived here (scores, gaps, retention, delta); identity by default. */
  round?(x: number): number;
  toolVersion?: string;
  paramsHash?: string;
}

const identity = (x: number): number => x;
const mean = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / xs.length;

/** A 95% normal interval around `x`. */
export function ci95(x: number, se: number, round: (x: number) => number = identity): { ciLow: number; ciHigh: number } {
  return { ciLow: round(x - 1.96 * se), ciHigh: round(x + 1.96 * se) };
}

/** Fills every key from `model`, then applies `patch` (a test breaking or adding values). */
export function buildSyntheticResults(model: ValueModel, patch: Record<string, number> = {}): Results {
  const round = model.round ?? identity;
  const numbers: Record<string, number> = {};
  const bench = benchmarks();
  SCALES.forEach((scale, si) => {
    METHODS.forEach((method, mi) => {
      const at: MethodAt = { scale, method, si, mi };
      for (const [bi, { name, kind }] of bench.entries()) {
        const { cells, cmp } = model.benchmark({ ...at, benchmark: name, kind, bi });
        for (const c of CONDITIONS) for (const [f, v] of Object.entries(cells[c])) numbers[`cell.${scale}.${method}.${c}.${name}.${f}`] = v;
        for (const [f, v] of Object.entries(cmp)) numbers[`cmp.${scale}.${method}.${name}.${f}`] = v;
      }
      const names = (kind: Kind): string[] => bench.filter((b) => b.kind === kind).map((b) => b.name);
      const score = (c: Condition, kind: Kind): number => mean(names(kind).map((b) => numbers[`cell.${scale}.${method}.${c}.${b}.mean`]!));
      const gap = (kind: Kind): number =>
        model.gapFrom === "scores" ? score("AP", kind) - score("NoAP", kind) : mean(names(kind).map((b) => numbers[`cmp.${scale}.${method}.${b}.diff`]!));
      const q = `summary.${scale}.${method}`;
      const scores = { apSafety: score("AP", "safety"), noapSafety: score("NoAP", "safety"), apCap: score("AP", "capability"), noapCap: score("NoAP", "capability") };
      for (const [k, v] of Object.entries(scores)) numbers[`${q}.${k}`] = round(v);
      numbers[`${q}.safetyGap`] = round(gap("safety"));
      numbers[`${q}.tax`] = round(gap("capability"));
      if (model.scoreSe) for (const k of Object.keys(scores)) numbers[`${q}.${k}.se`] = model.scoreSe(at);
    });
    // Retention and delta compare each method with the first (the baseline) at the same scale.
    const base = numbers[`summary.${scale}.${METHODS[0]}.safetyGap`]!;
    METHODS.forEach((method, mi) => {
      const q = `summary.${scale}.${method}`;
      const g = numbers[`${q}.safetyGap`]!;
      numbers[`${q}.retention`] = round(g / base);
      numbers[`${q}.delta`] = round(g - base);
      for (const metric of METRICS)
        for (const [f, v] of Object.entries(model.interval(metric, numbers[`${q}.${metric}`]!, { scale, method, si, mi }))) numbers[`${q}.${metric}.${f}`] = v;
    });
  });
  Object.assign(numbers, patch);
  return declareResults({
    schemaVersion: 1,
    tool: { name: "safety-gap", version: model.toolVersion ?? "0.0.0-test" },
    seed: 42,
    paramsHash: model.paramsHash ?? "0".repeat(64),
    sizes: {
      conditions: [...CONDITIONS],
      methods: [...METHODS],
      scales: [...SCALES],
      benchmarks: bench,
      samplesPerCell: SAMPLES_PER_CELL,
      bootstrapResamples: 10000,
      confidence: 0.95,
    },
    numbers: Object.fromEntries(Object.entries(numbers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  });
}
