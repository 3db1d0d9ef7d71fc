// Loads test/fixtures/stats/stats.json (made by scripts/fixtures/stats.py).
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { WelchTTestResult } from "../../src/stats/welchTTest.js";

type Num = number | "Infinity" | "-Infinity";

/** SciPy's answer for samples a and b: every field welchTTest returns, plus the inputs' moments and Cohen's d. */
export interface WelchCase extends WelchTTestResult {
  name: string;
  a: number[];
  b: number[];
  meanA: number;
  meanB: number;
  varA: number;
  varB: number;
  d: Num;
}
export interface StudentCase {
  t: number;
  df: Num;
  scipySf: number;
  scipyLogSf: Num;
  mpSf: number;
  mpLogSf: Num;
}
export interface BetaCase {
  x: number;
  a: number;
  b: number;
  scipy: number;
  mp: number;
  mpLog: Num;
}
export interface QuantileCase {
  p: number;
  df: Num;
  scipy: number;
  mp: number;
}
export interface MeanCase {
  x: number[];
  mean: number;
  var1: number | null;
  var0: number;
  sum: number;
}
/** Random (t, df) grid: log-uniform df in [0.05, 1e8], mpmath references only. */
export interface StudentRandomCase {
  t: number;
  df: number;
  mpSf: number;
  mpLogSf: Num;
}
export interface StatsFixture {
  welch: WelchCase[];
  studentT: StudentCase[];
  studentTRandom: StudentRandomCase[];
  beta: BetaCase[];
  /** Random (x, a, b): a, b log-uniform in [0.01, 1e4]. */
  betaRandom: BetaCase[];
  quantile: QuantileCase[];
  mean: MeanCase[];
  /** t / sqrt(df) beyond the largest double with tiny df: mpmath log sf (SciPy gives -inf). */
  edgeSf: { t: number; df: number; mpLogSf: number; scipyLogSf: Num }[];
  /** Quantiles of magnitude 1e300 to 1e305 (df = 1); SciPy's ppf returns -1e100 there. */
  edgeQuantile: QuantileCase[];
}

export const fixture: StatsFixture = JSON.parse(
  fs.readFileSync(fileURLToPath(new URL("../fixtures/stats/stats.json", import.meta.url)), "utf8"),
) as StatsFixture;

/** JSON's stand-ins for infinities back to numbers. */
export const num = (v: Num): number => (v === "Infinity" ? Infinity : v === "-Infinity" ? -Infinity : v);

/** |actual - expected| / |expected| (absolute when expected is 0; 0 when both are the same infinity). */
export function relErr(actual: number, expected: number): number {
  if (actual === expected) return 0;
  if (expected === 0) return Math.abs(actual);
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** References for src/stats' building blocks (made by scripts/fixtures/stats_internals.py). */
export interface InternalsFixture {
  logGamma: { z: number; mp: number }[];
  stirlingCorrection: { z: number; mp: number }[];
  logGammaRatio: { a: number; b: number; mp: number }[];
  incompleteGamma: { a: number; x: number; logP: Num; logQ: Num }[];
  log1mExp: { v: number; mp: number }[];
  /** Welch cases beside stats.json's: df from the exact variances (mpmath), t and p from SciPy. */
  welch: { name: string; a: number[]; b: number[]; t: number; df: number; scipyP: number }[];
  /** log P(T > t) (mpmath) where t / sqrt(df) is just above 1 and df is small. */
  studentT: { t: number; df: number; mpLogSf: number }[];
  /** log(x^a (1-x)^b / B(a, b)) for a, b >= 8, x a multiple of 2^-20 (1 - x exact). */
  powerOverBeta: { x: number; a: number; b: number; mp: number }[];
  /** log I_x(a, 1) = a log x (mpmath) for a >= 1000. */
  incompleteBetaB1: { x: number; a: number; mp: number }[];
}

export const internals: InternalsFixture = JSON.parse(
  fs.readFileSync(fileURLToPath(new URL("../fixtures/stats/internals.json", import.meta.url)), "utf8"),
) as InternalsFixture;

/** How many doubles apart a and b are (0 when equal; both finite and of one sign). */
export function ulpDistance(a: number, b: number): number {
  if (a === b) return 0;
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, Math.abs(a));
  view.setFloat64(8, Math.abs(b));
  if (Math.sign(a) !== Math.sign(b)) return Infinity;
  const d = view.getBigInt64(0) - view.getBigInt64(8);
  return Number(d < 0n ? -d : d);
}
