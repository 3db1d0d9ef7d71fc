import type { PCG64 } from "./pcg64.js";
import type { NumberIntegerArray } from "./integerArray.js";

/** The WebAssembly kernel's operations on a PCG64 (state handed over and back on every call). */
export interface WasmKernel {
  fillRandom(bg: PCG64, out: Float64Array): void;
  fillBounded32(bg: PCG64, rng: number, low: number, out: NumberIntegerArray): void;
  bootstrapMeans(bg: PCG64, x: Float64Array, resamples: number): Float64Array;
}

/** Placeholder until the kernel lands: never available. */
export function wasmKernel(_required: boolean): WasmKernel | undefined {
  return undefined;
}
