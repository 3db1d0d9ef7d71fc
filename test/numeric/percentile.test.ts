import { describe, expect, it } from "vitest";
import { percentile } from "../../src/numeric/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { data, fromHex, reductions, sha } from "./fixtures.js";

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
