import { describe, expect, it } from "vitest";
import { derivedStandardError } from "../../../src/study/results/standardError.js";
import type { StudySizes } from "../../../src/study/results/types.js";

// Values are chosen so each formula comes out as a short exact number: a changed operator changes it.
function results(numbers: Record<string, number>, sizes: Partial<StudySizes> = {}) {
  return {
    numbers,
    sizes: {
      conditions: ["AP", "NoAP"],
      methods: ["SFT", "CAI"],
      scales: ["7B"],
      benchmarks: [
        { name: "BBQ", kind: "safety" as const },
        { name: "TQA", kind: "safety" as const },
        { name: "MMLU", kind: "capability" as const },
      ],
      samplesPerCell: 9,
      bootstrapResamples: 10,
      confidence: 0.95,
      ...sizes,
    },
  };
}

describe("derivedStandardError(key, results)", () => {
  it("is undefined for a key that has its own se (the se is reported instead)", () => {
    const r = results({ "summary.7B.CAI.tax": 0.5, "summary.7B.CAI.tax.se": 0.1, "cell.7B.CAI.AP.BBQ.sd": 0.8, "cell.7B.CAI.AP.BBQ.sd.se": 1 });
    expect(derivedStandardError("summary.7B.CAI.tax", r)).toBeUndefined();
    expect(derivedStandardError("cell.7B.CAI.AP.BBQ.sd", r)).toBeUndefined();
  });

  it("gives an sd or se the SE of a sample SD, |x|/sqrt(2(n-1)), even when an se of it exists", () => {
    // n = 9: sqrt(2·8) = 4.
    const r = results({ "cell.7B.CAI.AP.BBQ.sd": -2, "cell.7B.CAI.AP.BBQ.se": 0.5, "cell.7B.CAI.AP.BBQ.se.se": 7 });
    expect(derivedStandardError("cell.7B.CAI.AP.BBQ.sd", r)).toBe(0.5);
    expect(derivedStandardError("cell.7B.CAI.AP.BBQ.se", r)).toBe(0.125);
    expect(derivedStandardError("cell.7B.CAI.AP.BBQ.mean.sd", r)).toBeUndefined();
    expect(derivedStandardError("cmp.7B.CAI.BBQ.se", r)).toBeUndefined();
  });

  it("takes n - 1 as at least 1, and n as 1 when samplesPerCell is 0", () => {
    expect(derivedStandardError("cell.7B.CAI.AP.BBQ.sd", results({ "cell.7B.CAI.AP.BBQ.sd": 3 }, { samplesPerCell: 1 }))).toBe(3 / Math.SQRT2);
    expect(derivedStandardError("cell.7B.CAI.AP.BBQ.sd", results({ "cell.7B.CAI.AP.BBQ.sd": 3 }, { samplesPerCell: 0 }))).toBe(3 / Math.SQRT2);
    // d's formula divides by n itself: n = 1 gives sqrt(2 + 4/4).
    expect(derivedStandardError("cmp.7B.CAI.BBQ.d", results({ "cmp.7B.CAI.BBQ.d": 2 }, { samplesPerCell: 0 }))).toBe(Math.sqrt(3));
    // df defaults to 2(n-1): n = 3 gives df 4, t = 4: sqrt(1 + 16/8).
    expect(derivedStandardError("cmp.7B.CAI.BBQ.t", results({ "cmp.7B.CAI.BBQ.t": 4 }, { samplesPerCell: 3 }))).toBe(Math.sqrt(3));
  });

  it("gives a cell mean its cell's se", () => {
    const r = results({ "cell.7B.CAI.AP.BBQ.mean": 0.7, "cell.7B.CAI.AP.BBQ.se": 0.03 });
    expect(derivedStandardError("cell.7B.CAI.AP.BBQ.mean", r)).toBe(0.03);
    expect(derivedStandardError("cell.7B.CAI.AP.TQA.mean", r)).toBeUndefined();
    // Only under cell.: a mean elsewhere is compared exactly.
    expect(derivedStandardError("other.7B.CAI.AP.BBQ.mean", results({ "other.7B.CAI.AP.BBQ.se": 0.03 }))).toBeUndefined();
  });

  describe("a comparison cmp.<scale>.<method>.<benchmark>.*", () => {
    // n = 9, df = 8, t = 4: se(t) = sqrt(1 + 16/16) = sqrt 2.
    const r = results({
      "cmp.7B.CAI.BBQ.diff": 0.2,
      "cmp.7B.CAI.BBQ.ciLow": 0.1,
      "cmp.7B.CAI.BBQ.ciHigh": 0.3,
      "cmp.7B.CAI.BBQ.se": 0.05,
      "cmp.7B.CAI.BBQ.t": -4,
      "cmp.7B.CAI.BBQ.df": 8,
      "cmp.7B.CAI.BBQ.d": 6,
      "cmp.7B.CAI.BBQ.log10p": -3,
      "cmp.7B.CAI.BBQ.p": 0.001,
      "cmp.7B.CAI.BBQ.other": 1,
    });

    it("diff, ciLow and ciHigh move with the difference: its se", () => {
      expect(derivedStandardError("cmp.7B.CAI.BBQ.diff", r)).toBe(0.05);
      expect(derivedStandardError("cmp.7B.CAI.BBQ.ciLow", r)).toBe(0.05);
      expect(derivedStandardError("cmp.7B.CAI.BBQ.ciHigh", r)).toBe(0.05);
    });

    it("t: sqrt(1 + t²/(2·df)), with the cmp's own df", () => {
      expect(derivedStandardError("cmp.7B.CAI.BBQ.t", r)).toBe(Math.SQRT2);
      // Without a df: 2(n-1) = 16, sqrt(1 + 16/32).
      expect(derivedStandardError("cmp.7B.CAI.MMLU.t", results({ "cmp.7B.CAI.MMLU.t": 4 }))).toBe(Math.sqrt(1.5));
    });

    it("d: sqrt(2/n + d²/(4n))", () => {
      // 2/9 + 36/36 = 11/9.
      expect(derivedStandardError("cmp.7B.CAI.BBQ.d", r)).toBe(Math.sqrt(2 / 9 + 1));
    });

    it("log10p: se(t)·|t|/ln 10, and p: p·ln 10·se(log10p)", () => {
      expect(derivedStandardError("cmp.7B.CAI.BBQ.log10p", r)).toBe((Math.SQRT2 * 4) / Math.LN10);
      expect(derivedStandardError("cmp.7B.CAI.BBQ.p", r)).toBeCloseTo(0.001 * Math.SQRT2 * 4, 15);
      expect(derivedStandardError("cmp.7B.CAI.BBQ.p", r)).toBe(0.001 * Math.LN10 * ((Math.SQRT2 * 4) / Math.LN10));
    });

    it("df: df/sqrt(n)", () => {
      expect(derivedStandardError("cmp.7B.CAI.BBQ.df", r)).toBe(8 / 3);
    });

    it("is undefined when the numbers it needs are missing, and for any other key", () => {
      const bare = results({});
      for (const last of ["diff", "ciLow", "ciHigh", "t", "d", "log10p", "p", "df"]) expect(derivedStandardError(`cmp.7B.CAI.BBQ.${last}`, bare)).toBeUndefined();
      // A p without its t, and a t-derived SE without the p itself.
      expect(derivedStandardError("cmp.7B.CAI.BBQ.p", results({ "cmp.7B.CAI.BBQ.p": 0.01 }))).toBeUndefined();
      expect(derivedStandardError("cmp.7B.CAI.BBQ.p", results({ "cmp.7B.CAI.BBQ.t": 2 }))).toBeUndefined();
      expect(derivedStandardError("cmp.7B.CAI.BBQ.other", r)).toBeUndefined();
    });
  });

  describe("a summary number summary.<scale>.<method>.*", () => {
    const se = {
      "cell.7B.CAI.AP.BBQ.se": 0.3,
      "cell.7B.CAI.AP.TQA.se": 0.4,
      "cell.7B.CAI.NoAP.BBQ.se": 0.6,
      "cell.7B.CAI.NoAP.TQA.se": 0.8,
      "cell.7B.CAI.AP.MMLU.se": 0.2,
      "cell.7B.CAI.NoAP.MMLU.se": 0.1,
      "summary.7B.CAI.tax.se": 0.07,
    };

    it("a metric's ciLow and ciHigh: the metric's se", () => {
      expect(derivedStandardError("summary.7B.CAI.tax.ciLow", results(se))).toBe(0.07);
      expect(derivedStandardError("summary.7B.CAI.tax.ciHigh", results(se))).toBe(0.07);
      expect(derivedStandardError("summary.7B.CAI.delta.ciHigh", results(se))).toBeUndefined();
    });

    it("an averaged score: sqrt(Σ se²)/k over its condition's cells of its kind", () => {
      // sqrt(0.09 + 0.16) / 2 = 0.25; sqrt(0.36 + 0.64) / 2 = 0.5.
      expect(derivedStandardError("summary.7B.CAI.apSafety", results(se))).toBe(Math.sqrt(0.3 * 0.3 + 0.4 * 0.4) / 2);
      expect(derivedStandardError("summary.7B.CAI.noapSafety", results(se))).toBe(0.5);
      expect(derivedStandardError("summary.7B.CAI.apCap", results(se))).toBe(0.2);
      expect(derivedStandardError("summary.7B.CAI.noapCap", results(se))).toBe(0.1);
    });

    it("names the conditions as sizes does, AP and NoAP when it names none", () => {
      const renamed = { "cell.7B.CAI.T.MMLU.se": 0.9, "cell.7B.CAI.C.MMLU.se": 0.7 };
      expect(derivedStandardError("summary.7B.CAI.apCap", results(renamed, { conditions: ["T", "C"] }))).toBe(0.9);
      expect(derivedStandardError("summary.7B.CAI.noapCap", results(renamed, { conditions: ["T", "C"] }))).toBe(0.7);
      expect(derivedStandardError("summary.7B.CAI.apCap", results(se, { conditions: [] }))).toBe(0.2);
      expect(derivedStandardError("summary.7B.CAI.noapCap", results(se, { conditions: [] }))).toBe(0.1);
      expect(derivedStandardError("summary.7B.CAI.apSafety", results(se, { conditions: [] }))).toBe(Math.sqrt(0.3 * 0.3 + 0.4 * 0.4) / 2);
      expect(derivedStandardError("summary.7B.CAI.noapSafety", results(se, { conditions: [] }))).toBe(0.5);
    });

    it("is undefined when a cell's se is missing, no benchmark has the kind, the key is deeper, or the name is not averaged", () => {
      const { "cell.7B.CAI.AP.TQA.se": _dropped, ...missing } = se;
      expect(derivedStandardError("summary.7B.CAI.apSafety", results(missing))).toBeUndefined();
      expect(derivedStandardError("summary.7B.CAI.apCap", results(se, { benchmarks: [{ name: "BBQ", kind: "safety" }] }))).toBeUndefined();
      expect(derivedStandardError("summary.7B.CAI.x.apSafety", results(se))).toBeUndefined();
      expect(derivedStandardError("summary.7B.CAI.tax", results({ ...se, "summary.7B.CAI.tax.se": undefined as unknown as number }))).toBeUndefined();
      expect(derivedStandardError("summary.7B.CAI.toString", results(se))).toBeUndefined();
    });
  });
});
