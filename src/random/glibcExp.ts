import { fma } from "./fma.js";
import { EXP_TABLE } from "./glibcExpTable.js";

/**
 * exp(x) bit for bit as glibc's x86-64 libm computes it on CPUs with FMA:
 * sysdeps/ieee754/dbl-64/e_exp.c (2**(k/128) table + degree-5 polynomial),
 * in the -mfma build that x86-64 glibc selects by ifunc. Its fused
 * multiply-adds were read from the disassembly of Debian 12's libm.so.6
 * (glibc 2.36); each `fma(...)` below is one of them, done exactly. Slow
 * (BigInt fma): the ziggurat calls it only when V8's Math.exp cannot decide
 * a wedge comparison. Covers |x| < 512, all the ziggurat needs (x = -z*z/2
 * with |z| < 3.66); beyond, glibc's scaling special case is not ported and
 * V8's Math.exp stands in.
 */
const INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep0 * 128
const NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const SHIFT = 6755399441055744.0; // 0x1.8p52
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7

const view = new DataView(new ArrayBuffer(8));
const asDouble = (bits: bigint): number => (view.setBigUint64(0, bits, true), view.getFloat64(0, true));
const topBits = (x: number): number => (view.setFloat64(0, x, true), (view.getUint32(4, true) >>> 20) & 0x7ff);

export function glibcExp(x: number): number {
  const abstop = topBits(x);
  // Unsigned, as in glibc: abstop < 969 wraps around to a huge value, so one test takes both ends.
  if ((abstop - 969) >>> 0 >= 63) {
    // |x| < 2**-54: 1 + x (rounding as glibc's WANT_ROUNDING); |x| >= 512 or not finite: not ported.
    // Stryker disable next-line ArithmeticOperator: |x| < 2**-54, so 1 + x and 1 - x both round to 1
    if (abstop < 969) return 1.0 + x;
    return Math.exp(x);
  }
  // x = k ln2/128 + r; kd + SHIFT rounds z to an integer (z + Shift fused into one fma).
  const kdShifted = fma(x, INV_LN2_N, SHIFT);
  const kd = kdShifted - SHIFT;
  const k = BigInt(kd);
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const idx = 2 * Number(BigInt.asUintN(7, k));
  const tail = asDouble(EXP_TABLE[idx]!);
  const scale = asDouble(BigInt.asUintN(64, EXP_TABLE[idx + 1]! + (k << 45n)));
  const r2 = r * r;
  // tmp = tail + r + r2 (C2 + r C3) + r2^2 (C4 + r C5), as the FMA build evaluates it.
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, r + tail));
  return fma(scale, tmp, scale);
}
