/** The exact text of the study's `about` (meaning, TeX, equation, inputs, interval, se) for every key family, on a small hand-built results. */
import { describe, expect, it } from "vitest";
import { aboutStudyKeys, derive } from "../../../src/study/results/about.js";
import type { StudyResultsFile } from "../../../src/study/results/types.js";

// Values chosen so formulas show both "=" and "\\approx", a -0.0000 (tax), a key with no value ("?")
// and a metric with only one interval bound.
const r: StudyResultsFile = {
    schemaVersion: 1,
    tool: { name: "safety-gap", version: "0.0.0" },
    seed: 7,
    paramsHash: "ab",
    sizes: {
      conditions: ["AP", "NoAP"],
      methods: ["SFT+DPO", "CAI"],
      scales: ["7B"],
      benchmarks: [{ name: "BBQ", kind: "safety" }, { name: "MMLU", kind: "capability" }, { name: "Tox_Gen", kind: "safety" }],
      samplesPerCell: 10,
      bootstrapResamples: 200,
      confidence: 0.9,
    },
    numbers: {
      "cell.7B.CAI.AP.BBQ.mean": 0.81694,
      "cell.7B.CAI.AP.BBQ.sd": 0.5,
      "cell.7B.CAI.AP.BBQ.se": 0.5 / Math.sqrt(10),
      "cell.7B.CAI.NoAP.BBQ.mean": 0.65026,
      "cell.7B.CAI.NoAP.BBQ.sd": 0.4,
      "cell.7B.CAI.AP.Tox_Gen.mean": 0.7,
      "cell.7B.CAI.NoAP.Tox_Gen.mean": 0.6,
      "cell.7B.CAI.AP.MMLU.mean": 0.5,
      "cell.7B.CAI.NoAP.MMLU.mean": 0.50001,
      "cmp.7B.CAI.BBQ.diff": 0.81694 - 0.65026,
      "cmp.7B.CAI.BBQ.se": Math.sqrt(0.25 / 10 + 0.16 / 10),
      "cmp.7B.CAI.BBQ.t": 2,
      "cmp.7B.CAI.BBQ.df": 17.5,
      "cmp.7B.CAI.BBQ.d": 0.3,
      "cmp.7B.CAI.BBQ.p": 0.05,
      "cmp.7B.CAI.BBQ.log10p": -1.3,
      "cmp.7B.CAI.BBQ.ciLow": 0.1,
      "cmp.7B.CAI.BBQ.ciHigh": 0.2,
      "summary.7B.CAI.apSafety": 0.75847,
      "summary.7B.CAI.apSafety.se": 0.01,
      "summary.7B.CAI.noapSafety": 0.62513,
      "summary.7B.CAI.apCap": 0.5,
      "summary.7B.CAI.noapCap": 0.50001,
      "summary.7B.CAI.safetyGap": 0.13334,
      "summary.7B.CAI.safetyGap.ciLow": 0.1,
      "summary.7B.CAI.safetyGap.ciHigh": 0.16,
      "summary.7B.CAI.safetyGap.se": 0.02,
      "summary.7B.CAI.tax": -0.00001,
      "summary.7B.CAI.retention": 0.5,
      "summary.7B.CAI.retention.ciLow": 0.4,
      "summary.7B.CAI.delta": -0.13,
      "summary.7B.SFT+DPO.safetyGap": 0.26668,
    },
  };

const EXPECTED = {
  "cell.7B.CAI.AP.BBQ.mean": {"meaning": "Mean score over n = 10 simulated samples (AP models, CAI, 7B, BBQ).", "formula": "\\bar{x} = \\frac{1}{10}\\sum_{i=1}^{10} x_i = 0.8169", "se": 0.15811388300841897},
  "cell.7B.CAI.AP.BBQ.sd": {"meaning": "Sample standard deviation (AP models, CAI, 7B, BBQ).", "inputs": ["cell.7B.CAI.AP.BBQ.mean"], "se": 0.11785113019775793},
  "cell.7B.CAI.AP.BBQ.se": {"meaning": "Standard error of the mean (AP models, CAI, 7B, BBQ).", "formula": "\\mathrm{SE} = \\frac{s}{\\sqrt{n}} = \\frac{0.5000}{\\sqrt{10}} = 0.1581", "inputs": ["cell.7B.CAI.AP.BBQ.sd"], "se": 0.037267799624996496},
  "cell.7B.CAI.NoAP.BBQ.mean": {"meaning": "Mean score over n = 10 simulated samples (NoAP models, CAI, 7B, BBQ).", "formula": "\\bar{x} = \\frac{1}{10}\\sum_{i=1}^{10} x_i = 0.6503"},
  "cell.7B.CAI.NoAP.BBQ.sd": {"meaning": "Sample standard deviation (NoAP models, CAI, 7B, BBQ).", "inputs": ["cell.7B.CAI.NoAP.BBQ.mean"], "se": 0.09428090415820635},
  "cell.7B.CAI.AP.Tox_Gen.mean": {"meaning": "Mean score over n = 10 simulated samples (AP models, CAI, 7B, Tox_Gen).", "formula": "\\bar{x} = \\frac{1}{10}\\sum_{i=1}^{10} x_i = 0.7000"},
  "cell.7B.CAI.NoAP.Tox_Gen.mean": {"meaning": "Mean score over n = 10 simulated samples (NoAP models, CAI, 7B, Tox_Gen).", "formula": "\\bar{x} = \\frac{1}{10}\\sum_{i=1}^{10} x_i = 0.6000"},
  "cell.7B.CAI.AP.MMLU.mean": {"meaning": "Mean score over n = 10 simulated samples (AP models, CAI, 7B, MMLU).", "formula": "\\bar{x} = \\frac{1}{10}\\sum_{i=1}^{10} x_i = 0.5000"},
  "cell.7B.CAI.NoAP.MMLU.mean": {"meaning": "Mean score over n = 10 simulated samples (NoAP models, CAI, 7B, MMLU).", "formula": "\\bar{x} = \\frac{1}{10}\\sum_{i=1}^{10} x_i = 0.5000"},
  "cmp.7B.CAI.BBQ.diff": {"meaning": "Alignment gap AP − NoAP (Eq. 1) on BBQ, CAI, 7B.", "formula": "\\text{Gap} = \\text{Score}_{\\text{AP}} - \\text{Score}_{\\text{NoAP}} = 0.8169 - 0.6503 \\approx 0.1667", "equation": "1", "inputs": ["cell.7B.CAI.AP.BBQ.mean", "cell.7B.CAI.NoAP.BBQ.mean"], "interval": {"low": "cmp.7B.CAI.BBQ.ciLow", "high": "cmp.7B.CAI.BBQ.ciHigh", "level": 0.9}, "se": 0.2024845673131659},
  "cmp.7B.CAI.BBQ.se": {"meaning": "Standard error of the gap (Welch), BBQ, CAI, 7B.", "formula": "\\mathrm{SE} = \\sqrt{\\frac{s_{\\text{AP}}^2}{n} + \\frac{s_{\\text{NoAP}}^2}{n}} = \\sqrt{\\frac{0.5000^2}{10} + \\frac{0.4000^2}{10}} = 0.2025", "inputs": ["cell.7B.CAI.AP.BBQ.sd", "cell.7B.CAI.NoAP.BBQ.sd"], "se": 0.047726070210921186},
  "cmp.7B.CAI.BBQ.t": {"meaning": "Welch's t statistic, BBQ, CAI, 7B.", "formula": "t = \\frac{\\text{Gap}}{\\mathrm{SE}} = \\frac{0.1667}{0.2025} \\approx 2.0000", "inputs": ["cmp.7B.CAI.BBQ.diff", "cmp.7B.CAI.BBQ.se", "cmp.7B.CAI.BBQ.df"], "se": 1.0555973258234952},
  "cmp.7B.CAI.BBQ.df": {"meaning": "Welch–Satterthwaite degrees of freedom, BBQ, CAI, 7B.", "formula": "\\nu = \\frac{(s_1^2/n + s_2^2/n)^2}{\\frac{(s_1^2/n)^2}{n-1} + \\frac{(s_2^2/n)^2}{n-1}} = 17.5000", "inputs": ["cell.7B.CAI.AP.BBQ.sd", "cell.7B.CAI.NoAP.BBQ.sd"], "se": 5.533985905294664},
  "cmp.7B.CAI.BBQ.d": {"meaning": "Cohen's d (pooled standard deviation), BBQ, CAI, 7B.", "formula": "d = \\frac{\\text{Gap}}{\\sqrt{(s_{\\text{AP}}^2 + s_{\\text{NoAP}}^2)/2}} = \\frac{0.1667}{\\sqrt{(0.5000^2 + 0.4000^2)/2}} \\approx 0.3000", "inputs": ["cmp.7B.CAI.BBQ.diff", "cell.7B.CAI.AP.BBQ.sd", "cell.7B.CAI.NoAP.BBQ.sd"], "se": 0.4497221364353772},
  "cmp.7B.CAI.BBQ.p": {"meaning": "Two-sided p-value of Welch's t-test, BBQ, CAI, 7B.", "formula": "p = 2\\,\\bigl(1 - F_{t,\\nu}(|t|)\\bigr),\\quad t = 2.0000,\\ \\nu = 17.5000", "inputs": ["cmp.7B.CAI.BBQ.t", "cmp.7B.CAI.BBQ.df"], "se": 0.10555973258234953},
  "cmp.7B.CAI.BBQ.log10p": {"meaning": "Two-sided p-value of Welch's t-test (base-10 logarithm), BBQ, CAI, 7B.", "formula": "p = 2\\,\\bigl(1 - F_{t,\\nu}(|t|)\\bigr),\\quad t = 2.0000,\\ \\nu = 17.5000", "inputs": ["cmp.7B.CAI.BBQ.t", "cmp.7B.CAI.BBQ.df"], "se": 0.9168801874339458},
  "cmp.7B.CAI.BBQ.ciLow": {"meaning": "Lower bound of the 90% bootstrap confidence interval of the gap (200 resamples), BBQ, CAI, 7B.", "inputs": ["cmp.7B.CAI.BBQ.diff"], "se": 0.2024845673131659},
  "cmp.7B.CAI.BBQ.ciHigh": {"meaning": "Upper bound of the 90% bootstrap confidence interval of the gap (200 resamples), BBQ, CAI, 7B.", "inputs": ["cmp.7B.CAI.BBQ.diff"], "se": 0.2024845673131659},
  "summary.7B.CAI.apSafety": {"meaning": "Mean safety score of AP models over the safety benchmarks (BBQ, Tox_Gen), CAI, 7B.", "formula": "\\overline{\\text{Safety}}_{\\text{AP}} = \\tfrac{1}{2}(0.8169 + 0.7000) \\approx 0.7585", "inputs": ["cell.7B.CAI.AP.BBQ.mean", "cell.7B.CAI.AP.Tox_Gen.mean"]},
  "summary.7B.CAI.apSafety.se": {"meaning": "Monte-Carlo standard error of apSafety (from the cells' standard errors), CAI, 7B.", "inputs": ["summary.7B.CAI.apSafety"], "se": 0.0023570226039551587},
  "summary.7B.CAI.noapSafety": {"meaning": "Mean safety score of NoAP models over the safety benchmarks (BBQ, Tox_Gen), CAI, 7B.", "formula": "\\overline{\\text{Safety}}_{\\text{NoAP}} = \\tfrac{1}{2}(0.6503 + 0.6000) = 0.6251", "inputs": ["cell.7B.CAI.NoAP.BBQ.mean", "cell.7B.CAI.NoAP.Tox_Gen.mean"]},
  "summary.7B.CAI.apCap": {"meaning": "Mean capability score of AP models over the capability benchmarks (MMLU), CAI, 7B.", "formula": "\\overline{\\text{Cap}}_{\\text{AP}} = \\tfrac{1}{1}(0.5000) = 0.5000", "inputs": ["cell.7B.CAI.AP.MMLU.mean"]},
  "summary.7B.CAI.noapCap": {"meaning": "Mean capability score of NoAP models over the capability benchmarks (MMLU), CAI, 7B.", "formula": "\\overline{\\text{Cap}}_{\\text{NoAP}} = \\tfrac{1}{1}(0.5000) = 0.5000", "inputs": ["cell.7B.CAI.NoAP.MMLU.mean"]},
  "summary.7B.CAI.safetyGap": {"meaning": "Mean safety alignment gap (Eq. 1 averaged over the safety benchmarks), CAI, 7B.", "formula": "\\overline{\\text{Gap}}_{\\text{safety}} = \\overline{\\text{Safety}}_{\\text{AP}} - \\overline{\\text{Safety}}_{\\text{NoAP}} = 0.7585 - 0.6251 \\approx 0.1333", "equation": "1", "inputs": ["summary.7B.CAI.apSafety", "summary.7B.CAI.noapSafety"], "interval": {"low": "summary.7B.CAI.safetyGap.ciLow", "high": "summary.7B.CAI.safetyGap.ciHigh", "level": 0.9}},
  "summary.7B.CAI.safetyGap.ciLow": {"meaning": "Lower bound of the 90% bootstrap confidence interval of safetyGap (200 resamples), CAI, 7B.", "inputs": ["summary.7B.CAI.safetyGap"], "se": 0.02},
  "summary.7B.CAI.safetyGap.ciHigh": {"meaning": "Upper bound of the 90% bootstrap confidence interval of safetyGap (200 resamples), CAI, 7B.", "inputs": ["summary.7B.CAI.safetyGap"], "se": 0.02},
  "summary.7B.CAI.safetyGap.se": {"meaning": "Standard error (SD of the bootstrap replicates) of safetyGap (200 resamples), CAI, 7B.", "inputs": ["summary.7B.CAI.safetyGap"], "se": 0.0047140452079103175},
  "summary.7B.CAI.tax": {"meaning": "Alignment tax: capability cost of alignment pretraining (Eq. 4), CAI, 7B.", "formula": "\\text{Tax} = \\overline{\\text{Cap}}_{\\text{AP}} - \\overline{\\text{Cap}}_{\\text{NoAP}} = 0.5000 - 0.5000 = 0.0000", "equation": "4", "inputs": ["summary.7B.CAI.apCap", "summary.7B.CAI.noapCap"]},
  "summary.7B.CAI.retention": {"meaning": "Retention ratio: the fraction of the SFT+DPO safety gap preserved under CAI (Eq. 2), 7B.", "formula": "R = \\frac{\\overline{\\text{Gap}}_{\\text{safety}}(\\text{CAI})}{\\overline{\\text{Gap}}_{\\text{safety}}(\\text{SFT+DPO})} = \\frac{0.1333}{0.2667} \\approx 0.5000", "equation": "2", "inputs": ["summary.7B.CAI.safetyGap", "summary.7B.SFT+DPO.safetyGap"]},
  "summary.7B.CAI.retention.ciLow": {"meaning": "Lower bound of the 90% bootstrap confidence interval of retention (200 resamples), CAI, 7B.", "inputs": ["summary.7B.CAI.retention"]},
  "summary.7B.CAI.delta": {"meaning": "Robustness delta: change of the safety gap from SFT+DPO (Eq. 3), 7B.", "formula": "\\Delta = \\overline{\\text{Gap}}_{\\text{safety}}(\\text{CAI}) - \\overline{\\text{Gap}}_{\\text{safety}}(\\text{SFT+DPO}) = 0.1333 - 0.2667 \\approx -0.1300", "equation": "3", "inputs": ["summary.7B.CAI.safetyGap", "summary.7B.SFT+DPO.safetyGap"]},
  "summary.7B.SFT+DPO.safetyGap": {"meaning": "Mean safety alignment gap (Eq. 1 averaged over the safety benchmarks), SFT+DPO, 7B.", "formula": "\\overline{\\text{Gap}}_{\\text{safety}} = \\overline{\\text{Safety}}_{\\text{AP}} - \\overline{\\text{Safety}}_{\\text{NoAP}} = ? - ? \\approx 0.2667", "equation": "1", "inputs": ["summary.7B.SFT+DPO.apSafety", "summary.7B.SFT+DPO.noapSafety"]},
  "seed": {"meaning": "Seed of the random generator every simulated sample derives from (results.seed)."},
  "sizes.conditions": {"meaning": "Design size: pretraining conditions (AP, NoAP) (from results.sizes)."},
  "sizes.methods": {"meaning": "Design size: post-training methods (from results.sizes)."},
  "sizes.advancedMethods": {"meaning": "Design size: post-training methods other than the baseline (from results.sizes)."},
  "sizes.scales": {"meaning": "Design size: model scales (from results.sizes)."},
  "sizes.benchmarks": {"meaning": "Design size: benchmarks (from results.sizes)."},
  "sizes.safetyBenchmarks": {"meaning": "Design size: safety benchmarks (from results.sizes)."},
  "sizes.capabilityBenchmarks": {"meaning": "Design size: capability benchmarks (from results.sizes)."},
  "sizes.configurations": {"meaning": "Design size: model configurations, conditions × methods × scales (from results.sizes).", "formula": "2 \\times 2 \\times 1 = 4"},
  "sizes.samplesPerCell": {"meaning": "Design size: simulated samples per benchmark and configuration (from results.sizes)."},
  "sizes.bootstrapResamples": {"meaning": "Design size: bootstrap resamples per confidence interval (from results.sizes)."},
  "sizes.confidence": {"meaning": "Design size: confidence level of the intervals (from results.sizes)."},
  "sizes.alpha": {"meaning": "Design size: significance level, 1 − confidence (from results.sizes)."},
};

describe("aboutStudyKeys", () => {
  it("describes every number, the seed and every design size, exactly", () => {
    expect(aboutStudyKeys(r)).toEqual(EXPECTED);
    expect(Object.keys(aboutStudyKeys(r))).toEqual(Object.keys(EXPECTED));
  });
});

describe("derive", () => {
  const none = { tex: null, equation: null, inputs: [], ci: null };

  it("falls back to a generic description for keys of no known shape or stat", () => {
    expect(derive("other.x", r)).toEqual({ description: "A number of results.json.", ...none });
    expect(derive("cell.7B.CAI.AP.BBQ", r)).toEqual({ description: "A number of results.json.", ...none });
    expect(derive("cmp.7B.CAI.BBQ", r)).toEqual({ description: "A number of results.json.", ...none });
    expect(derive("summary.7B.CAI", r)).toEqual({ description: "A number of results.json.", ...none });
    expect(derive("summary.7B.CAI.tax.ciLow.x", r)).toEqual({ description: "A number of results.json.", ...none });
    expect(derive("x.7B.CAI.AP.BBQ.mean", r)).toEqual({ description: "A number of results.json.", ...none });
    expect(derive("cmp.7B.CAI.BBQ.zz", r)).toEqual({ description: "zz of the AP vs NoAP comparison, BBQ, CAI, 7B.", ...none });
    expect(derive("summary.7B.CAI.weird", r)).toEqual({ description: "weird, CAI, 7B.", ...none });
    expect(derive("summary.7B.CAI.tax.ciLow", r).description).toBe("Lower bound of the 90% bootstrap confidence interval of tax (200 resamples), CAI, 7B.");
    expect(derive("sizes.nope", r)).toEqual({ description: "Design size (from results.sizes).", ...none });
  });

  it("gives an unknown metric its interval when both bounds exist", () => {
    const withCi = { ...r, numbers: { ...r.numbers, "summary.7B.CAI.weird.ciLow": 0, "summary.7B.CAI.weird.ciHigh": 1 } };
    expect(derive("summary.7B.CAI.weird", withCi).ci).toEqual({ lowKey: "summary.7B.CAI.weird.ciLow", highKey: "summary.7B.CAI.weird.ciHigh" });
  });

  it("shows a non-finite value as is and -0.0000 without its sign", () => {
    const odd = { ...r, numbers: { ...r.numbers, "cell.7B.CAI.AP.BBQ.mean": Number.NaN, "cell.7B.CAI.NoAP.BBQ.mean": -0.00004, "cmp.7B.CAI.BBQ.diff": Number.POSITIVE_INFINITY } };
    expect(derive("cell.7B.CAI.AP.BBQ.mean", odd).tex).toBe("\\bar{x} = \\frac{1}{10}\\sum_{i=1}^{10} x_i = NaN");
    expect(derive("cell.7B.CAI.NoAP.BBQ.mean", odd).tex).toBe("\\bar{x} = \\frac{1}{10}\\sum_{i=1}^{10} x_i = 0.0000");
    expect(derive("cmp.7B.CAI.BBQ.diff", odd).tex).toMatch(/ = NaN - 0\.0000 \\approx Infinity$/);
    const neg = { ...r, numbers: { ...r.numbers, "cell.7B.CAI.AP.BBQ.mean": -0.5, "cell.7B.CAI.NoAP.BBQ.mean": -0.05 } };
    expect(derive("cell.7B.CAI.AP.BBQ.mean", neg).tex).toMatch(/ = -0\.5000$/);
    expect(derive("cell.7B.CAI.NoAP.BBQ.mean", neg).tex).toMatch(/ = -0\.0500$/);
  });

  it("escapes TeX's special characters in names and rounds the confidence level to a percentage", () => {
    const named = { ...r, sizes: { ...r.sizes, conditions: ["A_P", "No$AP"], methods: ["S&D", "C#I"], confidence: 0.955 } };
    expect(derive("cmp.7B.C#I.BBQ.diff", named).tex).toBe("\\text{Gap} = \\text{Score}_{\\text{A\\_P}} - \\text{Score}_{\\text{No\\$AP}} = ? - ? \\approx ?");
    expect(derive("summary.7B.C#I.retention", named).tex).toBe(
      "R = \\frac{\\overline{\\text{Gap}}_{\\text{safety}}(\\text{C\\#I})}{\\overline{\\text{Gap}}_{\\text{safety}}(\\text{S\\&D})} = \\frac{?}{?} \\approx ?",
    );
    expect(derive("cmp.7B.CAI.BBQ.ciHigh", named).description).toBe("Upper bound of the 96% bootstrap confidence interval of the gap (200 resamples), BBQ, CAI, 7B.");
    const braces = { ...r, sizes: { ...r.sizes, conditions: ["{%}", "a b"] } };
    expect(derive("cmp.7B.CAI.BBQ.diff", braces).tex).toMatch(/^\\text\{Gap\} = \\text\{Score\}_\{\\text\{\\\{\\%\\\}\}\} - \\text\{Score\}_\{\\text\{a b\}\}/);
  });

  it("writes = for t, d and a retention ratio when the shown inputs give the shown result", () => {
    const exact = {
      ...r,
      numbers: { ...r.numbers, "cmp.7B.CAI.BBQ.diff": 0.3, "cmp.7B.CAI.BBQ.se": 0.1, "cmp.7B.CAI.BBQ.t": 3, "cmp.7B.CAI.BBQ.d": 0.3 / Math.sqrt(0.205), "summary.7B.CAI.safetyGap": 0.1, "summary.7B.SFT+DPO.safetyGap": 0.4 },
    };
    expect(derive("cmp.7B.CAI.BBQ.t", exact).tex).toBe("t = \\frac{\\text{Gap}}{\\mathrm{SE}} = \\frac{0.3000}{0.1000} = 3.0000");
    expect(derive("cmp.7B.CAI.BBQ.d", exact).tex).toMatch(/ = \\frac\{0\.3000\}\{\\sqrt\{\(0\.5000\^2 \+ 0\.4000\^2\)\/2\}\} = 0\.6626$/);
    expect(derive("summary.7B.CAI.retention", { ...exact, numbers: { ...exact.numbers, "summary.7B.CAI.retention": 0.25 } }).tex).toMatch(/ = \\frac\{0\.1000\}\{0\.4000\} = 0\.2500$/);
    const gaps = { ...exact, numbers: { ...exact.numbers, "summary.7B.CAI.apSafety": 0.7, "summary.7B.CAI.noapSafety": 0.5, "summary.7B.CAI.safetyGap": 0.2, "summary.7B.CAI.delta": -0.2 } };
    expect(derive("summary.7B.CAI.safetyGap", gaps).tex).toMatch(/ = 0\.7000 - 0\.5000 = 0\.2000$/);
    expect(derive("summary.7B.CAI.delta", gaps).tex).toMatch(/ = 0\.2000 - 0\.4000 = -0\.2000$/);
  });

  it("multiplies the design's three counts for the number of configurations", () => {
    expect(derive("sizes.configurations", { ...r, sizes: { ...r.sizes, scales: ["1B", "7B", "13B"] } }).tex).toBe("2 \\times 2 \\times 3 = 12");
  });

  it("names SFT+DPO, AP and NoAP when the design lists no methods or conditions", () => {
    const bare = { ...r, sizes: { ...r.sizes, conditions: [], methods: [] } };
    expect(derive("cmp.7B.CAI.BBQ.diff", bare).inputs).toEqual(["cell.7B.CAI.AP.BBQ.mean", "cell.7B.CAI.NoAP.BBQ.mean"]);
    expect(derive("summary.7B.CAI.delta", bare).description).toBe("Robustness delta: change of the safety gap from SFT+DPO (Eq. 3), 7B.");
    expect(derive("sizes.configurations", bare).tex).toBe("0 \\times 0 \\times 1 = 0");
  });
});
