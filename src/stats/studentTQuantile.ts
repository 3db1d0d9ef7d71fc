import { SafetyGapError } from "../errors.js";
import { invalidDegreesOfFreedom, invalidProbability } from "../messages/stats.js";
import { logGamma } from "./logGamma.js";
import { logStudentTSfPair } from "./logStudentTSfPair.js";

const LOG_SQRT_2PI = 0.9189385332046727;

/** log density of Student's t at t (df = Infinity: normal). */
function logPdf(t: number, df: number): number {
  if (df === Infinity) return -0.5 * t * t - LOG_SQRT_2PI;
  return logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df);
}

/**
 * Quantile (inverse CDF) of Student's t: the t with P(T <= t) = p, as SciPy's
 * `stats.t.ppf(p, df)`; p = 0 and 1 give -/+Infinity. Bracketing, then
 * safeguarded Newton steps on log P(T > |t|).
 * E.g. `studentTQuantile(0.975, df)` is the half-width factor of a 95% CI.
 */
export function studentTQuantile(p: number, df: number): number {
  const fn = "studentTQuantile(p, df)";
  if (!(p >= 0 && p <= 1)) throw new SafetyGapError(invalidProbability(fn, p), undefined, "Pass a probability between 0 and 1.");
  if (!(df > 0)) throw new SafetyGapError(invalidDegreesOfFreedom(fn, df), undefined, "Pass df > 0.");
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const q = Math.min(p, 1 - p); // upper-tail probability of |t|
  const logQ = p < 0.5 ? Math.log(p) : Math.log1p(-p);
  const f = (t: number): number => logStudentTSfPair(t, df).logSf - logQ; // decreasing in t
  let lo = 0;
  let hi = 1;
  while (f(hi) > 0) {
    if (hi === Number.MAX_VALUE) return p < 0.5 ? -Infinity : Infinity; // beyond the largest double
    lo = hi;
    hi = Math.min(hi * 2, Number.MAX_VALUE);
  }
  let t = q < 1e-3 ? hi : lo + (hi - lo) / 2;
  for (let i = 0; i < 400; i++) {
    const ft = f(t);
    if (ft === 0) break;
    if (ft > 0) lo = t;
    else hi = t;
    // d/dt log sf = -pdf/sf
    const r = logStudentTSfPair(t, df);
    const step = ft / Math.exp(logPdf(t, df) - r.logSf);
    let next = t + step;
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(t) || hi - lo <= 1e-15 * hi) {
      t = next;
      break;
    }
    t = next;
  }
  return p < 0.5 ? -t : t;
}
