import { checkBetaArguments } from "./checkBetaArguments.js";
import { logIncompleteBetaPair } from "./logIncompleteBetaPair.js";

/**
 * Natural log of I_x(a, b), finite even where I_x(a, b) underflows a double
 * (e.g. x = 1e-10, a = 500). Same domain as `regularizedIncompleteBeta`.
 */
export function logRegularizedIncompleteBeta(x: number, a: number, b: number): number {
  checkBetaArguments(x, a, b);
  return logIncompleteBetaPair(x, 1 - x, Math.log(x), Math.log1p(-x), a, b).logLower;
}
