import { logBeta } from "./logBeta.js";
import { stirlingCorrection } from "./logGamma.js";

const HALF_LOG_2PI = 0.9189385332046727; // log(2*pi)/2

/** x - log(1 + x), for x > -1. */
function rlog1(x: number): number {
  return x - Math.log1p(x);
}

/**
 * log(x^a y^b / B(a, b)) with y = 1 - x (x, y and their logs supplied by the
 * caller), the prefix of the incomplete beta function. For a, b >= 8 it is
 * formed as TOMS 708's BRCOMP does, around the mode x0 = a / (a + b): the
 * plain sum a log x + b log y - log B(a, b) cancels terms of size ~a + b, so
 * its error grows like eps * (a + b) (2e-7 relative at a = b = 1e8).
 */
export function logPowerOverBeta(x: number, y: number, logX: number, logY: number, a: number, b: number): number {
  if (Math.min(a, b) < 8) return a * logX + b * logY - logBeta(a, b);
  let x0: number, y0: number, lambda: number;
  if (a > b) {
    const h = b / a;
    x0 = 1 / (1 + h);
    y0 = h / (1 + h);
    lambda = (a + b) * y - b;
  } else {
    const h = a / b;
    x0 = h / (1 + h);
    y0 = 1 / (1 + h);
    lambda = a - (a + b) * x;
  }
  let e = -lambda / a;
  const u = Math.abs(e) > 0.6 ? e - (logX - Math.log(x0)) : rlog1(e);
  e = lambda / b;
  const v = Math.abs(e) > 0.6 ? e - (logY - Math.log(y0)) : rlog1(e);
  const bcorr = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(a + b);
  return -HALF_LOG_2PI + 0.5 * Math.log(b * x0) - (a * u + b * v) - bcorr;
}
