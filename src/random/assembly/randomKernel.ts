// The WebAssembly kernel of src/random (AssemblyScript, compiled by
// scripts/dist.js to dist/wasm/randomKernel.wasm). It runs NumPy's PCG64 hot
// loops with native 64-bit integers: filling `integers` and `random` arrays
// and the fused bootstrap. The generator state lives in JavaScript (PCG64);
// wasmKernel.ts copies it into STATE before each call and back after, so a
// mix of TypeScript and wasm calls stays one exact NumPy stream.
//
// STATE layout (little-endian): u64 state low, u64 state high, u64 inc low,
// u64 inc high, u32 has_uint32, u32 uinteger; then, internal to the kernel,
// u32 "the fast lane stopped at a rejected half" (offset 40).

// PCG_DEFAULT_MULTIPLIER_128 (numpy/random/src/pcg64/pcg64.h), as halves.
const MUL_HI: u64 = 0x2360ed051fc65da4;
const MUL_LO: u64 = 0x4385df649fccf645;
// MUL_LO = B1 * 2**32 + B0 with signed 32-bit digits (B0 < 0), so that both fit an x64
// multiply's 32-bit immediate (0x9fccf645 does not): see nextHi.
const B0: i64 = <i64>(MUL_LO & 0xffffffff) - 0x100000000;
const B1: i64 = <i64>(MUL_LO >> 32) + 1;

const STATE: usize = memory.data(48, 16);
const REJECTED = 40;

/** Where JavaScript writes the PCG64 state. */
export function stateAddress(): usize {
  return STATE;
}

/** The first free byte after static data, 16-aligned: JavaScript lays out arrays from here. */
export function heapStart(): usize {
  return (__heap_base + 15) & ~(<usize>15);
}

// Each loop below spells out one PCG64 step (pcg64_random_r) with locals, so
// the JIT keeps the 128-bit state in registers:
//   state = state * MUL + inc (mod 2**128), output = rotr64(hi ^ lo, hi >> 58).
// Wasm has no 64x64->128 multiply: the high word of lo * MUL_LO + iLo is
// built from 32-bit halves (a0, a1, t, w1, w2); the other cross products
// hi * MUL_LO and lo * MUL_HI only need their low 64 bits. The increment's
// low word goes into that chain as two 32-bit halves (c0, c1), which carries
// for free: each partial sum stays below 2**64 ((2**32-1)**2 + 2 (2**32-1) =
// 2**64 - 1), so no separate carry test is needed. The loops are bound by
// instruction count (Zen 5 retires ~5 of these per cycle), which is why
// every instruction saved here counts; see docs/random.md.

/** The high word after one step from (sLo, sHi), with c0/c1 the halves of the increment's low word. */
@inline function nextHi(sLo: u64, sHi: u64, c0: u64, c1: u64, iHi: u64): u64 {
  const a0 = <i64>(sLo & 0xffffffff), a1 = <i64>(sLo >> 32);
  const t = a0 * B0 + <i64>c0;
  const w = a1 * B0 + a0 * B1 + <i64>c1 + (t >> 32);
  return sLo * MUL_HI + <u64>(a1 * B1 + (w >> 32)) + iHi + sHi * MUL_LO;
}

/** The high word of the 128-bit product a * b. */
function mulHi64(a: u64, b: u64): u64 {
  const a0 = a & 0xffffffff, a1 = a >> 32, b0 = b & 0xffffffff, b1 = b >> 32;
  const t = a0 * b0;
  const w1 = a1 * b0 + (t >> 32);
  const w2 = a0 * b1 + (w1 & 0xffffffff);
  return a1 * b1 + (w1 >> 32) + (w2 >> 32);
}

// The inverse of PCG_DEFAULT_MULTIPLIER_128 mod 2**128, as halves: a step back is
// state = (state - inc) * MUL_INV.
const MUL_INV_HI: u64 = 0x07dda22b93979860;
const MUL_INV_LO: u64 = 0x98abc8b0716eac8d;

/**
 * Takes the state in STATE `steps` steps back. The fast lane undoes a block
 * with a rejected draw this way (rare: about one block in 2**24 for n =
 * 500) instead of keeping a copy of the block's starting state, which
 * would hold two registers through the whole loop.
 */
function stepBack(steps: i32): void {
  let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
  const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
  for (let k = 0; k < steps; k++) {
    const dLo = sLo - iLo;
    const dHi = sHi - iHi - <u64>(sLo < iLo);
    sHi = mulHi64(dLo, MUL_INV_LO) + dLo * MUL_INV_HI + dHi * MUL_INV_LO;
    sLo = dLo * MUL_INV_LO;
  }
  store<u64>(STATE, sLo);
  store<u64>(STATE, sHi, 8);
}

/** XSL-RR: the 64-bit output of a (new) state. */
@inline function xslRr(sLo: u64, sHi: u64): u64 {
  return rotr<u64>(sHi ^ sLo, sHi >> 58);
}

/**
 * random_bounded_uint64_fill, 32-bit branch: `count` values low + [0, rng]
 * at `out`, stored as i32 (kind 0: Int32Array or Uint32Array), f64 (kind 1)
 * or i64 (kind 2). Each draw is buffered_bounded_lemire_uint32: m = v * (rng
 * + 1) for a 32-bit v from pcg64_next32, rejected while its low word is
 * below threshold = 2**32 mod (rng + 1) (NumPy tests leftover < rng + 1
 * first; threshold < rng + 1, so testing the threshold alone is the same),
 * value m >> 32. rng = 2**32 - 1 gives threshold 0 and the raw word, NumPy's
 * buffered_uint32 special case.
 */
export function fillBounded32(out: usize, count: i32, rng: u32, low: f64, kind: i32): void {
  // One specialised copy of the loop per store type (kind is then a constant inside).
  if (kind == 0) drawBounded(out, count, rng, <i64>low, 0, 0);
  else if (kind == 1) drawBounded(out, count, rng, <i64>low, 1, 0);
  else drawBounded(out, count, rng, <i64>low, 2, 0);
}

/**
 * The fast lane from draw i on, in blocks of 8 draws while the half-word
 * buffer is empty: 4 steps, each feeding two draws (low half, then high
 * half, the order pcg64_next32 hands them out). The 8 Lemire products are
 * made with wasm SIMD (two 32x32->64 multiplies per instruction), which
 * also stores 4 values at a time. Rejections are rare (threshold / 2**32),
 * so a block tests its 8 low words once, through their minimum; if any is
 * below the threshold, the block is undone: the state goes back to where
 * the block started, STATE[REJECTED] = 1, and drawBounded redraws those 8
 * one at a time, exactly as NumPy does (values already stored there are
 * overwritten). Returns the next draw index, the state in STATE.
 *
 * Exported (fastLaneI32 ...) so that binaryen keeps it a function of its
 * own, with nothing live across its exits but the state: the JIT then keeps
 * the loop's values in registers.
 */
@inline function fastLane(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, off: i64, kind: i32, gather: usize, full: bool): i32 {
  let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
  const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
  const c0 = iLo & 0xffffffff, c1 = iLo >> 32;
  const rngV = i32x4.splat(<i32>rngExcl);
  const thresholdV = i32x4.splat(<i32>threshold);
  while (i + 7 < count) {
    // The four steps are written out: an AssemblyScript function cannot hand back both words of
    // the new state, and blocks of 2 or 8 steps measured slower (docs/random.md, "Where the time goes").
    let n = sLo * MUL_LO + iLo;
    sHi = nextHi(sLo, sHi, c0, c1, iHi);
    sLo = n;
    const x1 = xslRr(sLo, sHi);
    n = sLo * MUL_LO + iLo;
    sHi = nextHi(sLo, sHi, c0, c1, iHi);
    sLo = n;
    const x2 = xslRr(sLo, sHi);
    n = sLo * MUL_LO + iLo;
    sHi = nextHi(sLo, sHi, c0, c1, iHi);
    sLo = n;
    const x3 = xslRr(sLo, sHi);
    n = sLo * MUL_LO + iLo;
    sHi = nextHi(sLo, sHi, c0, c1, iHi);
    sLo = n;
    const x4 = xslRr(sLo, sHi);
    // Lanes (32-bit) of x12: x1 low, x1 high, x2 low, x2 high: draws i .. i + 3 in order.
    const x12 = i64x2.replace_lane(i64x2.splat(x1), 1, x2);
    const x34 = i64x2.replace_lane(i64x2.splat(x3), 1, x4);
    if (full) {
      // rng = 2**32 - 1 (rngExcl does not fit a 32-bit lane): the words are the values, none rejected.
      putIntegers(out, i, x12, off, kind, gather);
      putIntegers(out, i + 4, x34, off, kind, gather);
      i += 8;
      continue;
    }
    const m1 = i64x2.extmul_low_i32x4_u(x12, rngV), m2 = i64x2.extmul_high_i32x4_u(x12, rngV);
    const m3 = i64x2.extmul_low_i32x4_u(x34, rngV), m4 = i64x2.extmul_high_i32x4_u(x34, rngV);
    const lows = i32x4.min_u(i32x4.shuffle(m1, m2, 0, 2, 4, 6), i32x4.shuffle(m3, m4, 0, 2, 4, 6));
    if (v128.any_true(i32x4.lt_u(lows, thresholdV))) {
      store<u64>(STATE, sLo);
      store<u64>(STATE, sHi, 8);
      stepBack(4);
      store<u32>(STATE, 1, REJECTED);
      return i;
    }
    putIntegers(out, i, i32x4.shuffle(m1, m2, 1, 3, 5, 7), off, kind, gather);
    putIntegers(out, i + 4, i32x4.shuffle(m3, m4, 1, 3, 5, 7), off, kind, gather);
    i += 8;
  }
  store<u64>(STATE, sLo);
  store<u64>(STATE, sHi, 8);
  store<u32>(STATE, 0, REJECTED);
  return i;
}

export function fastLaneI32(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, off: i64): i32 {
  return fastLane(out, i, count, rngExcl, threshold, off, 0, 0, false);
}
export function fastLaneF64(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, off: i64): i32 {
  return fastLane(out, i, count, rngExcl, threshold, off, 1, 0, false);
}
export function fastLaneI64(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, off: i64): i32 {
  return fastLane(out, i, count, rngExcl, threshold, off, 2, 0, false);
}
export function fastLaneGather(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, gather: usize): i32 {
  return fastLane(out, i, count, rngExcl, threshold, 0, 3, gather, false);
}
export function fastLaneFullI32(out: usize, i: i32, count: i32, off: i64): i32 {
  return fastLane(out, i, count, 0, 0, off, 0, 0, true);
}
export function fastLaneFullF64(out: usize, i: i32, count: i32, off: i64): i32 {
  return fastLane(out, i, count, 0, 0, off, 1, 0, true);
}
export function fastLaneFullI64(out: usize, i: i32, count: i32, off: i64): i32 {
  return fastLane(out, i, count, 0, 0, off, 2, 0, true);
}

/** The loop of fillBounded32; kind 3 gathers: out[i] = gather[value] (f64), for the bootstrap. */
@inline function drawBounded(out: usize, count: i32, rng: u32, off: i64, kind: i32, gather: usize): void {
  let hasHalf = load<u32>(STATE, 32), half = load<u32>(STATE, 36);
  const rngExcl: u64 = <u64>rng + 1;
  const threshold = <u32>((0x100000000 - rngExcl) % rngExcl);
  const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
  const c0 = iLo & 0xffffffff, c1 = iLo >> 32;
  let i = 0;
  // Draws below slowUntil go one at a time: the fast lane undid a block with a rejection there.
  let slowUntil = 0;
  while (i < count) {
    if (!hasHalf && i >= slowUntil && i + 7 < count) {
      const start = i;
      if (rngExcl > 0xffffffff) {
        if (kind == 0) i = fastLaneFullI32(out, i, count, off);
        else if (kind == 1) i = fastLaneFullF64(out, i, count, off);
        else i = fastLaneFullI64(out, i, count, off);
      } else if (kind == 0) i = fastLaneI32(out, i, count, rngExcl, threshold, off);
      else if (kind == 1) i = fastLaneF64(out, i, count, rngExcl, threshold, off);
      else if (kind == 2) i = fastLaneI64(out, i, count, rngExcl, threshold, off);
      else i = fastLaneGather(out, i, count, rngExcl, threshold, gather);
      // NumPy's uinteger keeps the last high half even once it is used: recompute it from the state.
      if (i > start) half = <u32>(xslRr(load<u64>(STATE), load<u64>(STATE, 8)) >> 32);
      if (load<u32>(STATE, REJECTED)) slowUntil = i + 8;
      if (i >= count) break;
    }
    // One at a time (pcg64_next32), retrying while rejected.
    let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
    let m: u64 = 0;
    let tried = false;
    while (!tried || <u32>m < threshold) {
      tried = true;
      let v: u32;
      if (hasHalf) {
        hasHalf = 0;
        v = half;
      } else {
        const newLo = sLo * MUL_LO + iLo;
        sHi = nextHi(sLo, sHi, c0, c1, iHi);
        sLo = newLo;
        const x = xslRr(sLo, sHi);
        half = <u32>(x >> 32);
        hasHalf = 1;
        v = <u32>x;
      }
      m = <u64>v * rngExcl;
    }
    store<u64>(STATE, sLo);
    store<u64>(STATE, sHi, 8);
    putInteger(out, i, off + <i64>(m >> 32), kind, gather);
    i++;
  }
  store<u32>(STATE, hasHalf, 32);
  store<u32>(STATE, half, 36);
}

/** Stores 4 consecutive draws (i32 lanes of `values`, each in [0, rng]) at draw index i. */
@inline function putIntegers(out: usize, i: i32, values: v128, off: i64, kind: i32, gather: usize): void {
  if (kind == 3) {
    const p = out + (<usize>i << 3);
    const g01 = v128.load64_lane(gather + (<usize>i32x4.extract_lane(values, 1) << 3), v128.load64_zero(gather + (<usize>i32x4.extract_lane(values, 0) << 3)), 1);
    const g23 = v128.load64_lane(gather + (<usize>i32x4.extract_lane(values, 3) << 3), v128.load64_zero(gather + (<usize>i32x4.extract_lane(values, 2) << 3)), 1);
    v128.store(p, g01);
    v128.store(p, g23, 16);
  } else if (kind == 0) {
    v128.store(out + (<usize>i << 2), i32x4.add(values, i32x4.splat(<i32>off)));
  } else if (kind == 1) {
    // value + off in f64 is exact: both are integers and so is their sum, which is within +-(2**53 - 1).
    const p = out + (<usize>i << 3);
    const offV = f64x2.splat(<f64>off);
    v128.store(p, f64x2.add(f64x2.convert_low_i32x4_u(values), offV));
    v128.store(p, f64x2.add(f64x2.convert_low_i32x4_u(i32x4.shuffle(values, values, 2, 3, 2, 3)), offV), 16);
  } else {
    const p = out + (<usize>i << 3);
    v128.store(p, i64x2.add(i64x2.extend_low_i32x4_u(values), i64x2.splat(off)));
    v128.store(p, i64x2.add(i64x2.extend_high_i32x4_u(values), i64x2.splat(off)), 16);
  }
}

@inline function putInteger(out: usize, i: i32, value: i64, kind: i32, gather: usize): void {
  if (kind == 3) store<f64>(out + (<usize>i << 3), load<f64>(gather + (<usize>value << 3)));
  else if (kind == 0) store<i32>(out + (<usize>i << 2), <i32>value);
  else if (kind == 1) store<f64>(out + (<usize>i << 3), <f64>value);
  else store<i64>(out + (<usize>i << 3), value);
}

/** random_standard_uniform_fill: (output >> 11) * 2**-53. Leaves the 32-bit buffer alone. */
export function fillRandom(out: usize, count: i32): void {
  fillOutputs(out, count, true);
}

/** random_raw: raw 64-bit outputs. */
export function fillRaw(out: usize, count: i32): void {
  fillOutputs(out, count, false);
}

/** `count` steps, each output stored at `out` as a double in [0, 1) (asDouble, a constant per caller) or raw. */
@inline function fillOutputs(out: usize, count: i32, asDouble: bool): void {
  let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
  const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
  const c0 = iLo & 0xffffffff, c1 = iLo >> 32;
  for (let i = 0; i < count; i++) {
    const newLo = sLo * MUL_LO + iLo;
    sHi = nextHi(sLo, sHi, c0, c1, iHi);
    sLo = newLo;
    const x = xslRr(sLo, sHi);
    if (asDouble) store<f64>(out + (<usize>i << 3), <f64>(x >> 11) * 1.1102230246251565e-16);
    else store<u64>(out + (<usize>i << 3), x);
  }
  store<u64>(STATE, sLo);
  store<u64>(STATE, sHi, 8);
}

/**
 * random_standard_normal, `count` times from draw 0 at `out`: one 64-bit
 * output r gives the layer idx = r & 0xff, the sign (bit 8) and rabs = bits
 * 9..60; the draw is x = +-rabs * wi[idx] when rabs < ki[idx] (the
 * ziggurat's rectangle, ~98.5% of draws), else, in layers 1-255, the wedge
 * test with a second output (see normalFast). The first draw it cannot
 * finish (the tail, layer 0, which needs log1p, or a wedge test too close to
 * call: done by the TypeScript standardNormal with its glibc ports) stops
 * the fill with the state as it was before that draw; returns its index
 * (count when none did). `tables` holds ki, wi and fi, 256 f64 each (ki's
 * values are integers below 2**53, so the f64 comparison is exact).
 * fillNormalFast stores loc + scale * x (random_normal), in that order of
 * operations; the standard fill stores x itself (0 + -0 is +0).
 */
export function fillStandardNormalFast(out: usize, count: i32, tables: usize): i32 {
  return normalFast(out, count, 0, 1, tables, false);
}
export function fillNormalFast(out: usize, count: i32, loc: f64, scale: f64, tables: usize): i32 {
  return normalFast(out, count, loc, scale, tables, true);
}

@inline function normalFast(out: usize, count: i32, loc: f64, scale: f64, tables: usize, affine: bool): i32 {
  let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
  const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
  const c0 = iLo & 0xffffffff, c1 = iLo >> 32;
  let i = 0;
  while (i < count) {
    const newLo = sLo * MUL_LO + iLo;
    const newHi = nextHi(sLo, sHi, c0, c1, iHi);
    const r = xslRr(newLo, newHi);
    const at = <usize>(r & 0xff) << 3;
    const rabs = <f64><i64>((r >> 9) & 0x000fffffffffffff);
    // -x when bit 8 is set, as a flip of the sign bit: a branch on a random bit mispredicts half the time.
    const x = reinterpret<f64>(reinterpret<u64>(rabs * load<f64>(tables + at, 2048)) ^ ((r & 0x100) << 55));
    if (rabs < load<f64>(tables + at)) {
      store<f64>(out + (<usize>i << 3), affine ? loc + scale * x : x);
      sLo = newLo;
      sHi = newHi;
      i++;
      continue;
    }
    // The wedge (layers 1-255): one more output u, accept x when y = (fi[idx-1] - fi[idx]) u + fi[idx]
    // < exp(-x*x/2). Decided here when y is clear of this kernel's exp by more than WEDGE_SLACK
    // (its error and glibc's are each below an ulp); the tail (layer 0, log1p) and the close calls
    // stop the fill, the state before this draw, for the TypeScript standardNormal.
    if (at == 0) break;
    const uLo = newLo * MUL_LO + iLo;
    const uHi = nextHi(newLo, newHi, c0, c1, iHi);
    const u = <f64>(xslRr(uLo, uHi) >> 11) * 1.1102230246251565e-16;
    const fiHere = load<f64>(tables + at, 4096);
    const y = (load<f64>(tables + at - 8, 4096) - fiHere) * u + fiHere;
    const decision = wedge(y, -0.5 * x * x);
    if (decision > 0) {
      store<f64>(out + (<usize>i << 3), affine ? loc + scale * x : x);
      i++;
    } else if (decision < 0) break;
    // Accepted, or rejected (a fresh draw for the same value): both outputs are used.
    sLo = uLo;
    sHi = uHi;
  }
  store<u64>(STATE, sLo);
  store<u64>(STATE, sHi, 8);
  return i;
}

/** Relative margin of the wedge test (as src/random/expExceeds.ts's SLACK). */
const WEDGE_SLACK: f64 = 4 * 2.220446049250313e-16;

/**
 * NumPy's wedge test y < exp(arg) with glibc's exp: 1 (true) or 0 (false)
 * when y is farther than WEDGE_SLACK from this kernel's exp (AssemblyScript's
 * port of musl's, like glibc's within an ulp of the true value), -1 when it
 * is too close to call here.
 */
@inline function wedge(y: f64, arg: f64): i32 {
  const e = Math.exp(arg);
  if (y < e * (1 - WEDGE_SLACK)) return 1;
  if (y > e * (1 + WEDGE_SLACK)) return 0;
  return -1;
}

/** The wedge decision, exported for the tests (test/random/generator.test.ts). */
export function wedgeDecision(y: f64, arg: f64): i32 {
  return wedge(y, arg);
}

/** pairwise_sum_DOUBLE (numpy/core/src/umath/loops_utils.h.src) over n doubles at p. */
function pairwise(p: usize, n: i32): f64 {
  if (n < 8) {
    let res: f64 = 0;
    for (let i = 0; i < n; i++) res += load<f64>(p + (<usize>i << 3));
    return res;
  }
  if (n <= 128) {
    // NumPy's 8 accumulators r0..r7 as 4 f64x2 pairs: lane for lane the same additions in the same order.
    let r01 = v128.load(p), r23 = v128.load(p, 16), r45 = v128.load(p, 32), r67 = v128.load(p, 48);
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const q = p + (<usize>i << 3);
      r01 = f64x2.add(r01, v128.load(q));
      r23 = f64x2.add(r23, v128.load(q, 16));
      r45 = f64x2.add(r45, v128.load(q, 32));
      r67 = f64x2.add(r67, v128.load(q, 48));
    }
    let res =
      ((f64x2.extract_lane(r01, 0) + f64x2.extract_lane(r01, 1)) + (f64x2.extract_lane(r23, 0) + f64x2.extract_lane(r23, 1))) +
      ((f64x2.extract_lane(r45, 0) + f64x2.extract_lane(r45, 1)) + (f64x2.extract_lane(r67, 0) + f64x2.extract_lane(r67, 1)));
    for (; i < n; i++) res += load<f64>(p + (<usize>i << 3));
    return res;
  }
  let n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise(p, n2) + pairwise(p + (<usize>n2 << 3), n - n2);
}

/** np.sum of n contiguous doubles: 0.0 plus the pairwise sum of each 8192-value buffer (NPY_BUFSIZE). */
function reduceSum(p: usize, n: i32): f64 {
  let total: f64 = 0;
  for (let a = 0; a < n; a += 8192) total += pairwise(p + (<usize>a << 3), min(8192, n - a));
  return total;
}

/**
 * pairwise for two rows of n doubles at once (p and q), as an f64x2: lane 0
 * is pairwise(p, n), lane 1 pairwise(q, n), each with exactly the additions
 * and order of the one-row version. A row's sum alone is bound by the
 * latency of its 8 accumulators (each add waits ~3 cycles for the one
 * before); two rows' accumulators interleaved keep the adder busy, so two
 * rows cost little more than one (docs/random.md, "Where the time goes").
 */
function pairwise2(p: usize, q: usize, n: i32): v128 {
  if (n < 8) {
    let rp: f64 = 0, rq: f64 = 0;
    for (let i = 0; i < n; i++) {
      rp += load<f64>(p + (<usize>i << 3));
      rq += load<f64>(q + (<usize>i << 3));
    }
    return f64x2.replace_lane(f64x2.splat(rp), 1, rq);
  }
  if (n <= 128) {
    let p01 = v128.load(p), p23 = v128.load(p, 16), p45 = v128.load(p, 32), p67 = v128.load(p, 48);
    let q01 = v128.load(q), q23 = v128.load(q, 16), q45 = v128.load(q, 32), q67 = v128.load(q, 48);
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const a = p + (<usize>i << 3), b = q + (<usize>i << 3);
      p01 = f64x2.add(p01, v128.load(a));
      q01 = f64x2.add(q01, v128.load(b));
      p23 = f64x2.add(p23, v128.load(a, 16));
      q23 = f64x2.add(q23, v128.load(b, 16));
      p45 = f64x2.add(p45, v128.load(a, 32));
      q45 = f64x2.add(q45, v128.load(b, 32));
      p67 = f64x2.add(p67, v128.load(a, 48));
      q67 = f64x2.add(q67, v128.load(b, 48));
    }
    // ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) for both rows at once: lanes (p's rk, q's rk).
    const even01 = i64x2.shuffle(p01, q01, 0, 2), odd01 = i64x2.shuffle(p01, q01, 1, 3);
    const even23 = i64x2.shuffle(p23, q23, 0, 2), odd23 = i64x2.shuffle(p23, q23, 1, 3);
    const even45 = i64x2.shuffle(p45, q45, 0, 2), odd45 = i64x2.shuffle(p45, q45, 1, 3);
    const even67 = i64x2.shuffle(p67, q67, 0, 2), odd67 = i64x2.shuffle(p67, q67, 1, 3);
    let res = f64x2.add(
      f64x2.add(f64x2.add(even01, odd01), f64x2.add(even23, odd23)),
      f64x2.add(f64x2.add(even45, odd45), f64x2.add(even67, odd67)),
    );
    for (; i < n; i++) res = f64x2.add(res, f64x2.replace_lane(f64x2.splat(load<f64>(p + (<usize>i << 3))), 1, load<f64>(q + (<usize>i << 3))));
    return res;
  }
  let n2 = n / 2;
  n2 -= n2 % 8;
  return f64x2.add(pairwise2(p, q, n2), pairwise2(p + (<usize>n2 << 3), q + (<usize>n2 << 3), n - n2));
}

/**
 * The fused bootstrap: for each of `rows` resamples, n indices drawn as
 * integers(0, n) (drawBounded: Lemire, 32-bit path) and gathered from x into
 * a scratch row, which is then summed as np.mean(axis=1) sums a row and
 * divided by n. x holds n doubles, row 2n (two rows are drawn, then summed
 * together: see pairwise2); out receives `rows` means. Requires
 * 2 <= n < 2**31.
 */
export function bootstrapMeans(x: usize, n: i32, row: usize, out: usize, rows: i32): void {
  const second = row + (<usize>n << 3);
  let b = 0;
  if (n <= 8192) {
    // np.sum of one buffer: 0.0 + the pairwise sum (reduceSum with a single block).
    for (; b + 1 < rows; b += 2) {
      // The two rows are adjacent: one call draws both (the same stream as one row after the other),
      // so the fast lane's blocks of 8 run on across the rows' boundary.
      drawBounded(row, 2 * n, <u32>(n - 1), 0, 3, x);
      const sums = f64x2.add(f64x2.splat(0), pairwise2(row, second, n));
      v128.store(out + (<usize>b << 3), f64x2.div(sums, f64x2.splat(<f64>n)));
    }
  }
  for (; b < rows; b++) {
    drawBounded(row, n, <u32>(n - 1), 0, 3, x);
    store<f64>(out + (<usize>b << 3), reduceSum(row, n) / <f64>n);
  }
}


// ---- Reductions and selection for src/numeric and src/stats (np.sum, np.var's sum of squares,
// np.percentile's order statistics) on long arrays: the same operations in the same order as the
// TypeScript ones (pairwiseSum, sumSquaredDeviations, selectInPlace), so the same bits. A command
// runs those loops only a few dozen times, on threads busy with other work: too few for V8 to
// optimise the TypeScript early (see src/numeric/numericKernel.ts).

/** np.sum of n doubles at p. */
export function sum(p: usize, n: i32): f64 {
  return reduceSum(p, n);
}

/** np.sum((x - m) ** 2) as np.var forms it: each deviation squared into `scratch`, then summed pairwise. */
export function sumSquaredDeviations(p: usize, n: i32, m: f64, scratch: usize): f64 {
  for (let i = 0; i < n; i++) {
    const d = load<f64>(p + (<usize>i << 3)) - m;
    store<f64>(scratch + (<usize>i << 3), d * d);
  }
  return reduceSum(scratch, n);
}

@inline function at(p: usize, i: i32): f64 {
  return load<f64>(p + (<usize>i << 3));
}

/** Swaps p[i] and p[j]. */
export function swap(p: usize, i: i32, j: i32): void {
  const t = at(p, i);
  store<f64>(p + (<usize>i << 3), at(p, j));
  store<f64>(p + (<usize>j << 3), t);
}

/**
 * src/numeric/selectInPlace.ts (Floyd-Rivest) on the doubles at p: afterwards
 * p[k] holds the k-th smallest of p[lo..hi], smaller ones before it and
 * larger ones after. NaN-free input without both zeros (the caller checks:
 * needsFullSort). A range that keeps failing to shrink is heap-sorted, so
 * the worst case is O(n log n). The sample bounds use the kernel's own log
 * and exp, which may differ from Math's in the last bit: that moves where a
 * partition starts, never which value ends at k.
 */
export function select(p: usize, k: i32, lo: i32, hi: i32): void {
  let budget = 2 * <i32>Math.ceil(Math.log2(<f64>(hi - lo + 2)));
  while (hi > lo) {
    if (budget-- == 0) {
      heapSort(p, lo, hi);
      return;
    }
    if (hi - lo > 600) {
      const n = <f64>(hi - lo + 1);
      const i = <f64>(k - lo + 1);
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i < n / 2 ? -1 : 1);
      select(p, k, max(lo, <i32>Math.floor(<f64>k - (i * s) / n + sd)), min(hi, <i32>Math.floor(<f64>k + ((n - i) * s) / n + sd)));
    }
    const pivot = at(p, k);
    let i = lo;
    let j = hi;
    swap(p, lo, k);
    if (at(p, hi) > pivot) swap(p, lo, hi);
    while (i < j) {
      swap(p, i, j);
      i++;
      j--;
      while (at(p, i) < pivot) i++;
      while (at(p, j) > pivot) j--;
    }
    if (at(p, lo) == pivot) swap(p, lo, j);
    else {
      j++;
      swap(p, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

function heapSort(p: usize, lo: i32, hi: i32): void {
  const n = hi - lo + 1;
  for (let start = (n >> 1) - 1; start >= 0; start--) siftDown(p, lo, start, n);
  for (let end = n - 1; end > 0; end--) {
    swap(p, lo, lo + end);
    siftDown(p, lo, 0, end);
  }
}

function siftDown(p: usize, lo: i32, root: i32, n: i32): void {
  while (true) {
    let child = 2 * root + 1;
    if (child >= n) return;
    if (child + 1 < n && at(p, lo + child + 1) > at(p, lo + child)) child++;
    if (!(at(p, lo + child) > at(p, lo + root))) return;
    swap(p, lo + root, lo + child);
    root = child;
  }
}

/** The index of the first smallest of p[from..to]. */
export function indexOfMinimum(p: usize, from: i32, to: i32): i32 {
  let m = from;
  for (let i = from + 1; i <= to; i++) if (at(p, i) < at(p, m)) m = i;
  return m;
}

/** The index of the first largest of p[from..to]. */
export function indexOfMaximum(p: usize, from: i32, to: i32): i32 {
  let m = from;
  for (let i = from + 1; i <= to; i++) if (at(p, i) > at(p, m)) m = i;
  return m;
}

/** 1 if the n doubles at p hold a NaN, or both -0 and +0 (whose order only a sort fixes): percentile then sorts. */
export function needsFullSort(p: usize, n: i32): i32 {
  let negZero = false, posZero = false;
  for (let i = 0; i < n; i++) {
    const v = at(p, i);
    if (v != v) return 1;
    if (v == 0) {
      if (reinterpret<u64>(v) >> 63) negZero = true;
      else posZero = true;
    }
  }
  return negZero && posZero ? 1 : 0;
}

/** p[i] = p[i] + q[i] for n doubles: a running sum of rows, added in the caller's order. */
export function addInto(p: usize, q: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(p + (<usize>i << 3), load<f64>(p + (<usize>i << 3)) + load<f64>(q + (<usize>i << 3)));
}

/** p[i] = p[i] / d for n doubles. */
export function divideBy(p: usize, n: i32, d: f64): void {
  for (let i = 0; i < n; i++) store<f64>(p + (<usize>i << 3), load<f64>(p + (<usize>i << 3)) / d);
}

/** out[i] = p[i] / q[i] for n doubles. */
export function divideInto(out: usize, p: usize, q: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), load<f64>(p + (<usize>i << 3)) / load<f64>(q + (<usize>i << 3)));
}

/** out[i] = p[i] - q[i] for n doubles (out may be p: replicate-wise differences in place). */
export function subtractInto(out: usize, p: usize, q: usize, n: i32): void {
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const at = <usize>i << 3;
    v128.store(out + at, f64x2.sub(v128.load(p + at), v128.load(q + at)));
  }
  if (i < n) store<f64>(out + (<usize>i << 3), load<f64>(p + (<usize>i << 3)) - load<f64>(q + (<usize>i << 3)));
}
