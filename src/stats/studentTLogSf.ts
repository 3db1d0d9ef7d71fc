import { checkStudentT } from "./checkStudentT.js";
import { logStudentTSfPair } from "./logStudentTSfPair.js";

/**
 * Natural log of P(T > t) for Student's t with df > 0 degrees of freedom,
 * computed in log space: finite for any finite t (e.g. about -1612 for
 * t = 200, df = 998, where the survival function itself underflows).
 */
export function studentTLogSf(t: number, df: number): number {
  checkStudentT("studentTLogSf(t, df)", t, df);
  const r = logStudentTSfPair(Math.abs(t), df);
  return t >= 0 ? r.logSf : r.logCdf;
}
