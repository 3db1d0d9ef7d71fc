import { decompose, roundToDouble } from "./roundToDouble.js";

/**
 * fma(a, b, c): a * b + c rounded once (round-half-even), like the x86-64
 * `vfmadd` instructions of glibc's FMA builds. JavaScript has no fused
 * multiply-add, so the exact value is formed with BigInt and rounded by
 * hand: slow (~microseconds) but only the rare ziggurat tail needs it.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c) || c === 0) {
    // Infinities, NaN and c = 0: no cancellation to resolve (c === 0 rounds the product once: p).
    return c === 0 && Number.isFinite(p) && p !== 0 ? p : p + c;
  }
  // A zero factor needs no case of its own: the exact sum below is then c itself.
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  return roundToDouble(((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e)), e);
}
