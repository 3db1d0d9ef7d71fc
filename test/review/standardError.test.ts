// Monte-Carlo standard errors for every kind of key.
import { describe, expect, it } from "vitest";
import { standardErrorOf } from "../../src/review/standardError.js";
import { syntheticResults } from "./syntheticResults.js";

describe("standardErrorOf", () => {
  const r = syntheticResults();
  const n = r.sizes.samplesPerCell;
  it("uses a key's own se", () => {
    expect(standardErrorOf("cell.7B.CAI.AP.BBQ.mean", r)).toBe(r.numbers["cell.7B.CAI.AP.BBQ.se"]);
    expect(standardErrorOf("cmp.7B.CAI.BBQ.diff", r)).toBe(r.numbers["cmp.7B.CAI.BBQ.se"]);
    expect(standardErrorOf("cmp.7B.CAI.BBQ.ciLow", r)).toBe(r.numbers["cmp.7B.CAI.BBQ.se"]);
    expect(standardErrorOf("summary.7B.CAI.retention", r)).toBe(r.numbers["summary.7B.CAI.retention.se"]);
    expect(standardErrorOf("summary.7B.CAI.delta.ciHigh", r)).toBe(r.numbers["summary.7B.CAI.delta.se"]);
  });
  it("derives the rest", () => {
    const t = r.numbers["cmp.7B.CAI.BBQ.t"]!;
    expect(standardErrorOf("cmp.7B.CAI.BBQ.t", r)).toBeCloseTo(Math.sqrt(1 + (t * t) / (2 * 998)), 12);
    const d = r.numbers["cmp.7B.CAI.BBQ.d"]!;
    expect(standardErrorOf("cmp.7B.CAI.BBQ.d", r)).toBeCloseTo(Math.sqrt(2 / n + (d * d) / (4 * n)), 12);
    const se = r.numbers["cell.7B.CAI.AP.BBQ.se"]!;
    expect(standardErrorOf("summary.7B.CAI.apSafety", r)).toBeCloseTo(Math.sqrt(3 * se * se) / 3, 12);
    expect(standardErrorOf("cell.7B.CAI.AP.BBQ.sd", r)).toBeCloseTo(0.05 / Math.sqrt(2 * (n - 1)), 12);
    expect(standardErrorOf("no.such.key", r)).toBeUndefined();
  });
});
