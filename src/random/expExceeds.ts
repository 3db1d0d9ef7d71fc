import { correctlyRoundedExp } from "./correctlyRoundedExp.js";

/** 4 ulps of relative slack around V8's Math.exp, which is within 1 ulp of the true value. */
const SLACK = 4 * 2 ** -52;

/**
 * `y < exp(x)` as NumPy's ziggurat wedge test decides it with glibc's exp.
 * V8's Math.exp differs from glibc's in the last bit for ~9% of inputs, but
 * that only matters when y lies within an ulp or two of exp(x); then the
 * comparison is made against the correctly rounded exp (glibc's exp is
 * correctly rounded except within ~0.002 ulp of a tie, and y would also have
 * to equal the lower neighbour exactly: not a practical concern, see docs).
 */
export function expExceeds(y: number, x: number): boolean {
  const e = Math.exp(x);
  if (y < e * (1 - SLACK)) return true;
  if (y > e * (1 + SLACK)) return false;
  return y < correctlyRoundedExp(x);
}
