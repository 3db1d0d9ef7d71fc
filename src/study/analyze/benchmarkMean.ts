import { SafetyGapError } from "../../errors.js";
import { emptyInput, emptyInputHint } from "../../messages/random.js";
import { unequalRows } from "../../messages/stats.js";
import { numericKernel } from "../../numeric/numericKernel.js";

/**
 * Mean over benchmarks, summed in benchmark order then divided: the order
 * NumPy uses for `rows.mean(axis=0)` over a (k, B) array, and the one
 * bench/numpy/compute.py's `seq_mean` spells out. Point estimates use the
 * same order as replicates so a CI and its point estimate are computed alike.
 */
export function benchmarkMean(values: readonly number[]): number {
  if (values.length === 0) throw new SafetyGapError(emptyInput("benchmarkMean"), undefined, emptyInputHint());
  let s = values[0] as number;
  for (let i = 1; i < values.length; i++) s = s + (values[i] as number);
  return s / values.length;
}

/** Replicate-wise `benchmarkMean` of k replicate vectors of equal length. */
export function benchmarkMeanRows(rows: readonly Float64Array[]): Float64Array {
  if (rows.length === 0) throw new SafetyGapError(emptyInput("benchmarkMeanRows"), undefined, emptyInputHint());
  const first = rows[0] as Float64Array;
  for (let i = 1; i < rows.length; i++) {
    const len = (rows[i] as Float64Array).length;
    if (len !== first.length) throw new SafetyGapError(unequalRows("benchmarkMeanRows(rows)", i, len, first.length), undefined, "Pass replicate vectors of one length (one bootstrap run).");
  }
  // Long rows (the replicates) in the wasm kernel: the same additions in the same order.
  const kernel = numericKernel(first.length);
  if (kernel) {
    const out = new Float64Array(first.length);
    kernel.meanRows(rows, out);
    return out;
  }
  // slice() copies the block; Float64Array.from would iterate it element by element.
  const out = first.slice();
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as Float64Array;
    for (let r = 0; r < out.length; r++) out[r] = (out[r] as number) + (row[r] as number);
  }
  for (let r = 0; r < out.length; r++) out[r] = (out[r] as number) / rows.length;
  return out;
}
