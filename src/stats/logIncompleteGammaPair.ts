import { logGamma } from "./logGamma.js";

const TINY = 1e-300;

/**
 * Natural logs of the regularized incomplete gamma functions P(a, x) and
 * Q(a, x) = 1 - P(a, x), for a > 0, x >= 0: the series for x < a + 1, the
 * continued fraction (modified Lentz) above, the small side in log space.
 */
export function logIncompleteGammaPair(a: number, x: number): { logP: number; logQ: number } {
  if (x === 0) return { logP: -Infinity, logQ: 0 };
  if (x === Infinity) return { logP: 0, logQ: -Infinity };
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // P(a, x) = front * sum_{k>=0} x^k / (a (a+1) ... (a+k))
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k < 100000; k++) {
      term *= x / (a + k);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    const logP = logFront + Math.log(sum);
    return { logP, logQ: Math.log1p(-Math.exp(logP)) };
  }
  // Q(a, x) = front / (x + 1 - a - 1 (1 - a) / (x + 3 - a - 2 (2 - a) / (x + 5 - a - ...)))
  // Lentz's guards against a zero denominator: d and c are b >= 4 plus a double,
  // which is 0 or at least 2^-51 in size, so "|d| < TINY" means d === 0.
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (d === 0) d = TINY;
    c = b + an / c;
    if (c === 0) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    // converged: del is 1 exactly (the doubles next to 1 are 2^-53 and 2^-52 away, so
    // |del - 1| <= 1e-16, below both, means the same)
    if (del === 1) break;
  }
  const logQ = logFront + Math.log(h);
  return { logP: Math.log1p(-Math.exp(logQ)), logQ };
}
