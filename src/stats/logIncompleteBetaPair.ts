import { betaContinuedFraction } from "./betaContinuedFraction.js";
import { logIncompleteBetaLargeA } from "./logIncompleteBetaLargeA.js";
import { logPowerOverBeta } from "./logPowerOverBeta.js";

/** Above this larger parameter (with the smaller <= 1), use the asymptotic expansion. */
const LARGE = 1000;

/** `log(1 - exp(v))` for v <= 0, accurate on both ends. */
export function log1mExp(v: number): number {
  return v > -Math.LN2 ? Math.log(-Math.expm1(v)) : Math.log1p(-Math.exp(v));
}

/**
 * Natural logs of I_x(a, b) and of its complement 1 - I_x(a, b) = I_y(b, a),
 * from x, y = 1 - x and their logs (all supplied by the caller so that none
 * loses digits: for Student's t, x and y come from t and df directly).
 * The side that the continued fraction handles well (x < (a+1)/(a+b+2)) is
 * computed in log space; the other is its complement by log1p.
 */
export function logIncompleteBetaPair(
  x: number,
  y: number,
  logX: number,
  logY: number,
  a: number,
  b: number,
): { logLower: number; logUpper: number } {
  if (logX === -Infinity) return { logLower: -Infinity, logUpper: 0 };
  if (logY === -Infinity) return { logLower: 0, logUpper: -Infinity };
  if (Math.max(a, b) >= LARGE && Math.min(a, b) <= 1 && (a >= b ? logX : logY) > -Math.LN2) {
    // x of the large parameter near 1: the continued fraction is ill-conditioned
    // there (error ~ eps * max(a, b)), the expansion converges fast
    const logSide = a >= b ? logIncompleteBetaLargeA(logX, a, b) : logIncompleteBetaLargeA(logY, b, a);
    const logOther = log1mExp(Math.min(0, logSide));
    return a >= b ? { logLower: logSide, logUpper: logOther } : { logLower: logOther, logUpper: logSide };
  }
  const direct = x < (a + 1) / (a + b + 2);
  const [xx, yy, la, lb, pa, pb] = direct ? [x, y, logX, logY, a, b] : [y, x, logY, logX, b, a];
  const front = logPowerOverBeta(xx, yy, la, lb, pa, pb) - Math.log(pa);
  const logSide = front + Math.log(betaContinuedFraction(xx, pa, pb));
  const logOther = log1mExp(Math.min(0, logSide));
  return direct ? { logLower: logSide, logUpper: logOther } : { logLower: logOther, logUpper: logSide };
}
