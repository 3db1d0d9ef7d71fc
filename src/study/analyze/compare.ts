/** Welch's t-test and Cohen's d of one comparison (treated samples `a`, control samples `b`). */
import { cohenD, welchTTest } from "../../stats/index.js";
import type { ComparisonStats } from "./types.js";

export function compare(a: Float64Array, b: Float64Array): ComparisonStats {
  const w = welchTTest(a, b);
  return { diff: w.meanDiff, t: w.t, df: w.df, p: w.p, log10p: w.log10p, d: cohenD(a, b), se: w.se };
}
