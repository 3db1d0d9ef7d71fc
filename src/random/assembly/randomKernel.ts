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
const MUL_LO_0: u64 = MUL_LO & 0xffffffff;
const MUL_LO_1: u64 = MUL_LO >> 32;

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
// Wasm has no 64x64->128 multiply: the high word of lo * MUL_LO is built from
// 32-bit halves (a0, a1, t, w1, w2); the other cross products hi * MUL_LO and
// lo * MUL_HI only need their low 64 bits; (newLo < iLo) is the carry of the
// low-word addition. pcg64_next32's half-word buffer is hasHalf/half.

/** The high word after one step, given the old words and the new low word newLo = sLo * MUL_LO + iLo. */
@inline function nextHi(sLo: u64, sHi: u64, newLo: u64, iLo: u64, iHi: u64): u64 {
  const a0 = sLo & 0xffffffff, a1 = sLo >> 32;
  const t = a0 * MUL_LO_0;
  const w1 = a1 * MUL_LO_0 + (t >> 32);
  const w2 = a0 * MUL_LO_1 + (w1 & 0xffffffff);
  return sLo * MUL_HI + (a1 * MUL_LO_1 + (w1 >> 32) + (w2 >> 32)) + iHi + <u64>(newLo < iLo) + sHi * MUL_LO;
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
 *
 * Fast lane: with the half-word buffer empty, one step feeds two draws (low
 * half, then high half, the order pcg64_next32 hands them out). If either
 * half is rejected (rare), the draw falls back to the exact one-at-a-time
 * path with the high half buffered, as NumPy would have it.
 */
export function fillBounded32(out: usize, count: i32, rng: u32, low: f64, kind: i32): void {
  // One specialised copy of the loop per store type (kind is then a constant inside).
  if (kind == 0) drawBounded(out, count, rng, <i64>low, 0, 0);
  else if (kind == 1) drawBounded(out, count, rng, <i64>low, 1, 0);
  else drawBounded(out, count, rng, <i64>low, 2, 0);
}

/**
 * The fast lane from draw i on: one step feeds draws i and i + 1 (low half,
 * high half) while both are accepted and two draws are left; the loop body
 * is written out twice (fewer loop-control instructions per step, which is
 * what limits the speed here). Returns the next draw index with the state in
 * STATE; STATE[REJECTED] is 1 if it stopped at a step with a rejected half
 * (that step's state is in STATE, its draws are not stored).
 *
 * A function of its own, with nothing live across its exits but the state,
 * so that the JIT keeps the loop's values in registers. (Exported only so
 * that binaryen does not inline it into its single caller.)
 */
@inline function fastLane(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, off: i64, kind: i32, gather: usize): i32 {
  let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
  const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
  while (i + 3 < count) {
    {
      const newLo = sLo * MUL_LO + iLo;
      sHi = nextHi(sLo, sHi, newLo, iLo, iHi);
      sLo = newLo;
      const x = xslRr(sLo, sHi);
      const m0 = (x & 0xffffffff) * rngExcl, m1 = (x >> 32) * rngExcl;
      if (min<u32>(<u32>m0, <u32>m1) < threshold) return stopRejected(sLo, sHi, i);
      putInteger(out, i, off + <i64>(m0 >> 32), kind, gather);
      putInteger(out, i + 1, off + <i64>(m1 >> 32), kind, gather);
      i += 2;
    }
    {
      const newLo = sLo * MUL_LO + iLo;
      sHi = nextHi(sLo, sHi, newLo, iLo, iHi);
      sLo = newLo;
      const x = xslRr(sLo, sHi);
      const m0 = (x & 0xffffffff) * rngExcl, m1 = (x >> 32) * rngExcl;
      if (min<u32>(<u32>m0, <u32>m1) < threshold) return stopRejected(sLo, sHi, i);
      putInteger(out, i, off + <i64>(m0 >> 32), kind, gather);
      putInteger(out, i + 1, off + <i64>(m1 >> 32), kind, gather);
      i += 2;
    }
  }
  while (i + 1 < count) {
    const newLo = sLo * MUL_LO + iLo;
    sHi = nextHi(sLo, sHi, newLo, iLo, iHi);
    sLo = newLo;
    const x = xslRr(sLo, sHi);
    const m0 = (x & 0xffffffff) * rngExcl, m1 = (x >> 32) * rngExcl;
    if (min<u32>(<u32>m0, <u32>m1) < threshold) return stopRejected(sLo, sHi, i);
    putInteger(out, i, off + <i64>(m0 >> 32), kind, gather);
    putInteger(out, i + 1, off + <i64>(m1 >> 32), kind, gather);
    i += 2;
  }
  store<u64>(STATE, sLo);
  store<u64>(STATE, sHi, 8);
  store<u32>(STATE, 0, REJECTED);
  return i;
}

@inline function stopRejected(sLo: u64, sHi: u64, i: i32): i32 {
  store<u64>(STATE, sLo);
  store<u64>(STATE, sHi, 8);
  store<u32>(STATE, 1, REJECTED);
  return i;
}

export function fastLaneI32(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, off: i64): i32 {
  return fastLane(out, i, count, rngExcl, threshold, off, 0, 0);
}
export function fastLaneF64(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, off: i64): i32 {
  return fastLane(out, i, count, rngExcl, threshold, off, 1, 0);
}
export function fastLaneI64(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, off: i64): i32 {
  return fastLane(out, i, count, rngExcl, threshold, off, 2, 0);
}
export function fastLaneGather(out: usize, i: i32, count: i32, rngExcl: u64, threshold: u32, gather: usize): i32 {
  return fastLane(out, i, count, rngExcl, threshold, 0, 3, gather);
}

/** The loop of fillBounded32; kind 3 gathers: out[i] = gather[value] (f64), for the bootstrap. */
@inline function drawBounded(out: usize, count: i32, rng: u32, off: i64, kind: i32, gather: usize): void {
  let hasHalf = load<u32>(STATE, 32), half = load<u32>(STATE, 36);
  const rngExcl: u64 = <u64>rng + 1;
  const threshold = <u32>((0x100000000 - rngExcl) % rngExcl);
  let i = 0;
  while (i < count) {
    let m: u64 = 0;
    let tried = false;
    if (!hasHalf && i + 1 < count) {
      const start = i;
      if (kind == 0) i = fastLaneI32(out, i, count, rngExcl, threshold, off);
      else if (kind == 1) i = fastLaneF64(out, i, count, rngExcl, threshold, off);
      else if (kind == 2) i = fastLaneI64(out, i, count, rngExcl, threshold, off);
      else i = fastLaneGather(out, i, count, rngExcl, threshold, gather);
      const x = xslRr(load<u64>(STATE), load<u64>(STATE, 8));
      if (load<u32>(STATE, REJECTED)) {
        // Fall back as NumPy: the low half was draw i's first try, the high half is buffered.
        hasHalf = 1;
        half = <u32>(x >> 32);
        m = (x & 0xffffffff) * rngExcl;
        tried = true;
      } else {
        // NumPy's uinteger keeps the last high half even once it is used: recompute it from the state.
        if (i > start) half = <u32>(x >> 32);
        if (i >= count) break;
      }
    }
    // One at a time (pcg64_next32), retrying while rejected.
    let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
    const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
    while (!tried || <u32>m < threshold) {
      tried = true;
      let v: u32;
      if (hasHalf) {
        hasHalf = 0;
        v = half;
      } else {
        const newLo = sLo * MUL_LO + iLo;
        sHi = nextHi(sLo, sHi, newLo, iLo, iHi);
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

@inline function putInteger(out: usize, i: i32, value: i64, kind: i32, gather: usize): void {
  if (kind == 3) store<f64>(out + (<usize>i << 3), load<f64>(gather + (<usize>value << 3)));
  else if (kind == 0) store<i32>(out + (<usize>i << 2), <i32>value);
  else if (kind == 1) store<f64>(out + (<usize>i << 3), <f64>value);
  else store<i64>(out + (<usize>i << 3), value);
}

/** random_standard_uniform_fill: (output >> 11) * 2**-53. Leaves the 32-bit buffer alone. */
export function fillRandom(out: usize, count: i32): void {
  let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
  const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
  for (let i = 0; i < count; i++) {
    const newLo = sLo * MUL_LO + iLo;
    sHi = nextHi(sLo, sHi, newLo, iLo, iHi);
    sLo = newLo;
    store<f64>(out + (<usize>i << 3), <f64>(xslRr(sLo, sHi) >> 11) * 1.1102230246251565e-16);
  }
  store<u64>(STATE, sLo);
  store<u64>(STATE, sHi, 8);
}

/** random_raw: raw 64-bit outputs. */
export function fillRaw(out: usize, count: i32): void {
  let sLo = load<u64>(STATE), sHi = load<u64>(STATE, 8);
  const iLo = load<u64>(STATE, 16), iHi = load<u64>(STATE, 24);
  for (let i = 0; i < count; i++) {
    const newLo = sLo * MUL_LO + iLo;
    sHi = nextHi(sLo, sHi, newLo, iLo, iHi);
    sLo = newLo;
    store<u64>(out + (<usize>i << 3), xslRr(sLo, sHi));
  }
  store<u64>(STATE, sLo);
  store<u64>(STATE, sHi, 8);
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
 * The fused bootstrap: for each of `rows` resamples, n indices drawn as
 * integers(0, n) (drawBounded: Lemire, 32-bit path) and gathered from x into
 * the scratch row, which is then summed as np.mean(axis=1) sums a row and
 * divided by n. x and row hold n doubles each; out receives `rows` means.
 * Requires 2 <= n < 2**31.
 */
export function bootstrapMeans(x: usize, n: i32, row: usize, out: usize, rows: i32): void {
  for (let b = 0; b < rows; b++) {
    drawBounded(row, n, <u32>(n - 1), 0, 3, x);
    store<f64>(out + (<usize>b << 3), reduceSum(row, n) / <f64>n);
  }
}
