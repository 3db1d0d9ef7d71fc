import { describe, expect, it } from "vitest";
import { PCG64 } from "../../src/random/index.js";
import { LIMB_WORDS, readLimbs, sameState, writeLimbs } from "../../src/random/limbs.js";

/** PCG64(42) with a buffered half-word whose top bit is set (an Int32Array stores it negative). */
function buffered(): PCG64 {
  const bg = new PCG64(42);
  bg.step();
  bg.hasUint32 = 1;
  bg.uinteger = 0xfedcba98;
  return bg;
}

describe("writeLimbs / readLimbs: a PCG64's state through an Int32Array", () => {
  it("writes the 16 state and increment limbs, low first, then hasUint32 and uinteger, at the offset given", () => {
    const bg = buffered();
    const to = new Int32Array(LIMB_WORDS + 5).fill(-7);
    writeLimbs(bg, to, 3);
    const limbs = [bg.s0, bg.s1, bg.s2, bg.s3, bg.s4, bg.s5, bg.s6, bg.s7, bg.i0, bg.i1, bg.i2, bg.i3, bg.i4, bg.i5, bg.i6, bg.i7];
    expect(Array.from(to)).toEqual([-7, -7, -7, ...limbs, 1, 0xfedcba98 | 0, -7, -7]);
    // The limbs are the 128-bit state and increment in 16-bit pieces.
    const big = (ls: number[]) => ls.reduceRight((v, l) => (v << 16n) | BigInt(l), 0n);
    expect([big(limbs.slice(0, 8)), big(limbs.slice(8))]).toEqual([bg.state.state.state, bg.state.state.inc]);
  });
  it("readLimbs restores what writeLimbs wrote: the same state, increment, buffer flag and uint32 (not negative)", () => {
    const from = new Int32Array(LIMB_WORDS + 2);
    writeLimbs(buffered(), from, 2);
    const bg = new PCG64(1);
    readLimbs(bg, from, 2);
    expect(bg.state).toEqual(buffered().state);
    expect(bg.uinteger).toBe(0xfedcba98);
  });
});

describe("sameState(a, b)", () => {
  it("is true for the same 128-bit state, whatever the increments", () => {
    const a = new PCG64(5);
    const b = new PCG64(6);
    b.state = { ...b.state, state: { state: a.state.state.state, inc: b.state.state.inc } };
    expect(b.state.state.inc).not.toBe(a.state.state.inc);
    expect(sameState(a, b)).toBe(true);
  });
  it("is false when any one of the eight state limbs differs", () => {
    const keys = ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"] as const;
    const differing = keys.map((key) => {
      const a = new PCG64(5);
      const b = new PCG64(5);
      b[key] ^= 1;
      return sameState(a, b);
    });
    expect(differing).toEqual(new Array(8).fill(false));
  });
});
