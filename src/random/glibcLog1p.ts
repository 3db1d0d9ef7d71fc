import { fma } from "./fma.js";

/**
 * log1p(x) bit for bit as glibc's x86-64 libm computes it on CPUs with FMA,
 * which is what NumPy's ziggurat tail calls through npy_log1p there.
 *
 * The algorithm is glibc's sysdeps/ieee754/dbl-64/s_log1p.c (fdlibm's method
 * with Shimizu's split polynomial); x86-64 glibc selects, by ifunc, a build
 * of it compiled with -mfma, where GCC fused some multiply-adds. Which ones
 * was read from the disassembly of Debian 12's libm.so.6 (glibc 2.36); each
 * `fma(...)` below is one of those fused instructions, every other operation
 * a plain IEEE double operation. V8's Math.log1p (fdlibm, Horner form)
 * differs in the last bit for ~0.07% of inputs, and the tail returns
 * r + xx with xx = -log1p(-U) / r, so only glibc's bits will do.
 */
const LN2_HI = 6.93147180369123816490e-1; // 3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

// GET_HIGH_WORD / SET_HIGH_WORD through one shared little-endian view.
const word = new Float64Array(1);
const halves = new Int32Array(word.buffer);
const highWord = (d: number): number => ((word[0] = d), halves[1]!);
const withHighWord = (d: number, hi: number): number => ((word[0] = d), (halves[1] = hi), word[0]!);

export function glibcLog1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) {
      // |x| < 2**-29: x - x*x*0.5, fused as fma(-(x*x), 0.5, x)
      if (ax < 0x3c900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422: f = x exactly
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000); // normalize u
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2**-20, and k is never 0 here, so glibc's k == 0 returns (0 and f - R) are left
    // out: the k = 0 of -0.2929 < x < 0.41422 sets hu = 1, x >= 0.41422 gives k >= 1, and the
    // one other k = 0 (u in [sqrt(1/2), 1), x near -0.2929) leaves hu = (0x100000 - hu) >> 2 > 0.
    if (f === 0) return fma(k, LN2_HI, fma(k, LN2_LO, c));
    // 0.66666666666666666 in the C: the same double.
    const R = fma(-f, 0.6666666666666666, 1.0) * hfsq;
    return fma(k, LN2_HI, -(R - fma(k, LN2_LO, c) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R2 = fma(z, LP3, LP2);
  const R3 = fma(z, LP5, LP4);
  const R4 = fma(z, LP7, LP6);
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  // R = z*Lp1 + z2*R2 + z4*R3 + z6*R4, left to right, each product folded into an fma but the first.
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  const sR = s * (hfsq + R);
  if (k === 0) return f - (hfsq - sR);
  return fma(k, LN2_HI, -(hfsq - (sR + fma(k, LN2_LO, c)) - f));
}
