import { SafetyGapError } from "../errors.js";
import { invalidBetaArguments } from "../messages/stats.js";

/** Throws unless 0 <= x <= 1 and a, b are positive and finite. */
export function checkBetaArguments(x: number, a: number, b: number): void {
  if (!(x >= 0 && x <= 1 && a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
    throw new SafetyGapError(invalidBetaArguments(x, a, b), undefined, "Check the arguments of the incomplete beta function.");
  }
}
