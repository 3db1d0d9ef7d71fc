import type { PCG64 } from "./pcg64.js";
import { mulHigh32 } from "./boundedLemire32.js";

type Out = Int32Array | Uint32Array | Float64Array;

/**
 * `random_bounded_uint64_fill`'s 32-bit branch in TypeScript: out[i] = low +
 * a draw in [0, rng] (`buffered_bounded_lemire_uint32` each), or, with
 * `gather`, out[i] = gather[draw] (the bootstrap's x[idx]). Same fast lane
 * as the wasm kernel: while the half-word buffer is empty, one step feeds
 * two draws (low half, then high half); if either is rejected, that draw
 * continues one 32-bit word at a time through the buffer, as NumPy's would.
 * rng = 2**32 - 1 needs no special case here: threshold 0, value = the word.
 */
export function fillBounded32(bg: PCG64, rng: number, low: number, out: Out, gather?: Float64Array): void {
  const n = out.length;
  const rngExcl = rng + 1;
  // NumPy's (uint32)(-rngExcl) % rngExcl: 2**32 - rngExcl and 2**32 leave the same remainder.
  const threshold = 4294967296 % rngExcl;
  let i = 0;
  while (i < n) {
    let v = 0;
    let tried = false;
    // Stryker disable next-line BlockStatement: a fast lane only; without it every draw takes the one-word path below, which draws the same words and leaves the same state (uinteger included)
    if (!bg.hasUint32) {
      while (i + 1 < n) {
        bg.step();
        const lo = bg.outLo;
        const hi = bg.outHi;
        bg.uinteger = hi; // NumPy's uinteger keeps the last high half even once used
        if ((Math.imul(lo, rngExcl) >>> 0) < threshold || (Math.imul(hi, rngExcl) >>> 0) < threshold) {
          bg.hasUint32 = 1; // the low half was draw i's first try; the high half is buffered
          v = lo;
          tried = true;
          break;
        }
        const v0 = mulHigh32(lo, rngExcl);
        const v1 = mulHigh32(hi, rngExcl);
        if (gather) {
          out[i] = gather[v0]!;
          out[i + 1] = gather[v1]!;
        } else {
          out[i] = low + v0;
          out[i + 1] = low + v1;
        }
        i += 2;
      }
      if (i >= n) break;
    }
    if (!tried) v = bg.nextUint32();
    while ((Math.imul(v, rngExcl) >>> 0) < threshold) v = bg.nextUint32();
    const value = mulHigh32(v, rngExcl);
    out[i] = gather ? gather[value]! : low + value;
    i++;
  }
}
