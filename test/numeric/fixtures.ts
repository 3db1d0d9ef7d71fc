// Readers for test/fixtures/numeric/reductions.json (scripts/fixtures/numeric_parity.py).
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const reductions: any = JSON.parse(readFileSync(new URL("../fixtures/numeric/reductions.json", import.meta.url), "utf8"));

/** A double from its 16-hex-digit big-endian IEEE bit pattern. */
export function fromHex(hex: string): number {
  return Buffer.from(hex, "hex").readDoubleBE(0);
}

/** The fixture data: x_i = (h_i / 2**32 - 0.5) * scales[h_i % 8], evaluated exactly as the script does. */
export function data(n: number, seed: number): Float64Array {
  const scales: number[] = reductions.scales;
  const add = (seed * 40503 + 12345) % 2 ** 32;
  return Float64Array.from({ length: n }, (_, i) => {
    const h = ((Math.imul(i, 2654435761) >>> 0) + add) % 2 ** 32;
    return (h / 4294967296 - 0.5) * scales[h % 8]!;
  });
}

export function sha(a: Float64Array): string {
  return createHash("sha256").update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest("hex");
}

/** np.percentile (linear) of `x` at `q`, from a sorted copy: the reference the selection paths must reproduce. */
export function fromSortedCopy(x: Float64Array, q: number): number {
  const sorted = Float64Array.from(x).sort();
  const n = sorted.length;
  const v = (n - 1) * (q / 100);
  if (v >= n - 1) return sorted[n - 1]!;
  const p = Math.floor(v);
  const g = v - p;
  const [a, b] = [sorted[p]!, sorted[p + 1]!];
  return g >= 0.5 ? b - (b - a) * (1 - g) : a + (b - a) * g;
}
