import type { PCG64 } from "./pcg64.js";

const MASK64 = (1n << 64n) - 1n;

/**
 * `bounded_lemire_uint64` (distributions.c): a uniform integer in [0, rng]
 * for 2**32 - 1 < rng < 2**64 - 1, one 64-bit output per try. BigInt is fine
 * here: ranges this wide are rare and NumPy itself does a 128-bit multiply.
 */
export function boundedLemire64(bg: PCG64, rng: bigint): bigint {
  const rngExcl = rng + 1n;
  let m = bg.nextUint64() * rngExcl;
  let leftover = m & MASK64;
  if (leftover < rngExcl) {
    const threshold = (MASK64 - rng) % rngExcl;
    while (leftover < threshold) {
      m = bg.nextUint64() * rngExcl;
      leftover = m & MASK64;
    }
  }
  return m >> 64n;
}
