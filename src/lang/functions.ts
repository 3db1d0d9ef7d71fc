/**
 * Every function of the results language, with its signature and what it
 * does (KaTeX-style: one table, the docs are generated from it). Each takes
 * intervals (a printed 0.76 is [0.755, 0.765]; a reproduced value is a
 * point) and returns the interval of all its possible results.
 */
import * as I from "./interval.js";
import { PICK_FUNCTIONS } from "./pickFunctions.js";
import { studentTLogSf } from "../stats/studentTLogSf.js";

export interface LangFunction {
  signature: string;
  description: string;
  /** Takes a comprehension `f(x in set: expr)` as well as values. */
  aggregate: boolean;
  /** Exactly this many numbers, or any number (`undefined`; at least one unless `count`). A function of one number also applies to each number of a list. */
  arity?: number;
  apply(xs: I.Interval[]): I.Interval;
  /** The result is one of the arguments (min, max): it keeps that argument's keys and names. */
  picks?: boolean;
  /** The result depends on how many numbers there are, not on their values (count): it cites no key. */
  readsNoValue?: boolean;
}

/**
 * Two-sided p of a t statistic, as log10: statcheck's "does t give this p?".
 * Monotone in |t| and in df, so the corners of the box bound it.
 */
function log10p([t, df]: I.Interval[]): I.Interval {
  const f = (x: number, d: number): number => (Math.LN2 + studentTLogSf(Math.abs(x), d)) / Math.LN10;
  const absT = I.abs(t!);
  const corners = [f(absT.lo, df!.lo), f(absT.lo, df!.hi), f(absT.hi, df!.lo), f(absT.hi, df!.hi)];
  return { lo: Math.min(...corners), hi: Math.max(...corners) };
}

export const FUNCTIONS: Readonly<Record<string, LangFunction>> = {
  abs: { signature: "abs(x)", description: "absolute value", aggregate: false, arity: 1, apply: ([x]) => I.abs(x!) },
  sqrt: { signature: "sqrt(x)", description: "square root", aggregate: false, arity: 1, apply: ([x]) => I.sqrt(x!) },
  min: { signature: "min(x, ...) or min(v in set: expr)", description: "smallest value (with its name)", aggregate: true, apply: I.min, picks: true },
  max: { signature: "max(x, ...) or max(v in set: expr)", description: "largest value (with its name)", aggregate: true, apply: I.max, picks: true },
  mean: { signature: "mean(x, ...) or mean(v in set: expr)", description: "arithmetic mean", aggregate: true, apply: I.mean },
  sum: { signature: "sum(x, ...) or sum(v in set: expr)", description: "sum", aggregate: true, apply: I.sum },
  spread: { signature: "spread(x, ...) or spread(v in set: expr)", description: "max − min, never below 0", aggregate: true, apply: I.spread },
  count: { signature: "count(x, ...) or count(v in set: expr)", description: "how many values (a pattern's matches)", aggregate: true, apply: (xs) => I.point(xs.length), readsNoValue: true },
  log10p: { signature: "log10p(t, df)", description: "log10 of the two-sided Student-t p-value of t with df degrees of freedom", aggregate: false, arity: 2, apply: log10p },
  normalpdf: {
    signature: "normalpdf(x)",
    description: "the standard normal density at x",
    aggregate: false,
    arity: 1,
    apply: ([x]) => {
      const f = (v: number): number => Math.exp(-(v * v) / 2) / Math.sqrt(2 * Math.PI);
      // Largest at 0 and falling away from it on both sides.
      const ends = [f(x!.lo), f(x!.hi)];
      return { lo: Math.min(...ends), hi: x!.lo <= 0 && x!.hi >= 0 ? f(0) : Math.max(...ends) };
    },
  },
  zquantile: {
    signature: "zquantile(q)",
    description: "the standard normal quantile of q (zquantile(0.975) = 1.96)",
    aggregate: false,
    arity: 1,
    apply: ([q]) => ({ lo: normalQuantile(q!.lo), hi: normalQuantile(q!.hi) }),
  },
};

/** Every function name: the number functions above and the ones that pick names (./pickFunctions.ts). */
export const FUNCTION_NAMES: readonly string[] = [...Object.keys(FUNCTIONS), ...Object.keys(PICK_FUNCTIONS)];

export const isFunction = (name: string): boolean => Object.hasOwn(FUNCTIONS, name) || Object.hasOwn(PICK_FUNCTIONS, name);

/** Inverse standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9); monotone, so an interval maps to its ends. */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}
