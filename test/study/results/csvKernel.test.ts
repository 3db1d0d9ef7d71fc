import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { formatSampleLines } from "../../../src/study/results/csvKernel.js";
import { defaultRng } from "../../../src/random/index.js";

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
/** The kernel's lines of one cell with an empty prefix, split; undefined when it declines. */
const lines = (x: Float64Array): string[] | undefined => {
  const bytes = formatSampleLines(new Uint8Array(0), [new Uint8Array(0)], [x], x.length);
  return bytes && new TextDecoder().decode(bytes).split("\n").slice(0, -1);
};
const expected = (x: Float64Array): string[] => Array.from(x, (v, i) => `${i},${String(v)}`);

describe("formatSampleLines(header, prefixes, cells, n) [csvKernel.wasm]", () => {
  execFileSync(process.execPath, ["scripts/dist.js"], { stdio: "inherit" });

  it("writes scores exactly as String() does: edges of its range, powers of two, neighbours of 1 and of short decimals", () => {
    const edges = [0, 1, -0, 2 ** -6, 2 ** -6 + 2 ** -58, 2 ** -5, 0.0625, 0.125, 0.25, 0.5, 0.5 - 2 ** -54, 1 - 2 ** -53, 0.1, 0.2, 0.3, 0.7, 0.9, 0.95];
    const around = edges.flatMap((v) => (v > 2 ** -6 && v < 1 ? [v, nextDown(v), nextUp(v)] : [v])).filter((v) => v === 0 || v === 1 || (v >= 2 ** -6 && v < 1));
    const x = Float64Array.from(around);
    expect(lines(x)).toEqual(expected(x));
  });

  it("agrees with String() on 400,000 random doubles of [2**-6, 1): uniform, and with random bits in each binade", () => {
    const g = defaultRng(2026);
    const uniform = g.random(200_000).map((u) => 2 ** -6 + u * (1 - 2 ** -6));
    const bits = new Float64Array(200_000);
    const words = new Uint32Array(bits.buffer);
    const raw = g.integers(0, 2 ** 32, 400_000) as Uint32Array;
    for (let i = 0; i < bits.length; i++) {
      words[2 * i] = raw[2 * i]!;
      words[2 * i + 1] = ((1017 + (raw[2 * i + 1]! % 6)) << 20) | (raw[2 * i + 1]! >>> 12);
    }
    // One comparison per line, reporting the first that differs: toEqual on 200,000-string arrays takes seconds.
    for (const x of [uniform, bits]) {
      const got = lines(x)!;
      const want = expected(x);
      expect(got).toHaveLength(want.length);
      const first = want.findIndex((w, i) => got[i] !== w);
      expect(first === -1 ? "" : `line ${first}: ${got[first]} instead of ${want[first]}`).toBe("");
    }
  });

  it("declines scores outside its range (the caller formats those in TypeScript)", () => {
    for (const v of [nextDown(2 ** -6), 1e-7, 5e-324, 1 + 2 ** -52, 2, -0.5, NaN, Infinity]) expect(lines(Float64Array.of(0.5, v))).toBeUndefined();
  });

  it("writes the header, each cell's prefix and 1- to 4-digit indices, cells of equal length only", () => {
    const a = Float64Array.from({ length: 1234 }, (_, i) => 0.5 + i / 4096);
    const b = Float64Array.of(0.25, 0.75, 1, 0, 0.125, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5).subarray(0, 13);
    const bytes = formatSampleLines(encode("h,e,a,d\n"), [encode("x,é,"), encode("")], [a, Float64Array.from({ length: 1234 }, (_, i) => b[i % 13]!)], 1234)!;
    const text = new TextDecoder().decode(bytes);
    const want = ["h,e,a,d", ...Array.from(a, (v, i) => `x,é,${i},${v}`), ...Array.from({ length: 1234 }, (_, i) => `${i},${b[i % 13]}`)].join("\n") + "\n";
    expect(text).toBe(want);
    expect(formatSampleLines(encode(""), [encode(""), encode("")], [a, b], 1234)).toBeUndefined();
  });
});

function nextUp(v: number): number {
  const f = new Float64Array([v]);
  const u = new BigUint64Array(f.buffer);
  u[0] = u[0]! + 1n;
  return f[0]!;
}
function nextDown(v: number): number {
  const f = new Float64Array([v]);
  const u = new BigUint64Array(f.buffer);
  u[0] = u[0]! - 1n;
  return f[0]!;
}
