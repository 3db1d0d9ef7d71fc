import type { PCG64 } from "./pcg64.js";
import { fi, invR, ki, r, wi } from "./zigguratTables.js";
import { glibcLog1p } from "./glibcLog1p.js";
import { expExceeds } from "./expExceeds.js";

/**
 * `random_standard_normal` (distributions.c): NumPy's 256-layer ziggurat.
 * One 64-bit output gives the layer (8 bits), the sign (1 bit) and a 52-bit
 * magnitude; 99% of draws end at the first comparison. The tail uses
 * glibc's log1p (ported: V8's differs in the last bit now and then, and the
 * tail value is returned), the wedge compares against exp(-x*x/2) exactly as
 * glibc's exp decides (expExceeds: Math.exp unless the call is too close).
 */
export function standardNormal(bg: PCG64): number {
  for (;;) {
    bg.step();
    const hi = bg.outHi;
    const lo = bg.outLo;
    const idx = lo & 0xff;
    // rabs = bits 9..60 of the 64-bit output.
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * wi[idx]!;
    if (lo & 0x100) x = -x;
    if (rabs < ki[idx]!) return x;
    if (idx === 0) {
      for (;;) {
        // 1 - U avoids log(0) (NumPy GH 13361).
        const xx = -invR * glibcLog1p(-bg.nextDouble());
        const yy = -glibcLog1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(r + xx) : r + xx;
      }
    } else if (expExceeds((fi[idx - 1]! - fi[idx]!) * bg.nextDouble() + fi[idx]!, -0.5 * x * x)) {
      return x;
    }
  }
}
