import { SafetyGapError } from "../errors.js";
import { nonFiniteSampleValue, sampleTooSmall } from "../messages/stats.js";

/**
 * Throws a SafetyGapError unless `x` has at least `min` values, all finite.
 * `name` says which argument (e.g. `welchTTest(a, b): a`) for the message.
 */
export function checkSample(x: ArrayLike<number>, name: string, min: number): void {
  checkLength(x, name, min);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (!Number.isFinite(v)) {
      throw new SafetyGapError(nonFiniteSampleValue(name, i, v), undefined, "Remove or fix non-finite scores before computing statistics.");
    }
  }
}

/**
 * The length part of checkSample. The statistics check lengths first and
 * scan for a non-finite value only when a result comes out non-finite (any
 * such value makes it so): the same errors, without a scan of every sample
 * in the common case (a scan of every sample is a hot loop that V8 compiles
 * on a background thread, taking CPU from the bootstrap).
 */
export function checkLength(x: ArrayLike<number>, name: string, min: number): void {
  if (x.length < min) {
    throw new SafetyGapError(sampleTooSmall(name, x.length, min), undefined, `Pass at least ${min} value${min === 1 ? "" : "s"}.`);
  }
}
