import { SafetyGapError } from "../errors.js";
import { invalidDegreesOfFreedom, invalidStatistic } from "../messages/stats.js";

/** Throws unless t is not NaN and df > 0 (Infinity allowed). */
export function checkStudentT(fn: string, t: number, df: number): void {
  if (Number.isNaN(t)) throw new SafetyGapError(invalidStatistic(fn, "t", t), undefined, "Pass a number (infinite values are allowed).");
  if (!(df > 0)) throw new SafetyGapError(invalidDegreesOfFreedom(fn, df), undefined, "Pass df > 0.");
}
