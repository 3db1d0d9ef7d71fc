import { decompose, roundToDouble } from "./roundToDouble.js";

/** Fixed-point precision: far beyond the ~113 bits exp's hardest-to-round doubles need. */
const P = 192n;
const ONE = 1n << P;

/** ln 2 * 2**P, from ln 2 = sum 1 / (k 2**k) (one-time, ~200 terms). */
const LN2 = (() => {
  let sum = 0n;
  for (let k = 1n; k < P + 16n; k++) sum += (ONE << 16n) / (k << k);
  return sum >> 16n;
})();

/**
 * exp(x) correctly rounded to the nearest double, via BigInt fixed point:
 * x = n ln2 + r with |r| <= ln2 / 2, exp(r) by its Taylor series. Slow; used
 * only to settle comparisons that V8's Math.exp (within 1 ulp) cannot.
 */
export function correctlyRoundedExp(x: number): number {
  if (!Number.isFinite(x) || x === 0 || x > 709.8 || x < -745.2) return Math.exp(x);
  const [m, e] = decompose(x);
  const X = e >= 0 ? m << (BigInt(e) + P) : (m << P) >> BigInt(-e); // floor below 2**-P: immaterial
  // n = round(X / LN2)
  let n = X / LN2;
  let r = X - n * LN2;
  if (2n * r > LN2) {
    n += 1n;
    r -= LN2;
  } else if (2n * r < -LN2) {
    n -= 1n;
    r += LN2;
  }
  let term = ONE;
  let sum = ONE;
  for (let k = 1n; term !== 0n; k++) {
    term = (term * r) / (ONE * k);
    sum += term;
  }
  return roundToDouble(sum, Number(n) - Number(P));
}
