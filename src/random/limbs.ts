import type { PCG64 } from "./pcg64.js";

/**
 * A PCG64's whole state as 18 numbers (16-bit state and increment limbs,
 * hasUint32, uinteger): what crosses a thread boundary through an Int32Array.
 */
export const LIMB_WORDS = 18;

export function writeLimbs(bg: PCG64, to: Int32Array, at: number): void {
  to[at] = bg.s0; to[at + 1] = bg.s1; to[at + 2] = bg.s2; to[at + 3] = bg.s3;
  to[at + 4] = bg.s4; to[at + 5] = bg.s5; to[at + 6] = bg.s6; to[at + 7] = bg.s7;
  to[at + 8] = bg.i0; to[at + 9] = bg.i1; to[at + 10] = bg.i2; to[at + 11] = bg.i3;
  to[at + 12] = bg.i4; to[at + 13] = bg.i5; to[at + 14] = bg.i6; to[at + 15] = bg.i7;
  to[at + 16] = bg.hasUint32;
  to[at + 17] = bg.uinteger | 0;
}

export function readLimbs(bg: PCG64, from: Int32Array, at: number): void {
  bg.s0 = from[at]!; bg.s1 = from[at + 1]!; bg.s2 = from[at + 2]!; bg.s3 = from[at + 3]!;
  bg.s4 = from[at + 4]!; bg.s5 = from[at + 5]!; bg.s6 = from[at + 6]!; bg.s7 = from[at + 7]!;
  bg.i0 = from[at + 8]!; bg.i1 = from[at + 9]!; bg.i2 = from[at + 10]!; bg.i3 = from[at + 11]!;
  bg.i4 = from[at + 12]!; bg.i5 = from[at + 13]!; bg.i6 = from[at + 14]!; bg.i7 = from[at + 15]!;
  bg.hasUint32 = from[at + 16]!;
  bg.uinteger = from[at + 17]! >>> 0;
}

/** Same 128-bit state (the increment is not compared: it never changes). */
export function sameState(a: PCG64, b: PCG64): boolean {
  return a.s0 === b.s0 && a.s1 === b.s1 && a.s2 === b.s2 && a.s3 === b.s3 &&
    a.s4 === b.s4 && a.s5 === b.s5 && a.s6 === b.s6 && a.s7 === b.s7;
}
