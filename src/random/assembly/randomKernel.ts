// The WebAssembly kernel of src/random (AssemblyScript, compiled by
// scripts/dist.js to dist/wasm/randomKernel.wasm). It runs NumPy's PCG64 hot
// loops with native 64-bit integers: filling `integers` and `random` arrays
// and the fused bootstrap. The generator state lives in JavaScript (PCG64);
// wasmKernel.ts copies it into STATE before each call and back after, so a
// mix of TypeScript and wasm calls stays one exact NumPy stream.
//
// STATE layout (little-endian): u64 state low, u64 state high, u64 inc low,
// u64 inc high, u32 has_uint32, u32 uinteger.

// PCG_DEFAULT_MULTIPLIER_128 (numpy/random/src/pcg64/pcg64.h), as halves.
const MUL_HI: u64 = 0x2360ed051fc65da4;
const MUL_LO: u64 = 0x4385df649fccf645;
const MUL_LO_0: u64 = MUL_LO & 0xffffffff;
const MUL_LO_1: u64 = MUL_LO >> 32;

const STATE: usize = memory.data(48, 16);

/** Where JavaScript writes the PCG64 state. */
export function stateAddress(): usize {
  return STATE;
}

/** The first free byte after static data, 16-aligned: JavaScript lays out arrays from here. */
export function heapStart(): usize {
  return (__heap_base + 15) & ~(<usize>15);
}

// The 128-bit LCG step lives in module globals that each export loads from
// STATE and stores back; Binaryen keeps them in locals inside the loops.
let lo: u64 = 0;
let hi: u64 = 0;
let incLo: u64 = 0;
let incHi: u64 = 0;
let has: u32 = 0;
let buf: u32 = 0;

@inline function loadState(): void {
  lo = load<u64>(STATE);
  hi = load<u64>(STATE, 8);
  incLo = load<u64>(STATE, 16);
  incHi = load<u64>(STATE, 24);
  has = load<u32>(STATE, 32);
  buf = load<u32>(STATE, 36);
}

@inline function storeState(): void {
  store<u64>(STATE, lo);
  store<u64>(STATE, hi, 8);
  store<u32>(STATE, has, 32);
  store<u32>(STATE, buf, 36);
}

/**
 * pcg64_random_r: state = state * MUL + inc (mod 2**128), then XSL-RR.
 * Wasm has no 64x64->128 multiply, so the high word of lo * MUL_LO is built
 * from 32-bit halves (the other cross products only need their low 64 bits).
 */
@inline function next64(): u64 {
  const a0 = lo & 0xffffffff;
  const a1 = lo >> 32;
  const t = a0 * MUL_LO_0;
  const w1 = a1 * MUL_LO_0 + (t >> 32);
  const w2 = a0 * MUL_LO_1 + (w1 & 0xffffffff);
  const mulHigh = a1 * MUL_LO_1 + (w1 >> 32) + (w2 >> 32);
  const newLo = lo * MUL_LO + incLo;
  const carry: u64 = newLo < incLo ? 1 : 0;
  hi = hi * MUL_LO + lo * MUL_HI + mulHigh + incHi + carry;
  lo = newLo;
  return rotr<u64>(hi ^ lo, hi >> 58);
}

/** pcg64_next32: low half of a fresh output, the high half buffered for the next call. */
@inline function next32(): u32 {
  if (has) {
    has = 0;
    return buf;
  }
  const x = next64();
  has = 1;
  buf = <u32>(x >> 32);
  return <u32>x;
}

/**
 * buffered_bounded_lemire_uint32 (distributions.c) for rng <= 2**32 - 1.
 * NumPy rejects while leftover < threshold, checked only once leftover <
 * rng + 1; threshold < rng + 1 always, so testing the threshold alone is the
 * same. rng = 2**32 - 1 gives threshold 0 and m >> 32 = the raw word, which
 * is NumPy's buffered_uint32 special case.
 */
@inline function bounded32(rngExcl: u64, threshold: u32): u32 {
  let m = <u64>next32() * rngExcl;
  while (<u32>m < threshold) m = <u64>next32() * rngExcl;
  return <u32>(m >> 32);
}

/**
 * random_bounded_uint64_fill, 32-bit branch: `count` values low + [0, rng]
 * at `out`, stored as i32 (kind 0: Int32Array or Uint32Array), f64 (kind 1)
 * or i64 (kind 2).
 */
export function fillBounded32(out: usize, count: i32, rng: u32, low: f64, kind: i32): void {
  loadState();
  const rngExcl: u64 = <u64>rng + 1;
  const threshold = <u32>((0x100000000 - rngExcl) % rngExcl);
  const off = <i64>low;
  if (kind == 0) {
    const off32 = <u32>off;
    for (let i = 0; i < count; i++) store<u32>(out + (<usize>i << 2), off32 + bounded32(rngExcl, threshold));
  } else if (kind == 1) {
    for (let i = 0; i < count; i++) store<f64>(out + (<usize>i << 3), <f64>(off + <i64>bounded32(rngExcl, threshold)));
  } else {
    for (let i = 0; i < count; i++) store<i64>(out + (<usize>i << 3), off + <i64>bounded32(rngExcl, threshold));
  }
  storeState();
}

/** random_standard_uniform_fill: (next64 >> 11) * 2**-53. Leaves the 32-bit buffer alone. */
export function fillRandom(out: usize, count: i32): void {
  loadState();
  for (let i = 0; i < count; i++) store<f64>(out + (<usize>i << 3), <f64>(next64() >> 11) * 1.1102230246251565e-16);
  storeState();
}

/** random_raw: raw 64-bit outputs. */
export function fillRaw(out: usize, count: i32): void {
  loadState();
  for (let i = 0; i < count; i++) store<u64>(out + (<usize>i << 3), next64());
  storeState();
}

/** pairwise_sum_DOUBLE (numpy/core/src/umath/loops_utils.h.src) over n doubles at p. */
function pairwise(p: usize, n: i32): f64 {
  if (n < 8) {
    let res: f64 = 0;
    for (let i = 0; i < n; i++) res += load<f64>(p + (<usize>i << 3));
    return res;
  }
  if (n <= 128) {
    let r0 = load<f64>(p), r1 = load<f64>(p, 8), r2 = load<f64>(p, 16), r3 = load<f64>(p, 24);
    let r4 = load<f64>(p, 32), r5 = load<f64>(p, 40), r6 = load<f64>(p, 48), r7 = load<f64>(p, 56);
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const q = p + (<usize>i << 3);
      r0 += load<f64>(q);
      r1 += load<f64>(q, 8);
      r2 += load<f64>(q, 16);
      r3 += load<f64>(q, 24);
      r4 += load<f64>(q, 32);
      r5 += load<f64>(q, 40);
      r6 += load<f64>(q, 48);
      r7 += load<f64>(q, 56);
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
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
 * integers(0, n) (Lemire, 32-bit path), the gathered values summed as
 * np.mean(axis=1) sums a row, divided by n. x and the scratch row hold n
 * doubles each; out receives `rows` means. Requires 2 <= n <= 2**32.
 */
export function bootstrapMeans(x: usize, n: i32, row: usize, out: usize, rows: i32): void {
  loadState();
  const rngExcl: u64 = <u64>n;
  const threshold = <u32>((0x100000000 - rngExcl) % rngExcl);
  for (let b = 0; b < rows; b++) {
    for (let i = 0; i < n; i++) {
      const idx = bounded32(rngExcl, threshold);
      store<f64>(row + (<usize>i << 3), load<f64>(x + (<usize>idx << 3)));
    }
    store<f64>(out + (<usize>b << 3), reduceSum(row, n) / <f64>n);
  }
  storeState();
}
