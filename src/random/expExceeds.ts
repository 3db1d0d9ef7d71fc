import { glibcExp } from "./glibcExp.js";

/** 4 ulps of relative slack around V8's Math.exp, which is within 1 ulp of the true value. */
// Stryker disable next-line ArithmeticOperator,UnaryOperator: these make the slack wider, which only sends more calls on to glibcExp, and glibcExp decides exactly
const SLACK = 4 * 2 ** -52;

/**
 * `y < exp(x)` as NumPy's ziggurat wedge test decides it with glibc's exp.
 * V8's Math.exp differs from glibc's in the last bit for ~9% of inputs, but
 * that can only change the answer when y lies within an ulp or two of
 * exp(x); then the comparison is made against glibc's own bits (glibcExp,
 * slow but exact). Elsewhere Math.exp decides, at full speed.
 */
export function expExceeds(y: number, x: number): boolean {
  const e = Math.exp(x);
  if (y < e * (1 - SLACK)) return true;
  if (y > e * (1 + SLACK)) return false;
  return y < glibcExp(x);
}
