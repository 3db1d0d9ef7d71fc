import { SafetyGapError } from "../errors.js";
import { selectInPlace, swap } from "./selectInPlace.js";
import { orderStatistics } from "./orderStatistics.js";
import type { Selector } from "./selector.js";
import { numericKernel } from "./numericKernel.js";
import { emptyInput, emptyInputHint, percentileHint, percentileOutOfRange } from "../messages/random.js";

/**
 * `np.percentile(x, q)` with the default method "linear", bit for bit
 * (numpy/lib/function_base.py `_quantile`): q / 100 -> virtual index
 * (n - 1) * q, the two neighbours of the sorted data, and NumPy's `_lerp`,
 * which interpolates from below (a + (b - a) * t) for t < 0.5 and from above
 * (b - (b - a) * (1 - t)) otherwise. Any NaN in x gives NaN, like NumPy.
 */
export function percentile(x: ArrayLike<number>, q: number): number;
export function percentile(x: ArrayLike<number>, q: readonly number[] | Float64Array): Float64Array;
export function percentile(x: ArrayLike<number>, q: number | readonly number[] | Float64Array): number | Float64Array {
  // q as a Float64Array (or any array-like) is read into a plain array, like np.percentile's asanyarray(q).
  const qs: readonly number[] = typeof q === "number" ? [q] : Array.from(q);
  for (const v of qs) {
    if (typeof v !== "number" || !(v >= 0 && v <= 100)) throw new SafetyGapError(percentileOutOfRange(v), undefined, percentileHint());
  }
  const n = x.length;
  if (n === 0) throw new SafetyGapError(emptyInput("percentile"), undefined, emptyInputHint());
  const out = fromSelected(x, qs) ?? fromSorted(copyToScratch(x).sort(), qs);
  return typeof q === "number" ? out[0]! : out;
}

/**
 * The quantiles from the order statistics they read, selected in the wasm
 * kernel's memory for long arrays (see numericKernel) or in a TypeScript
 * copy; undefined when the data needs a sort (NaN, or both zeros).
 */
function fromSelected(x: ArrayLike<number>, qs: readonly number[]): Float64Array | undefined {
  const n = x.length;
  const needed = [...new Set(qs.flatMap((v) => neighbours(n, v / 100)))].sort((a, b) => a - b);
  const kernel = numericKernel(n);
  let selector: Selector | undefined;
  // Stryker disable next-line BlockStatement: without a selector (the else block emptied) the sorting path runs, which gives the same values
  if (kernel) selector = kernel.selector(x); else {
    const data = copyToScratch(x);
    if (!needsFullSort(data)) selector = tsSelector(data);
  }
  if (!selector) return undefined;
  const values = orderStatistics(selector, n, needed);
  const byIndex = new Map(needed.map((k, i) => [k, values[i]!]));
  return Float64Array.from(qs, (v) => quantileOf((i) => byIndex.get(i < 0 ? n - 1 : i)!, n, v / 100));
}

/**
 * A copy of x to select or sort in (x itself is left as it was), in one
 * buffer reused from call to call: a fresh 80 kB array per call cost more
 * than the selection (allocation, zeroing, GC), and percentile is
 * synchronous, so no two calls share the buffer at once.
 */
let scratch = new Float64Array(0);
function copyToScratch(x: ArrayLike<number>): Float64Array {
  if (scratch.length < x.length) scratch = new Float64Array(x.length);
  const data = scratch.subarray(0, x.length);
  data.set(x);
  return data;
}

/**
 * NaN (the result is NaN, as NumPy gives) and a mix of -0 and +0 (whose
 * order a typed-array sort fixes, -0 first, and selection would not) take
 * the sorting path; everything else is selected, which gives the same
 * order statistics.
 */
function needsFullSort(data: Float64Array): boolean {
  // Stryker disable next-line BooleanLiteral: starting true only sends more data to the sorting path, which gives the same values
  let negZero = false;
  // Stryker disable next-line BooleanLiteral: as above
  let posZero = false;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    // Stryker disable next-line EqualityOperator: v === v returns at the first number, which only sends the data to the sorting path (same values)
    if (v !== v) return true;
    if (v === 0) {
      // Stryker disable next-line UnaryOperator: testing for +0 instead swaps the two flags, and both must be set
      if (Object.is(v, -0)) negZero = true;
      else posZero = true;
    }
  }
  // Stryker disable next-line LogicalOperator: either zero alone also takes the sorting path, which gives the same values
  return negZero && posZero;
}

function fromSorted(sorted: Float64Array, qs: readonly number[]): Float64Array {
  // Typed-array sort is numeric with NaN last, as np.partition puts it.
  const hasNaN = Number.isNaN(sorted[sorted.length - 1]);
  return Float64Array.from(qs, (v) => (hasNaN ? NaN : quantileOf((i) => sorted.at(i)!, sorted.length, v / 100)));
}

/** The TypeScript selector over a copy of the data. */
function tsSelector(data: Float64Array): Selector {
  return {
    select: (k, lo, hi) => selectInPlace(data, k, lo, hi),
    swap: (i, j) => swap(data, i, j),
    indexOfMinimum: (from, to) => indexOfMinimum(data, from, to),
    indexOfMaximum: (from, to) => indexOfMaximum(data, from, to),
    valueAt: (i) => data[i]!,
  };
}

/*
 * The two scans return an index and leave the swap to the caller: V8
 * compiles a hot scan on stack replacement, before the code after its loop
 * has run, and code there that touches the array was deoptimised on every
 * call (measured: 15 ns a value instead of ~1).
 */

/** The index of the first smallest of data[from..to]. */
function indexOfMinimum(data: Float64Array, from: number, to: number): number {
  let m = from;
  for (let i = from + 1; i <= to; i++) if (data[i]! < data[m]!) m = i;
  return m;
}

/** The index of the first largest of data[from..to]. */
function indexOfMaximum(data: Float64Array, from: number, to: number): number {
  let m = from;
  // Stryker disable next-line ArithmeticOperator: data[from - 1] is <= all of data[from..to] (selected before), so starting the scan there changes nothing
  for (let i = from + 1; i <= to; i++) if (data[i]! > data[m]!) m = i;
  return m;
}


/** The indices `quantileOf` reads for a quantile. */
function neighbours(n: number, quantile: number): number[] {
  const virtual = (n - 1) * quantile;
  if (virtual >= n - 1) return [n - 1];
  const prev = Math.floor(virtual);
  return [prev, prev + 1];
}

/** `_quantile` for one quantile, from `valueAt(i)`, the i-th smallest (-1: the largest) of n NaN-free values (`_get_indexes`, `_get_gamma`, `_lerp`). */
function quantileOf(valueAt: (i: number) => number, n: number, quantile: number): number {
  const virtual = (n - 1) * quantile;
  let prev = Math.floor(virtual);
  let next = prev + 1;
  // At or above the last index both neighbours are the last value (NumPy's -1 index).
  if (virtual >= n - 1) prev = next = -1;
  const gamma = virtual - prev;
  const a = valueAt(prev);
  const b = valueAt(next);
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
