import { logGamma } from "./logGamma.js";
import { logGammaRatio } from "./logGammaRatio.js";
import { logIncompleteGammaPair } from "./logIncompleteGammaPair.js";

const FACTORIAL: number[] = [1];
for (let k = 1; k <= 80; k++) FACTORIAL.push((FACTORIAL[k - 1] as number) * k);

/**
 * log I_x(a, b) for large a and b <= 1, by DiDonato and Morris's asymptotic
 * expansion (TOMS 708 BGRAT, Eqs. 9.1-9.6) in log space. Used where the
 * continued fraction loses digits (x near 1 with a in the thousands and up,
 * e.g. Student's t with df = 1e9). `logX` is log x, computed by the caller;
 * the series converges for x >= 1/2 (|log x| < log 2), where it is used.
 */
export function logIncompleteBetaLargeA(logX: number, a: number, b: number): number {
  const bm1 = b - 1;
  const T = a + bm1 / 2;
  const lx = logX;
  const u = -T * lx;
  const logH = b * Math.log(u) - u - logGamma(b); // u^b e^-u / Gamma(b)
  const logPrefix = logH - logGammaRatio(a, b) - b * Math.log(T);
  let j = Math.exp(logIncompleteGammaPair(b, u).logQ - logH);
  let sum = j;
  const p: number[] = [1];
  const lx2 = (lx / 2) * (lx / 2);
  let lxp = 1;
  const t4 = 4 * T * T;
  let b2n = b;
  for (let n = 1; n < 30; n++) {
    let pn = 0;
    for (let m = 1; m < n; m++) pn += ((m * b - n) * (p[n - m] as number)) / (FACTORIAL[2 * m + 1] as number);
    pn = pn / n + bm1 / (FACTORIAL[2 * n + 1] as number);
    p.push(pn);
    j = (b2n * (b2n + 1) * j + (u + b2n + 1) * lxp) / t4;
    lxp *= lx2;
    b2n += 2;
    const r = pn * j;
    sum += r;
    if (Math.abs(r) <= 1e-17 * Math.abs(sum)) break;
  }
  return logPrefix + Math.log(sum);
}
