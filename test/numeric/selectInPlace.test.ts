import { describe, expect, it } from "vitest";
import { selectInPlace } from "../../src/numeric/selectInPlace.js";
import { defaultRng } from "../../src/random/index.js";

describe("selectInPlace(a, k, lo, hi)", () => {
  it("puts the k-th smallest at k with smaller values before and larger after", () => {
    const rng = defaultRng(7);
    for (const n of [1, 2, 3, 10, 101, 1000]) {
      const data = rng.normal(0, 1, n) as Float64Array;
      const sorted = Float64Array.from(data).sort();
      for (const k of [0, n >> 1, n - 1]) {
        const a = Float64Array.from(data);
        selectInPlace(a, k);
        expect(a[k]).toBe(sorted[k]);
        for (let i = 0; i < k; i++) expect(a[i]!).toBeLessThanOrEqual(a[k]!);
        for (let i = k + 1; i < n; i++) expect(a[i]!).toBeGreaterThanOrEqual(a[k]!);
      }
    }
  });

  it("handles ties, sorted and reversed input (the pivot's worst cases)", () => {
    const n = 5000;
    for (const make of [(i: number) => i, (i: number) => n - i, () => 3, (i: number) => i % 7]) {
      const a = Float64Array.from({ length: n }, (_, i) => make(i));
      const sorted = Float64Array.from(a).sort();
      selectInPlace(a, 1234);
      expect(a[1234]).toBe(sorted[1234]);
    }
  });

  it("selects any k of a large array (the sampled-pivot path), keeping the partition", () => {
    const rng = defaultRng(11);
    const n = 20000;
    const data = rng.normal(0, 1, n) as Float64Array;
    const sorted = Float64Array.from(data).sort();
    for (const k of [0, 1, 249, 500, 9999, 10000, 19499, 19998, 19999]) {
      const a = Float64Array.from(data);
      selectInPlace(a, k);
      expect(a[k]).toBe(sorted[k]);
      let below = -Infinity;
      for (let i = 0; i < k; i++) below = Math.max(below, a[i]!);
      let above = Infinity;
      for (let i = k + 1; i < n; i++) above = Math.min(above, a[i]!);
      expect(below).toBeLessThanOrEqual(a[k]!);
      expect(above).toBeGreaterThanOrEqual(a[k]!);
    }
  });

  it("selects within a sub-range only", () => {
    const a = Float64Array.from([9, 8, 7, 3, 1, 2, 0]);
    selectInPlace(a, 4, 3, 6);
    expect(a[4]).toBe(1);
    expect([...a.subarray(0, 3)]).toEqual([9, 8, 7]);
  });
});
