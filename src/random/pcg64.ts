import { fail } from "./fail.js";
import { SeedSequence } from "./seedSequence.js";
import type { Entropy } from "./uint32Words.js";
import type { PCG64State } from "./pcg64State.js";
import { kernelChoice } from "./kernelChoice.js";
import { wasmKernelFor } from "./wasmKernel.js";
import {
  advanceHint,
  advanceInvalid,
  bitGeneratorStateHint,
  bitGeneratorStateInvalid,
  jumpsInvalid,
} from "../messages/random.js";
import { sizeCount, type Size } from "./sizeCount.js";
import { allocated } from "./allocated.js";

const MASK128 = (1n << 128n) - 1n;
/** PCG_DEFAULT_MULTIPLIER_128 of numpy/random/src/pcg64/pcg64.h. */
export const PCG64_MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;
/** `jump_inplace` step of numpy/random/_pcg64.pyx: (phi - 1) * 2**128. */
const JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;

// The multiplier as eight 16-bit limbs, low first: limb products stay below
// 2**32 and a column of eight of them below 2**35, so plain doubles multiply
// the 128-bit state exactly without BigInt (which costs ~190 ns a step).
const M0 = 0xf645, M1 = 0x9fcc, M2 = 0xdf64, M3 = 0x4385, M4 = 0x5da4, M5 = 0x1fc6, M6 = 0xed05, M7 = 0x2360;

/**
 * NumPy's PCG64 bit generator: a 128-bit LCG (`pcg_setseq_128_step_r`) whose
 * 64-bit output is XSL-RR (`pcg_output_xsl_rr_128_64`), with `next32`
 * splitting a 64-bit output into two halves, low first, the high half kept in
 * `hasUint32`/`uinteger` until the next 32-bit request (`pcg64_next32`).
 */
export class PCG64 {
  // State and increment as 16-bit limbs (s0 lowest). Public for the kernels
  // (Generator, wasm hand-over); use `state` for anything else.
  s0 = 0; s1 = 0; s2 = 0; s3 = 0; s4 = 0; s5 = 0; s6 = 0; s7 = 0;
  i0 = 1; i1 = 0; i2 = 0; i3 = 0; i4 = 0; i5 = 0; i6 = 0; i7 = 0;
  /** The 32-bit buffer of `pcg64_next32`. */
  hasUint32 = 0;
  uinteger = 0;
  /** The last 64-bit output, as unsigned 32-bit halves (set by `step`). */
  outHi = 0;
  outLo = 0;
  /** The SeedSequence this generator was seeded from (NumPy's `seed_seq`). */
  readonly seedSeq: SeedSequence | undefined;

  /** Seeds like `np.random.PCG64(seed)`: 4 uint64 words of `generate_state` -> `pcg64_set_seed`. */
  constructor(seed?: Entropy | SeedSequence) {
    const seq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
    this.seedSeq = seq;
    const w = seq.generateState(4, "uint64");
    const initState = (w[0]! << 64n) | w[1]!;
    const initSeq = (w[2]! << 64n) | w[3]!;
    // pcg_setseq_128_srandom_r: state 0, odd increment, step, add, step.
    const inc = ((initSeq << 1n) | 1n) & MASK128;
    let state = inc; // 0 * mult + inc
    state = (state + initState) & MASK128;
    state = (state * PCG64_MULTIPLIER + inc) & MASK128;
    this.setLimbs(state, inc);
  }

  /** One LCG step (state = state * mult + inc mod 2**128), then the XSL-RR output into outHi/outLo. */
  step(): void {
    const s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3, s4 = this.s4, s5 = this.s5, s6 = this.s6, s7 = this.s7;
    let t = s0 * M0 + this.i0;
    let c = (t / 65536) | 0;
    const n0 = t - c * 65536;
    t = s0 * M1 + s1 * M0 + this.i1 + c;
    c = (t / 65536) | 0;
    const n1 = t - c * 65536;
    t = s0 * M2 + s1 * M1 + s2 * M0 + this.i2 + c;
    c = (t / 65536) | 0;
    const n2 = t - c * 65536;
    t = s0 * M3 + s1 * M2 + s2 * M1 + s3 * M0 + this.i3 + c;
    c = (t / 65536) | 0;
    const n3 = t - c * 65536;
    t = s0 * M4 + s1 * M3 + s2 * M2 + s3 * M1 + s4 * M0 + this.i4 + c;
    c = (t / 65536) | 0;
    const n4 = t - c * 65536;
    t = s0 * M5 + s1 * M4 + s2 * M3 + s3 * M2 + s4 * M1 + s5 * M0 + this.i5 + c;
    c = (t / 65536) | 0;
    const n5 = t - c * 65536;
    t = s0 * M6 + s1 * M5 + s2 * M4 + s3 * M3 + s4 * M2 + s5 * M1 + s6 * M0 + this.i6 + c;
    c = (t / 65536) | 0;
    const n6 = t - c * 65536;
    t = s0 * M7 + s1 * M6 + s2 * M5 + s3 * M4 + s4 * M3 + s5 * M2 + s6 * M1 + s7 * M0 + this.i7 + c;
    const n7 = t - ((t / 65536) | 0) * 65536;
    this.s0 = n0; this.s1 = n1; this.s2 = n2; this.s3 = n3; this.s4 = n4; this.s5 = n5; this.s6 = n6; this.s7 = n7;
    // XSL-RR: (high64 ^ low64) rotated right by the top 6 bits of the state.
    // Branch-free: the rotation is random, so branches on it would mispredict half the time.
    const xh = ((n7 << 16) | n6) ^ ((n3 << 16) | n2);
    const xl = ((n5 << 16) | n4) ^ ((n1 << 16) | n0);
    const rot = n7 >>> 10;
    const swap = -(rot >>> 5); // all ones when rotating by 32 or more: swap the halves first
    const a = (xh & ~swap) | (xl & swap);
    const b = (xl & ~swap) | (xh & swap);
    const r = rot & 31;
    const carry = -((r + 31) >> 5); // all ones unless r = 0 (JS shifts by 32 - 0 would wrap to 0)
    this.outHi = ((a >>> r) | ((b << (32 - r)) & carry)) >>> 0;
    this.outLo = ((b >>> r) | ((a << (32 - r)) & carry)) >>> 0;
  }

  /** `next_uint64` as a bigint. */
  nextUint64(): bigint {
    this.step();
    return (BigInt(this.outHi) << 32n) | BigInt(this.outLo);
  }

  /** `pcg64_next32`: the low half of a fresh output, or the buffered high half. */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = 0;
      return this.uinteger;
    }
    this.step();
    this.hasUint32 = 1;
    this.uinteger = this.outHi;
    return this.outLo;
  }

  /** `next_double`: the top 53 bits of a 64-bit output times 2**-53 (leaves the 32-bit buffer alone). */
  nextDouble(): number {
    this.step();
    return (this.outHi * 2097152 + (this.outLo >>> 11)) * 1.1102230246251565e-16;
  }

  /**
   * `random_raw(size)`: raw 64-bit outputs; a bigint without size, else a
   * BigUint64Array (flat for a shape; filled by the wasm kernel unless
   * SAFETY_GAP_KERNEL=ts).
   */
  randomRaw(): bigint;
  randomRaw(size: Size): BigUint64Array;
  randomRaw(shape?: Size): bigint | BigUint64Array {
    if (shape === undefined) return this.nextUint64();
    const size = sizeCount(shape);
    const out = allocated(size, 8, () => new BigUint64Array(size));
    const wasm = size >= 64 ? wasmKernelFor(kernelChoice()) : undefined;
    if (wasm) wasm.fillRaw(this, out);
    else for (let i = 0; i < size; i++) out[i] = this.nextUint64();
    return out;
  }

  /**
   * `advance(delta)`: jump the LCG by `delta` steps (wrapped to 128 bits, so
   * negative goes back) with `pcg_advance_lcg_128`; like NumPy it clears the
   * 32-bit buffer. Returns this.
   */
  advance(delta: number | bigint): this {
    // Any integer-valued number is exact as a bigint (2**60 is NumPy's int 2**60).
    if (typeof delta === "number" ? !Number.isInteger(delta) : typeof delta !== "bigint") fail(advanceInvalid(delta), advanceHint());
    let d = BigInt(delta) & MASK128;
    let curMult = PCG64_MULTIPLIER;
    let curPlus = this.incBig();
    let accMult = 1n;
    let accPlus = 0n;
    while (d > 0n) {
      if (d & 1n) {
        accMult = (accMult * curMult) & MASK128;
        accPlus = (accPlus * curMult + curPlus) & MASK128;
      }
      curPlus = ((curMult + 1n) * curPlus) & MASK128;
      curMult = (curMult * curMult) & MASK128;
      d >>= 1n;
    }
    this.setLimbs((accMult * this.stateBig() + accPlus) & MASK128, this.incBig());
    this.hasUint32 = 0;
    this.uinteger = 0;
    return this;
  }

  /**
   * `jumped(jumps)`: a copy advanced by jumps * (phi - 1) * 2**128 steps
   * (wrapped to 128 bits, so a negative count jumps back, as in NumPy); this
   * one is unchanged.
   */
  jumped(jumps: number | bigint = 1): PCG64 {
    if (typeof jumps === "number" ? !Number.isInteger(jumps) : typeof jumps !== "bigint") fail(jumpsInvalid(jumps), advanceHint());
    const copy = Object.create(PCG64.prototype) as PCG64;
    Object.assign(copy, this);
    copy.state = this.state;
    return copy.advance(JUMP_STEP * BigInt(jumps));
  }

  /** NumPy's `bit_generator.state`. */
  get state(): PCG64State {
    return {
      bitGenerator: "PCG64",
      state: { state: this.stateBig(), inc: this.incBig() },
      hasUint32: this.hasUint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: PCG64State) {
    const v = value as Partial<PCG64State> | undefined;
    if (!v || v.bitGenerator !== "PCG64") fail(bitGeneratorStateInvalid("bitGenerator must be \"PCG64\""), bitGeneratorStateHint());
    const s = v.state?.state;
    const inc = v.state?.inc;
    if (typeof s !== "bigint" || typeof inc !== "bigint" || s < 0n || inc < 0n || s > MASK128 || inc > MASK128) {
      fail(bitGeneratorStateInvalid("state.state and state.inc must be bigints in [0, 2**128)"), bitGeneratorStateHint());
    }
    const has = v.hasUint32;
    const u = v.uinteger;
    if ((has !== 0 && has !== 1) || typeof u !== "number" || !Number.isInteger(u) || u < 0 || u > 0xffffffff) {
      fail(bitGeneratorStateInvalid("hasUint32 must be 0 or 1 and uinteger a uint32"), bitGeneratorStateHint());
    }
    this.setLimbs(s, inc);
    this.hasUint32 = has;
    this.uinteger = u;
  }

  /** The 128-bit state as a bigint. */
  stateBig(): bigint {
    return limbsToBig(this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7);
  }

  /** The 128-bit increment as a bigint. */
  incBig(): bigint {
    return limbsToBig(this.i0, this.i1, this.i2, this.i3, this.i4, this.i5, this.i6, this.i7);
  }

  private setLimbs(state: bigint, inc: bigint): void {
    const s = bigToLimbs(state);
    const i = bigToLimbs(inc);
    [this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7] = s as [number, number, number, number, number, number, number, number];
    [this.i0, this.i1, this.i2, this.i3, this.i4, this.i5, this.i6, this.i7] = i as [number, number, number, number, number, number, number, number];
  }
}

function limbsToBig(...limbs: number[]): bigint {
  let v = 0n;
  for (let k = limbs.length - 1; k >= 0; k--) v = (v << 16n) | BigInt(limbs[k]!);
  return v;
}

function bigToLimbs(v: bigint): number[] {
  return Array.from({ length: 8 }, (_, k) => Number((v >> BigInt(16 * k)) & 0xffffn));
}
