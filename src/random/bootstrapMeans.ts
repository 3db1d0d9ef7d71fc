import { fail } from "./fail.js";
import { Generator } from "./generator.js";
import { fillBounded32 } from "./fillBounded32.js";
import { pairwiseSum } from "../numeric/pairwiseSum.js";
import { bootstrapArgsInvalid, bootstrapHint } from "../messages/random.js";
import { kernelChoice, type Kernel } from "./kernelChoice.js";
import { wasmKernelFor } from "./wasmKernel.js";
import { allocated } from "./allocated.js";

export interface BootstrapOptions {
  /** Override the generator's kernel for this call ("ts", "wasm" or "auto"); all give the same bits. */
  kernel?: Kernel | "auto";
}

/**
 * Bootstrap means, fused: exactly NumPy's
 *   x[gen.integers(0, len(x), size=(resamples, len(x)))].mean(axis=1)
 * (row means by pairwise summation, divided by n), leaving `gen` in the
 * state NumPy leaves it, without materialising the resamples x n indices.
 */
export function bootstrapMeans(gen: Generator, x: Float64Array, resamples: number, options: BootstrapOptions = {}): Float64Array {
  const out = checkedArgs("bootstrapMeans", gen, { x }, resamples);
  // An explicit kernel is checked like new Generator's option (an unknown name is an error, not TypeScript).
  const wasm = wasmKernelFor(options.kernel === undefined ? gen.kernel : kernelChoice(options.kernel));
  return wasm ? wasm.bootstrapMeans(gen.bitGenerator, x, out) : bootstrapMeansTs(gen, x, out);
}

/**
 * Replicate r of a difference of two bootstrap means, fused: exactly NumPy's
 *   a[gen.integers(0, len(a), (B, len(a)))].mean(axis=1) - b[gen.integers(0, len(b), (B, len(b)))].mean(axis=1)
 * (all of a's resamples are drawn first, then b's), leaving `gen` where
 * NumPy leaves it. The same numbers as bootstrapMeans(gen, a, B) minus
 * bootstrapMeans(gen, b, B); the wasm kernel keeps both sets of means in its
 * own memory and subtracts there, so the only array made is the result
 * (the bootstrap of a comparison made three, and subtracted in JavaScript).
 */
export function bootstrapMeanDifferences(gen: Generator, a: Float64Array, b: Float64Array, resamples: number, options: BootstrapOptions = {}): Float64Array {
  const out = checkedArgs("bootstrapMeanDifferences", gen, { a, b }, resamples);
  const wasm = wasmKernelFor(options.kernel === undefined ? gen.kernel : kernelChoice(options.kernel));
  if (wasm?.bootstrapMeanDifferences(gen.bitGenerator, a, b, out)) return out;
  // Elsewhere (the TypeScript kernel, rows of one value, more resamples than the kernel keeps): two passes.
  const ma = bootstrapMeans(gen, a, resamples, options);
  const mb = bootstrapMeans(gen, b, resamples, options);
  ma.forEach((m, r) => {
    out[r] = m - (mb[r] as number);
  });
  return out;
}

/**
 * Checks a bootstrap's arguments (the samples by name) and allocates its
 * result first: a count no array can hold is a SafetyGapError before any draw.
 */
function checkedArgs(fn: string, gen: Generator, samples: Record<string, Float64Array>, resamples: number): Float64Array {
  if (!(gen instanceof Generator)) fail(bootstrapArgsInvalid("gen must be a Generator (e.g. defaultRng(42))", fn), bootstrapHint(fn));
  for (const [name, x] of Object.entries(samples)) {
    if (!(x instanceof Float64Array) || x.length === 0) fail(bootstrapArgsInvalid(`${name} must be a non-empty Float64Array`, fn), bootstrapHint(fn));
  }
  if (!Number.isSafeInteger(resamples) || resamples < 0) fail(bootstrapArgsInvalid(`resamples must be a non-negative integer, got ${resamples}`, fn), bootstrapHint(fn));
  return allocated(resamples, 8, () => new Float64Array(resamples));
}

/** The pure-TypeScript path: one row of gathered values at a time. */
function bootstrapMeansTs(gen: Generator, x: Float64Array, out: Float64Array): Float64Array {
  const resamples = out.length;
  const n = x.length;
  const bg = gen.bitGenerator;
  const row = new Float64Array(n);
  const rng = n - 1;
  for (let b = 0; b < resamples; b++) {
    // integers(0, n): rng 0 draws nothing; otherwise the buffered 32-bit Lemire path, gathering x[idx].
    if (rng === 0) row.fill(x[0]!);
    else fillBounded32(bg, rng, 0, row, x);
    out[b] = pairwiseSum(row) / n;
  }
  return out;
}
