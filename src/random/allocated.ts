import { fail } from "./fail.js";
import { tooBig, tooBigHint } from "../messages/random.js";

/**
 * `make()`, the allocation of a result of `count` values of `bytesPerValue`
 * bytes, with V8's RangeError (length above the typed-array limit, or the
 * allocation failed) turned into a SafetyGapError, as NumPy raises
 * MemoryError for `rng.random(2**40)`.
 */
export function allocated<T>(count: number, bytesPerValue: number, make: () => T): T {
  try {
    return make();
  } catch (e) {
    if (e instanceof RangeError) fail(tooBig(count, bytesPerValue), tooBigHint());
    throw e;
  }
}
