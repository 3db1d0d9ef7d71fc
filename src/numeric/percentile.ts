import { SafetyGapError } from "../errors.js";
import { emptyInput, emptyInputHint, percentileHint, percentileOutOfRange } from "../messages/random.js";

/**
 * `np.percentile(x, q)` with the default method "linear", bit for bit
 * (numpy/lib/function_base.py `_quantile`): q / 100 -> virtual index
 * (n - 1) * q, the two neighbours of the sorted data, and NumPy's `_lerp`,
 * which interpolates from below (a + (b - a) * t) for t < 0.5 and from above
 * (b - (b - a) * (1 - t)) otherwise. Any NaN in x gives NaN, like NumPy.
 */
export function percentile(x: ArrayLike<number>, q: number): number;
export function percentile(x: ArrayLike<number>, q: readonly number[]): Float64Array;
export function percentile(x: ArrayLike<number>, q: number | readonly number[]): number | Float64Array {
  const qs = typeof q === "number" ? [q] : q;
  for (const v of qs) {
    if (typeof v !== "number" || !(v >= 0 && v <= 100)) throw new SafetyGapError(percentileOutOfRange(v), undefined, percentileHint());
  }
  const n = x.length;
  if (n === 0) throw new SafetyGapError(emptyInput("percentile"), undefined, emptyInputHint());
  // Typed-array sort is numeric with NaN last, as np.partition puts it.
  const sorted = Float64Array.from(x).sort();
  const hasNaN = Number.isNaN(sorted[n - 1]);
  const out = Float64Array.from(qs, (v) => (hasNaN ? NaN : quantileOfSorted(sorted, v / 100)));
  return typeof q === "number" ? out[0]! : out;
}

/** `_quantile` for one quantile of sorted, NaN-free data (`_get_indexes`, `_get_gamma`, `_lerp`). */
function quantileOfSorted(sorted: Float64Array, quantile: number): number {
  const n = sorted.length;
  const virtual = (n - 1) * quantile;
  let prev = Math.floor(virtual);
  let next = prev + 1;
  // At or above the last index both neighbours are the last value (NumPy's -1 index).
  if (virtual >= n - 1) prev = next = -1;
  const gamma = virtual - prev;
  const a = sorted.at(prev)!;
  const b = sorted.at(next)!;
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
