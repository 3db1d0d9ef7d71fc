import { logGamma, stirlingCorrection } from "./logGamma.js";

/**
 * `log Gamma(a) - log Gamma(a + b)` for a, b > 0, without the cancellation of
 * subtracting two large logs when a is large (Stirling's series for both).
 */
export function logGammaRatio(a: number, b: number): number {
  if (a < 10) return logGamma(a) - logGamma(a + b);
  const s = a + b;
  return -(a - 0.5) * Math.log1p(b / a) - b * Math.log(s) + b + stirlingCorrection(a) - stirlingCorrection(s);
}
