import { describe, expect, it } from "vitest";
import { mean, pairwiseSum } from "../../src/numeric/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { data, fromHex, reductions } from "./fixtures.js";

describe("mean(x)", () => {
  for (const c of reductions.means) {
    it(`n ${c.n} (seed ${c.seed}) equals np.mean bit for bit`, () => {
      expect(mean(data(c.n, c.seed))).toBe(fromHex(c.mean));
    });
  }
  it("row means of a (37, 129) matrix equal mean(axis=1) (how bootstrap means reduce)", () => {
    const { rows, n, seed, means } = reductions.row_means;
    const m = data(rows * n, seed);
    const got = Array.from({ length: rows }, (_, r) => pairwiseSum(m, r * n, n) / n);
    expect(got).toEqual(means.map(fromHex));
  });
  it("row means of a (3, 20000) matrix: rows longer than NumPy's 8192-value buffer", () => {
    const { rows, n, seed, means } = reductions.long_row_means;
    const m = data(rows * n, seed);
    expect(Array.from({ length: rows }, (_, r) => pairwiseSum(m, r * n, n) / n)).toEqual(means.map(fromHex));
  });
  it("special values as NumPy", () => {
    for (const c of reductions.specials) {
      expect({ name: c.name, mean: mean(Float64Array.from(c.x.map(fromHex))) }).toEqual({ name: c.name, mean: fromHex(c.mean) });
    }
  });
  it("refuses an empty array with a SafetyGapError", () => {
    expect(() => mean(new Float64Array(0))).toThrow(SafetyGapError);
  });
});
