import { SafetyGapError } from "../errors.js";
import { nonFiniteSampleValue, sampleTooSmall } from "../messages/stats.js";

/**
 * Throws a SafetyGapError unless `x` has at least `min` values, all finite.
 * `name` says which argument (e.g. `welchTTest(a, b): a`) for the message.
 */
export function checkSample(x: ArrayLike<number>, name: string, min: number): void {
  if (x.length < min) {
    throw new SafetyGapError(sampleTooSmall(name, x.length, min), undefined, `Pass at least ${min} value${min === 1 ? "" : "s"}.`);
  }
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (!Number.isFinite(v)) {
      throw new SafetyGapError(nonFiniteSampleValue(name, i, v), undefined, "Remove or fix non-finite scores before computing statistics.");
    }
  }
}
