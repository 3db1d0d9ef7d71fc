// The WebAssembly kernel of data/samples.csv (AssemblyScript, compiled by
// scripts/dist.js to dist/wasm/csvKernel.wasm): every line
// `<prefix><index>,<score>\n` written straight into kernel memory, the score
// as JavaScript's String(score) writes it (the shortest decimal that reads
// back to the same double, the closest one if several). JavaScript took
// ~35 ms of the main thread for the paper's 90,000 lines (String() alone
// ~120 ns a value); see src/results/csv.ts for the fallback it keeps.
//
// Scores are formatted here when they are 0, 1 or in [2**-6, 1) (all but
// clipped ones, for the paper's parameters: scores are clipped to [0, 1] and
// the model's means are far from 0); `inDomain` tells the caller, which
// formats the whole file in TypeScript otherwise.

/** Whether every one of the n doubles at p is 0, 1 or in [2**-6, 1). */
export function inDomain(p: usize, n: i32): bool {
  for (let i = 0; i < n; i++) {
    const v = load<f64>(p + (<usize>i << 3));
    if (!(v == 0 || v == 1 || (v >= 0.015625 && v < 1))) return false;
  }
  return true;
}

/**
 * One cell's lines: n scores (doubles at `scores`), each line the cell's
 * prefix (`prefixLength` bytes at `prefix`), the index, "," and the score.
 * Written at `out`; returns the byte count. One call per cell, not one for
 * the file: V8 runs a wasm function's first call on its baseline compiler
 * and switches to the optimised code from a later call on.
 */
export function formatCell(scores: usize, n: i32, prefix: usize, prefixLength: i32, out: usize): i32 {
  let at = out;
  for (let i = 0; i < n; i++) {
    memory.copy(at, prefix, prefixLength);
    at += prefixLength;
    at = writeIndex(at, i);
    store<u8>(at++, 0x2c); // ","
    at = writeScore(at, load<f64>(scores + (<usize>i << 3)));
    store<u8>(at++, 0x0a); // "\n"
  }
  return <i32>(at - out);
}

function writeIndex(at: usize, i: i32): usize {
  let digits = 1;
  for (let v = i; v >= 10; v /= 10) digits++;
  let v = i;
  for (let k = digits - 1; k >= 0; k--) {
    store<u8>(at + k, 0x30 + v % 10);
    v /= 10;
  }
  return at + digits;
}

/**
 * String(v) for v = 0, 1 or 2**-6 <= v < 1: "0." and the shortest digit
 * string that reads back to v (Steele & White's free-format digit
 * generation, with exact integers). With v = m / 2**q (m the 53-bit
 * significand, 53 <= q <= 58), the numbers below are scaled by 2**(q + 2):
 * r is what is left of v after the digits so far, and `margin` the
 * distance to the two neighbours' midpoints (half an ulp each side). When v
 * is a power of two the gap below is half as wide, but in this range those
 * are 2**-6 .. 2**-1, which end exactly after at most 6 digits, before any
 * margin matters. All stay below 10 * 2**60 < 2**64.
 *
 * Neither the inclusive-or-not question at the midpoints nor a tie between
 * two candidates can arise here: a midpoint (2m +- 1) / 2**(q + 1) and v
 * itself have 54 or more decimals, a candidate at most about 19.
 */
function writeScore(at: usize, v: f64): usize {
  if (v == 0) {
    store<u8>(at, 0x30);
    return at + 1;
  }
  if (v == 1) {
    store<u8>(at, 0x31);
    return at + 1;
  }
  const bits = reinterpret<u64>(v);
  const e = <i32>((bits >> 52) & 0x7ff) - 1075; // v = m * 2**e
  const m = (bits & 0xfffffffffffff) | 0x10000000000000;
  const shift = <u64>(-e + 2); // the scale 2**(q + 2), q = -e
  const s: u64 = <u64>1 << shift;
  let r = m << 2;
  let margin: u64 = 2;
  store<u8>(at++, 0x30); // "0"
  store<u8>(at++, 0x2e); // "."
  while (true) {
    r *= 10;
    margin *= 10;
    let d = <u32>(r >> shift);
    r &= s - 1;
    const low = r < margin; // the digits so far, with d, already read back to v
    const high = r + margin > s; // ... or with d + 1
    if (!low && !high) {
      store<u8>(at++, <u8>(0x30 + d));
      continue;
    }
    // Both: the closer one (never a tie here, see above). d + 1 is never 10: with d = 9,
    // r + margin = 10 (r' + margin') - 9s <= s, r' and margin' being the previous step's, which did not stop.
    if (high && (!low || (r << 1) > s)) d++;
    store<u8>(at++, <u8>(0x30 + d));
    return at;
  }
}

/** The first free byte after static data, 16-aligned: JavaScript lays out its arrays from here. */
export function heapStart(): usize {
  return (__heap_base + 15) & ~(<usize>15);
}
