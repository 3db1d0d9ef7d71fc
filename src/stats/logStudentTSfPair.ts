import { logIncompleteBetaPair } from "./logIncompleteBetaPair.js";
import { logNormalSfPair } from "./logNormalSfPair.js";

/**
 * Natural logs of P(T > t) and P(T <= t) for t >= 0 and Student's t with df
 * degrees of freedom (df > 0, non-integer allowed, Infinity = normal):
 * P(T > t) = I_x(df/2, 1/2) / 2 with x = df / (df + t^2), and x, 1 - x and
 * their logs formed from t^2/df or df/t^2 (whichever is <= 1) so nothing
 * overflows or cancels, even for t = 1e300 or t / sqrt(df) beyond the
 * largest double (t = 1e308, df = 1e-3, where P(T > t) is still about 0.25).
 */
export function logStudentTSfPair(t: number, df: number): { logSf: number; logCdf: number } {
  // t = 0 needs no case of its own: x = 1, y = 0 give I = 1, so log(1/2) on both sides (the normal too)
  if (df === Infinity) return logNormalSfPair(t);
  if (t === Infinity) return { logSf: -Infinity, logCdf: 0 };
  // df = 5e-324: df / 2 underflows to 0 (log Gamma(0) would give NaN); P(T > t) = 1/2 - O(df log t) is 1/2 in doubles
  if (df / 2 === 0) return { logSf: -Math.LN2, logCdf: -Math.LN2 };
  let x: number, y: number, logX: number, logY: number;
  const tt = t / Math.sqrt(df);
  if (tt <= 1) {
    const s = tt * tt; // t^2 / df
    x = 1 / (1 + s);
    y = s / (1 + s);
    logX = -Math.log1p(s);
    logY = Math.log(s) + logX;
  } else {
    const r = 1 / tt / tt; // df / t^2, no overflow
    x = r / (1 + r);
    y = 1 / (1 + r);
    logY = -Math.log1p(r);
    // log(df / t^2) from the logs of t and df once tt is so large that r
    // underflows, or tt itself overflows (t = 1e308, df = 1e-3)
    logX = (tt < 1e150 ? Math.log(r) : Math.log(df) - 2 * Math.log(t)) + logY;
  }
  const half = logIncompleteBetaPair(x, y, logX, logY, df / 2, 0.5);
  const logSf = half.logLower - Math.LN2;
  // P(T <= t) = 1 - P(T > t), with P(T > t) <= 1/2 here
  const logCdf = Math.log1p(-Math.exp(logSf));
  return { logSf, logCdf };
}
