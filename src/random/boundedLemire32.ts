import type { PCG64 } from "./pcg64.js";

/**
 * `buffered_bounded_lemire_uint32` (numpy/random/src/distributions/
 * distributions.c): a uniform integer in [0, rng] for rng < 2**32 - 1 by
 * Lemire's multiply-shift with rejection, drawing 32-bit halves through
 * PCG64's `has_uint32` buffer exactly as NumPy does.
 */
export function boundedLemire32(bg: PCG64, rng: number): number {
  const rngExcl = rng + 1;
  let v = bg.nextUint32();
  // m = v * rngExcl as a 64-bit product: low word by imul, high word from two exact 48-bit halves.
  let leftover = Math.imul(v, rngExcl) >>> 0;
  if (leftover < rngExcl) {
    // NumPy's (uint32)(-rngExcl) % rngExcl: 2**32 - rngExcl and 2**32 leave the same remainder.
    const threshold = 4294967296 % rngExcl;
    while (leftover < threshold) {
      v = bg.nextUint32();
      leftover = Math.imul(v, rngExcl) >>> 0;
    }
  }
  return mulHigh32(v, rngExcl);
}

/**
 * floor(a * b / 2**32) for uint32 a and b <= 2**32, exactly: both partial
 * products are below 2**48 (exact doubles) and `>>> 0` truncates, which is
 * floor here since everything is non-negative and below 2**32.
 */
export function mulHigh32(a: number, b: number): number {
  const lo = (a & 0xffff) * b;
  const hi = (a >>> 16) * b;
  return ((hi + ((lo / 65536) >>> 0)) / 65536) >>> 0;
}
