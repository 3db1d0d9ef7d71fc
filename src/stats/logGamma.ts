const HALF_LOG_2PI = 0.9189385332046727; // log(2*pi)/2

/**
 * Stirling's remainder `log Gamma(z) - [(z - 1/2) log z - z + log(2 pi)/2]`
 * for z >= 10 (Bernoulli series, 8 terms: error below 1e-17 there).
 */
export function stirlingCorrection(z: number): number {
  const r = 1 / z;
  const r2 = r * r;
  return (
    r *
    (1 / 12 +
      r2 *
        (-1 / 360 +
          r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156 + r2 * (-3617 / 122400))))))))
  );
}

const EULER_GAMMA = 0.5772156649015329;
/** zeta(k) for k = 2..30 (mpmath). */
const ZETA = [
  1.6449340668482264, 1.2020569031595942, 1.0823232337111381, 1.03692775514337, 1.0173430619844492, 1.008349277381923, 1.0040773561979444,
  1.0020083928260821, 1.000994575127818, 1.0004941886041194, 1.000246086553308, 1.0001227133475785, 1.0000612481350588, 1.000030588236307,
  1.0000152822594086, 1.0000076371976379, 1.000003817293265, 1.0000019082127165, 1.0000009539620338, 1.0000004769329869, 1.0000002384505027,
  1.000000119219926, 1.000000059608189, 1.0000000298035034, 1.0000000149015549, 1.0000000074507118, 1.000000003725334, 1.0000000018626598,
  1.0000000009313275,
];

/**
 * log Gamma(1 + e) (shift = 0) or log Gamma(2 + e) (shift = 1) for |e| <= 1/4
 * by the Taylor series -gamma e + sum (-1)^k zeta(k) e^k / k (and its
 * analogue with (1 - gamma) and zeta(k) - 1 at 2): relative accuracy near the
 * zeros of log Gamma at 1 and 2, where the recurrence loses it all.
 */
function logGammaNearOneOrTwo(e: number, shift: 0 | 1): number {
  if (e === 0) return 0; // log Gamma(1) = log Gamma(2) = +0, not -0
  let sum = 0;
  for (let k = 30; k >= 2; k--) sum = e * (((k % 2 === 0 ? 1 : -1) * ((ZETA[k - 2] as number) - shift)) / k + sum);
  return e * (shift - EULER_GAMMA + sum); // sum = sum_k c_k e^(k-1)
}

/**
 * Natural log of the gamma function for z > 0, absolute error ~1e-15 times
 * max(1, |log Gamma(z)|), and ~1e-15 relative near the zeros z = 1 and 2
 * (|z - 1| or |z - 2| <= 1/4, Taylor series). Other small z is shifted up to
 * z >= 10 by the recurrence, then Stirling's series. Returns Infinity at
 * z = 0 and NaN for z < 0.
 */
export function logGamma(z: number): number {
  if (!(z >= 0)) return NaN;
  // z = 0 takes the recurrence below: its product is 0, so log Gamma(10) - log(0) = Infinity
  if (z === Infinity) return Infinity;
  if (Math.abs(z - 1) <= 0.25) return logGammaNearOneOrTwo(z - 1, 0);
  if (Math.abs(z - 2) <= 0.25) return logGammaNearOneOrTwo(z - 2, 1);
  if (z < 10) {
    let prod = 1;
    let w = z;
    while (w < 10) {
      prod *= w;
      w += 1;
    }
    return logGamma(w) - Math.log(prod);
  }
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + stirlingCorrection(z);
}
