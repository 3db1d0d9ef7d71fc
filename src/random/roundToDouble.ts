/**
 * The double nearest to m * 2**e (round-half-even, subnormals included), for
 * any BigInt m: how an exact intermediate becomes an IEEE result.
 */
export function roundToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const negative = m < 0n;
  const mag = negative ? -m : m;
  const length = mag.toString(2).length;
  // Keep 53 significant bits, or fewer in the subnormal range (lowest kept bit 2**-1074).
  const shift = Math.max(length - 53, -1074 - e);
  let q = mag;
  if (shift > 0) {
    q = mag >> BigInt(shift);
    const rem = mag - (q << BigInt(shift));
    const halfUlp = 1n << BigInt(shift - 1);
    if (rem > halfUlp || (rem === halfUlp && (q & 1n) === 1n)) q += 1n;
  }
  const k = e + Math.max(shift, 0);
  // Number(q) <= 2**53 is exact; scale in two halves so no intermediate under- or overflows.
  const half = Math.trunc(k / 2);
  const r = Number(q) * 2 ** half * 2 ** (k - half);
  return negative ? -r : r;
}

const view = new Float64Array(1);
const bits = new BigUint64Array(view.buffer);

/** x = m * 2**e with integer m (signed), for finite non-zero x. */
export function decompose(x: number): [bigint, number] {
  view[0] = x;
  const b = bits[0]!;
  const exp = Number((b >> 52n) & 0x7ffn);
  let m = b & 0xfffffffffffffn;
  if (exp !== 0) m |= 1n << 52n;
  const e = (exp === 0 ? 1 : exp) - 1075;
  return [b >> 63n ? -m : m, e];
}
