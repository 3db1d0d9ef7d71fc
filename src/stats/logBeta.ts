import { logGamma } from "./logGamma.js";
import { logGammaRatio } from "./logGammaRatio.js";

/** Natural log of the beta function B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  return logGamma(small) + logGammaRatio(big, small);
}
