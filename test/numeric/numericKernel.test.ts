/**
 * Long arrays' reductions and percentiles run in the wasm kernel (see
 * src/numeric/numericKernel.ts); they must give the TypeScript path's bits,
 * which the NumPy fixtures pin (percentile.test.ts, mean.test.ts).
 */
import { describe, expect, it } from "vitest";
import { mean, percentile } from "../../src/numeric/index.js";
import { KERNEL_MIN_LENGTH } from "../../src/numeric/numericKernel.js";
import { sampleVariance } from "../../src/stats/index.js";
import { defaultRng } from "../../src/random/index.js";

/** f under SAFETY_GAP_KERNEL=ts and under the default (wasm when built). */
function bothPaths<T>(f: () => T): { ts: T; wasm: T } {
  const saved = process.env.SAFETY_GAP_KERNEL;
  try {
    process.env.SAFETY_GAP_KERNEL = "ts";
    const ts = f();
    process.env.SAFETY_GAP_KERNEL = "wasm";
    return { ts, wasm: f() };
  } finally {
    if (saved === undefined) delete process.env.SAFETY_GAP_KERNEL;
    else process.env.SAFETY_GAP_KERNEL = saved;
  }
}

const g = defaultRng(77);
const QS = [0, 0.1, 2.5, 25, 50, 50.5, 97.5, 99.99, 100];
const datasets: [string, Float64Array][] = [
  ["uniform", g.random(10_000)],
  ["normal, odd length", g.standardNormal(KERNEL_MIN_LENGTH + 1)],
  ["ten values repeated", Float64Array.from(g.integers(0, 10, 4099) as Int32Array)],
  ["sorted", Float64Array.from({ length: 5000 }, (_, i) => i / 7)],
  ["reversed", Float64Array.from({ length: 5000 }, (_, i) => -i / 7)],
  ["all equal", new Float64Array(3000).fill(0.25)],
  ["only -0", new Float64Array(3000).fill(-0)],
  ["-0 and +0", Float64Array.from({ length: 3000 }, (_, i) => (i % 2 ? 0 : -0))],
  ["a NaN", Float64Array.from({ length: 3000 }, (_, i) => (i === 1234 ? NaN : i))],
  ["huge and tiny", Float64Array.from({ length: 4096 }, (_, i) => (i % 3 ? 1e300 : -1e-300) * (i + 1))],
  ["exactly the threshold", g.random(KERNEL_MIN_LENGTH)],
];

describe("percentile, mean, sampleVariance of long arrays: the wasm kernel's bits are TypeScript's", () => {
  for (const [name, x] of datasets) {
    it(`${name} (n = ${x.length})`, () => {
      const before = Float64Array.from(x);
      const p = bothPaths(() => Array.from(percentile(x, QS), String));
      expect(p.wasm).toEqual(p.ts);
      const m = bothPaths(() => String(mean(x)));
      expect(m.wasm).toBe(m.ts);
      if (x.every(Number.isFinite)) {
        const v = bothPaths(() => String(sampleVariance(x, 1)));
        expect(v.wasm).toBe(v.ts);
      }
      // The caller's array is left as it was (both paths select in a copy).
      expect(Array.from(x, String)).toEqual(Array.from(before, String));
    });
  }
});
