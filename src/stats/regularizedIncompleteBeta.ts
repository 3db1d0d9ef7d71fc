import { checkBetaArguments } from "./checkBetaArguments.js";
import { logIncompleteBetaPair } from "./logIncompleteBetaPair.js";

/**
 * The regularized incomplete beta function I_x(a, b) (SciPy's
 * `special.betainc(a, b, x)`), for 0 <= x <= 1 and a, b > 0: continued
 * fraction with the symmetry I_x(a, b) = 1 - I_{1-x}(b, a).
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  checkBetaArguments(x, a, b);
  const y = 1 - x;
  const r = logIncompleteBetaPair(x, y, Math.log(x), Math.log1p(-x), a, b);
  return Math.exp(r.logLower);
}
