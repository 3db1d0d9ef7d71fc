/**
 * The operations a selection plan (orderStatistics) needs on one array, a
 * copy of the caller's data: in TypeScript over a Float64Array, or in the
 * wasm kernel over its memory (src/random/wasmKernel.ts).
 */
export interface Selector {
  /** Rearranges [lo..hi] so that index k holds the k-th smallest (see selectInPlace). */
  select(k: number, lo: number, hi: number): void;
  swap(i: number, j: number): void;
  /** The index of the first smallest of [from..to]. */
  indexOfMinimum(from: number, to: number): number;
  /** The index of the first largest of [from..to]. */
  indexOfMaximum(from: number, to: number): number;
  valueAt(i: number): number;
}
