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

/**
 * Natural log of the gamma function for z > 0, absolute error ~1e-15 times
 * max(1, |log Gamma(z)|). Small z is shifted up to z >= 10 by the recurrence,
 * then Stirling's series. Returns Infinity at z = 0 and NaN for z < 0.
 */
export function logGamma(z: number): number {
  if (!(z >= 0)) return NaN;
  if (z === 0) return Infinity;
  if (z === Infinity) return Infinity;
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
