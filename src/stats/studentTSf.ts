import { checkStudentT } from "./checkStudentT.js";
import { logStudentTSfPair } from "./logStudentTSfPair.js";

/**
 * Survival function P(T > t) of Student's t with df > 0 degrees of freedom
 * (non-integer allowed, Infinity gives the normal), as SciPy's
 * `stats.t.sf(t, df)`. Underflows to 0 only where the true value is below
 * the smallest double; use `studentTLogSf` there.
 */
export function studentTSf(t: number, df: number): number {
  checkStudentT("studentTSf(t, df)", t, df);
  const r = logStudentTSfPair(Math.abs(t), df);
  return Math.exp(t >= 0 ? r.logSf : r.logCdf);
}
