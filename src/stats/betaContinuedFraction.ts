import { SafetyGapError } from "../errors.js";
import { noConvergence } from "../messages/stats.js";

const TINY = 1e-300;
const MAX_ITERATIONS = 2_000_000;

/**
 * The continued fraction of the incomplete beta function (modified Lentz),
 * `I_x(a, b) = x^a (1-x)^b / (a B(a, b)) * betaContinuedFraction(x, a, b)`,
 * which converges fast for x < (a + 1) / (a + b + 2) (iterations grow like
 * sqrt(max(a, b))). `y` is 1 - x, passed separately so it keeps its digits.
 */
export function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  // Lentz's guards against a zero denominator: d and c are 1 plus a double, which
  // is 0 or at least 2^-53 in size, so "|d| < TINY" means d === 0.
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (d === 0) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (d === 0) d = TINY;
    c = 1 + aa / c;
    if (c === 0) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (d === 0) d = TINY;
    c = 1 + aa / c;
    if (c === 0) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    // converged: del is 1 exactly (the doubles next to 1 are 2^-53 and 2^-52 away, so
    // |del - 1| <= 1e-16, below both, means the same)
    if (del === 1) return h;
  }
  throw new SafetyGapError(noConvergence("regularizedIncompleteBeta", MAX_ITERATIONS), undefined, "Report this input as a bug.");
}
