/**
 * Cases where a one-character slip in src/numeric changes the bits: NumPy's
 * values (test/fixtures/numeric/edge_cases.json, scripts/fixtures/numeric_edge_cases.py)
 * and, for the order statistics, the sorted data read as np.percentile reads it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pairwiseSum, percentile } from "../../src/numeric/index.js";
import { selectInPlace } from "../../src/numeric/selectInPlace.js";
import { fromHex, fromSortedCopy } from "./fixtures.js";

interface EdgeCases {
  sums8: { x: string[]; sum: string; naive: string }[];
  signed_zeros: { name: string; x: string[]; q: number[]; p: string[] }[];
}
const edge = JSON.parse(readFileSync(new URL("../fixtures/numeric/edge_cases.json", import.meta.url), "utf8")) as EdgeCases;

describe("pairwiseSum of exactly 8 values (NumPy's 8-accumulator block, not a left-to-right sum)", () => {
  for (const c of edge.sums8) {
    it(`[${c.x.map(fromHex).join(", ")}] equals np.sum, not the naive sum`, () => {
      const x = Float64Array.from(c.x.map(fromHex));
      expect(pairwiseSum(x)).toBe(fromHex(c.sum));
      expect(fromHex(c.sum)).not.toBe(fromHex(c.naive));
    });
  }
});

describe("percentile of data holding both -0 and +0", () => {
  for (const c of edge.signed_zeros) {
    it(`[${c.name}] at q ${c.q.join(", ")} equals np.percentile, sign of zero included`, () => {
      const got = Array.from(percentile(Float64Array.from(c.x.map(fromHex)), c.q), (v) => (Object.is(v, -0) ? "-0" : String(v)));
      expect(got).toEqual(c.p.map((h) => (Object.is(fromHex(h), -0) ? "-0" : String(fromHex(h)))));
    });
  }
});

describe("percentile: every order statistic it reads, for short arrays (TypeScript selection) and long ones (the kernel's)", () => {
  // Deterministic data with many ties (values from a small set) and without: each n, a set of
  // quantiles that reads adjacent, shared and end order statistics from both ends.
  let state = 12345;
  const next = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
  const qsets = [[0, 0.5], [5, 5.2], [50, 50.5], [80, 80.3, 99.5], [95, 100], [0, 1, 2, 97, 98, 99, 100], [30, 31, 32, 33, 34, 35]];
  for (const n of [2, 3, 4, 5, 8, 13, 20, 21, 64, 100, 255, 256, 300, 700, 1500]) {
    it(`n ${n}`, () => {
      for (const ties of [false, true]) {
        for (let rep = 0; rep < 4; rep++) {
          const x = Float64Array.from({ length: n }, () => (ties ? Math.floor(next() * 5) : next() * 2 - 1));
          for (const qs of qsets) {
            expect(Array.from(percentile(x, qs)), `n ${n}, ties ${ties}, q ${qs.join(",")}`).toEqual(qs.map((q) => fromSortedCopy(x, q)));
          }
        }
      }
    });
  }
});

describe("selectInPlace when its pass budget runs out (the rest of the range is sorted)", () => {
  it("still puts the k-th smallest at k, the smaller values before it and the larger after", () => {
    // 14 values whose pivots a[k] keep landing far from k: the budget (2 * ceil(log2(16)) = 8 passes) runs out first.
    const a = Float64Array.of(33, 93, 57, 54, 34, 64, 84, 38, 68, 20, 32, 94, 54, 91);
    selectInPlace(a, 9);
    expect(a[9]).toBe(68);
    expect(Array.from(a.subarray(0, 9)).sort((x, y) => x - y)).toEqual([20, 32, 33, 34, 38, 54, 54, 57, 64]);
    expect(Array.from(a.subarray(10)).sort((x, y) => x - y)).toEqual([84, 91, 93, 94]);
  });
});
