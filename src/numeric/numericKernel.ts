import { kernelChoice } from "../random/kernelChoice.js";
import { wasmKernelFor, type WasmKernel } from "../random/wasmKernel.js";

/**
 * From this length on, `mean`, `sumSquaredDeviations` and `percentile` run
 * in the wasm kernel, over a copy in its memory, when it is built and
 * SAFETY_GAP_KERNEL is not "ts": the same operations in the same order, so
 * the same bits. A command runs these loops only a few dozen times, on
 * threads busy with other work, too few for V8 to optimise the TypeScript
 * early, while the kernel is compiled ahead of time (what it saves
 * `compute`: docs/speed.md). Shorter arrays stay in TypeScript, where the
 * copy would cost more than it saves.
 */
export const KERNEL_MIN_LENGTH = 256;

/** The kernel for an array of n values, or undefined to stay in TypeScript. */
export function numericKernel(n: number): WasmKernel | undefined {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: either kernel gives the same bits (test/numeric/numericKernel.test.ts); the bound only decides speed
  return n >= KERNEL_MIN_LENGTH ? wasmKernelFor(kernelChoice()) : undefined;
}
