import { describe, expect, it } from "vitest";
import { pairwiseSum } from "../../src/numeric/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { data, fromHex, reductions, sha } from "./fixtures.js";

/** The wrong variant the negative control runs: a plain left-to-right sum. */
const naiveSum = (x: Float64Array): number => x.reduce((s, v) => s + v, 0);

describe("pairwiseSum(x, start, n)", () => {
  for (const c of reductions.means) {
    it(`n ${c.n} (seed ${c.seed}) equals np.sum bit for bit`, () => {
      const x = data(c.n, c.seed);
      expect(sha(x)).toBe(c.sha);
      expect(pairwiseSum(x)).toBe(fromHex(c.sum));
    });
  }
  it("sub-ranges x[start:start+n] equal np.sum of the slice", () => {
    const x = data(reductions.slices.n, reductions.slices.seed);
    for (const c of reductions.slices.cases) expect(pairwiseSum(x, c.start, c.n)).toBe(fromHex(c.sum));
  });
  it("special values (-0, inf, NaN, overflow, cancellation) as NumPy", () => {
    for (const c of reductions.specials) {
      const x = Float64Array.from(c.x.map(fromHex));
      expect({ name: c.name, sum: pairwiseSum(x) }).toEqual({ name: c.name, sum: fromHex(c.sum) });
    }
  });
  it("negative control: a naive left-to-right sum disagrees with NumPy on some fixture", () => {
    // The naive sum here is the script's naive sum, bit for bit, and differs from np.sum on the
    // same 25 of the 42 cases (every case from n = 127 on but one of the two at n = 256).
    const cases = reductions.means as { n: number; seed: number; sum: string; naive_sum: string }[];
    for (const c of cases) expect(naiveSum(data(c.n, c.seed)), `n ${c.n}`).toBe(fromHex(c.naive_sum));
    const differs = cases.filter((c) => naiveSum(data(c.n, c.seed)) !== fromHex(c.sum));
    expect(differs.map((c) => c.n)).toEqual(cases.filter((c) => c.sum !== c.naive_sum).map((c) => c.n));
    expect(differs).toHaveLength(25);
  });
  it("refuses ranges outside the array with a SafetyGapError", () => {
    expect(() => pairwiseSum(new Float64Array(3), 2, 2)).toThrow(SafetyGapError);
    expect(() => pairwiseSum(new Float64Array(3), -1)).toThrow(SafetyGapError);
    expect(pairwiseSum(new Float64Array(0))).toBe(0);
  });
});

describe("pairwiseSum(x, start, n) edge cases", () => {
  it("a range outside the array throws SafetyGapError with a hint", () => {
    try {
      pairwiseSum([1, 2], 1.5);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SafetyGapError);
      expect((e as SafetyGapError).hint).toMatch(/start and count/);
    }
  });
});
