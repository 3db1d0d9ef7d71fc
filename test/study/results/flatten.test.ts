/** Analysis -> the flat `numbers`: one key per leaf and sub-leaf of the key families, sorted. */
import { describe, expect, it } from "vitest";
import type { Analysis, Estimate, MethodSummary } from "../../../src/study/analyze/types.js";
import { flattenAnalysis } from "../../../src/study/results/flatten.js";

const est = (value: number): Estimate => ({ value, ciLow: value - 0.1, ciHigh: value + 0.1, se: 0.01 });
const summary: MethodSummary = {
  apSafety: { value: 0.7, se: 0.02 },
  noapSafety: { value: 0.5, se: 0.03 },
  apCap: { value: 0.6, se: 0.04 },
  noapCap: { value: 0.61, se: 0.05 },
  safetyGap: est(0.2),
  tax: est(-0.01),
  retention: est(1),
  delta: est(0),
};

const analysis = (): Analysis => ({
  cells: new Map([["7B.CAI.AP.BBQ", { mean: 0.7, sd: 0.1, se: 0.03 }]]),
  comparisons: new Map([["7B.CAI.BBQ", { diff: 0.2, t: 2, df: 17, p: 0.06, log10p: -1.2, d: 0.9, se: 0.1, ciLow: 0.05, ciHigh: 0.35 }]]),
  summaries: new Map([["7B.CAI", summary]]),
});

describe("flattenAnalysis", () => {
  it("writes every leaf, an estimate's value as the leaf and its fields as sub-leaves, keys sorted", () => {
    const n = flattenAnalysis(analysis());
    expect(n).toEqual({
      "cell.7B.CAI.AP.BBQ.mean": 0.7,
      "cell.7B.CAI.AP.BBQ.sd": 0.1,
      "cell.7B.CAI.AP.BBQ.se": 0.03,
      "cmp.7B.CAI.BBQ.ciHigh": 0.35,
      "cmp.7B.CAI.BBQ.ciLow": 0.05,
      "cmp.7B.CAI.BBQ.d": 0.9,
      "cmp.7B.CAI.BBQ.df": 17,
      "cmp.7B.CAI.BBQ.diff": 0.2,
      "cmp.7B.CAI.BBQ.log10p": -1.2,
      "cmp.7B.CAI.BBQ.p": 0.06,
      "cmp.7B.CAI.BBQ.se": 0.1,
      "cmp.7B.CAI.BBQ.t": 2,
      "summary.7B.CAI.apCap": 0.6,
      "summary.7B.CAI.apCap.se": 0.04,
      "summary.7B.CAI.apSafety": 0.7,
      "summary.7B.CAI.apSafety.se": 0.02,
      "summary.7B.CAI.delta": 0,
      "summary.7B.CAI.delta.ciHigh": 0.1,
      "summary.7B.CAI.delta.ciLow": -0.1,
      "summary.7B.CAI.delta.se": 0.01,
      "summary.7B.CAI.noapCap": 0.61,
      "summary.7B.CAI.noapCap.se": 0.05,
      "summary.7B.CAI.noapSafety": 0.5,
      "summary.7B.CAI.noapSafety.se": 0.03,
      "summary.7B.CAI.retention": 1,
      "summary.7B.CAI.retention.ciHigh": 1.1,
      "summary.7B.CAI.retention.ciLow": 0.9,
      "summary.7B.CAI.retention.se": 0.01,
      "summary.7B.CAI.safetyGap": 0.2,
      "summary.7B.CAI.safetyGap.ciHigh": 0.30000000000000004,
      "summary.7B.CAI.safetyGap.ciLow": 0.1,
      "summary.7B.CAI.safetyGap.se": 0.01,
      "summary.7B.CAI.tax": -0.01,
      "summary.7B.CAI.tax.ciHigh": 0.09000000000000001,
      "summary.7B.CAI.tax.ciLow": -0.11,
      "summary.7B.CAI.tax.se": 0.01,
    });
    expect(Object.keys(n)).toEqual(Object.keys(n).sort());
  });

  it("names the leaf (and sub-leaf) that has no number", () => {
    const noLeaf = analysis();
    noLeaf.cells.set("7B.CAI.AP.BBQ", { mean: 0.7, sd: 0.1, se: "0.03" } as never);
    expect(() => flattenAnalysis(noLeaf)).toThrow(new TypeError("results: no number for se"));
    const noValue = analysis();
    noValue.summaries.set("7B.CAI", { ...summary, tax: { ...est(0), value: "0" } } as never);
    expect(() => flattenAnalysis(noValue)).toThrow(new TypeError("results: no number for tax"));
    const noSub = analysis();
    noSub.summaries.set("7B.CAI", { ...summary, retention: { value: 1, ciLow: 0.9, ciHigh: 1.1 } } as never);
    expect(() => flattenAnalysis(noSub)).toThrow(new TypeError("results: no number for retention.se"));
  });
});
