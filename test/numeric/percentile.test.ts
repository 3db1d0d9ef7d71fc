import { describe, expect, it } from "vitest";
import { percentile } from "../../src/numeric/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { data, fromHex, fromSortedCopy, reductions, sha } from "./fixtures.js";

describe("percentile(x, q)", () => {
  for (const c of reductions.percentiles) {
    it(`n ${c.n}: q ${c.q.join(", ")} equal np.percentile (linear) bit for bit`, () => {
      const x = data(c.n, c.seed);
      expect(sha(x)).toBe(c.sha);
      expect(Array.from(percentile(x, c.q as number[]))).toEqual(c.p.map(fromHex));
      expect(percentile(x, 50)).toBe(fromHex(c.p50));
    });
  }
  it("ties, infinities, NaN, negatives and signed zeros as NumPy", () => {
    for (const c of reductions.percentile_specials) {
      const got = Array.from(percentile(Float64Array.from(c.x.map(fromHex)), c.q as number[]));
      expect({ name: c.name, p: got }).toEqual({ name: c.name, p: c.p.map(fromHex) });
    }
  });
  it("matches the sorted data for quantiles reading adjacent, shared and edge order statistics, on arrays of any size", () => {
    // Selection paths: Floyd-Rivest for large ranges, the minimum scan for k right after a selected k - 1.
    let state = 1;
    const next = (): number => ((state = (state * 48271) % 2147483647) / 2147483647) * 2 - 1;
    for (const n of [1, 2, 7, 601, 602, 10000, 10001]) {
      const x = Float64Array.from({ length: n }, (_, i) => (i % 5 === 0 ? Math.round(next() * 3) : next()));
      const qs = [0, 2.5, 2.5, 50, 97.5, 99.99, 100];
      expect(Array.from(percentile(x, qs)), `n ${n}`).toEqual(qs.map((q) => fromSortedCopy(x, q)));
    }
  });
  it("does not reorder its input", () => {
    const x = new Float64Array([3, 1, 2]);
    percentile(x, 50);
    expect(Array.from(x)).toEqual([3, 1, 2]);
  });
  it("refuses q outside [0, 100], NaN q and empty input with a SafetyGapError", () => {
    expect(() => percentile([1, 2], 101)).toThrow(/range \[0, 100\]/);
    expect(() => percentile([1, 2], [-1])).toThrow(SafetyGapError);
    expect(() => percentile([1, 2], NaN)).toThrow(SafetyGapError);
    expect(() => percentile([], 50)).toThrow(SafetyGapError);
  });
});

describe("percentile(x, q) edge cases", () => {
  it("accepts q as a Float64Array like number[] (was an internal TypeError)", () => {
    const x = Float64Array.of(3, 1, 2, 10);
    expect(Array.from(percentile(x, Float64Array.of(0, 50, 100)))).toEqual(Array.from(percentile(x, [0, 50, 100])));
    expect(() => percentile(x, Float64Array.of(NaN))).toThrow(SafetyGapError);
    expect(percentile(x, new Float64Array(0)).length).toBe(0);
  });

  it("infinities, -0, denormals and huge values give what NumPy 1.24's np.percentile gives", () => {
    expect(percentile([Infinity], 50)).toBeNaN(); // _lerp: inf - inf * 0
    expect(percentile([1, Infinity], 50)).toBeNaN();
    expect(percentile([1, Infinity], 100)).toBeNaN();
    expect(percentile([-Infinity, 1], 0)).toBeNaN();
    expect(percentile([1, 2, Infinity], 25)).toBe(1.5);
    expect(Object.is(percentile([-0], 50), -0)).toBe(true);
    expect(percentile([5e-324, 1e-323], 50)).toBe(1e-323);
    expect(percentile([1e308, -1e308], 50)).toBe(-Infinity); // b - (b - a) * 0.5 with b - a overflowing, as NumPy
    expect(percentile([1e308, 1.7e308], 30)).toBe(1.2099999999999999e308);
  });
});
