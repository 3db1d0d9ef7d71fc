import { fail } from "./fail.js";
import { kernelHint, kernelInvalid } from "../messages/random.js";

/** Which implementation runs the hot loops: pure TypeScript or the WebAssembly kernel. Both give the same bits. */
export type Kernel = "ts" | "wasm";

/**
 * The kernel asked for by an option, else by `SAFETY_GAP_KERNEL`, else
 * "auto" (wasm when dist/wasm/ has it, TypeScript otherwise).
 */
export function kernelChoice(option?: Kernel | "auto"): Kernel | "auto" {
  const asked = option ?? (globalThis.process?.env?.SAFETY_GAP_KERNEL || undefined) ?? "auto";
  if (asked !== "ts" && asked !== "wasm" && asked !== "auto") fail(kernelInvalid(asked), kernelHint());
  return asked;
}
