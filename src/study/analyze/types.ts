/** The analyze stage's vocabulary: comparisons (AP vs NoAP in one scale/method/benchmark) and their statistics. */
export interface ComparisonId {
  scale: string;
  method: string;
  benchmark: string;
}

export const comparisonKey = (c: ComparisonId): string => `${c.scale}.${c.method}.${c.benchmark}`;

/** Welch's test and effect size of treated vs control. */
export interface ComparisonStats {
  /** mean(treated) - mean(control): Eq. (1). */
  diff: number;
  t: number;
  df: number;
  p: number;
  log10p: number;
  /** Cohen's d with the pooled SD. */
  d: number;
  /** Standard error of `diff`, sqrt(va/na + vb/nb). */
  se: number;
}

/** Bootstrap replicates of each comparison's mean difference, keyed by `comparisonKey`. */
export type Replicates = Map<string, Float64Array>;

/** Reports bootstrap progress: `done` of `total` comparisons finished. */
export type OnProgress = (done: number, total: number) => void;

/** Mean, SD (ddof = 1) and standard error of one cell's samples. */
export interface CellStats {
  mean: number;
  sd: number;
  se: number;
}

/** A comparison's statistics plus its percentile bootstrap interval of `diff`. */
export interface ComparisonResult extends ComparisonStats {
  ciLow: number;
  ciHigh: number;
}

/** A derived metric with its bootstrap interval and bootstrap standard error. */
export interface Estimate {
  value: number;
  ciLow: number;
  ciHigh: number;
  se: number;
}

/** A mean over benchmarks of one condition, with its analytic standard error. */
export interface MeanScore {
  value: number;
  se: number;
}

/** Eqs. (1)-(4) for one (scale, method). */
export interface MethodSummary {
  apSafety: MeanScore;
  noapSafety: MeanScore;
  apCap: MeanScore;
  noapCap: MeanScore;
  safetyGap: Estimate;
  tax: Estimate;
  retention: Estimate;
  delta: Estimate;
}

/** The analyze stage's output, keyed by `cellKey`, `comparisonKey` and `<scale>.<method>`. */
export interface Analysis {
  cells: Map<string, CellStats>;
  comparisons: Map<string, ComparisonResult>;
  summaries: Map<string, MethodSummary>;
}
