import { describe, expect, it } from "vitest";
import { designOfSizes, namedSets } from "../../../src/study/results/namedSets.js";

describe("namedSets(design)", () => {
  it("names the design's lists; advancedMethods are all but the baseline, benchmarks safety then capability", () => {
    const sets = namedSets({
      methods: ["A", "Base", "C"],
      baseline: "Base",
      scales: ["1B", "7B"],
      conditions: ["T", "C"],
      safetyBenchmarks: ["S1", "S2"],
      capabilityBenchmarks: ["K1"],
    });
    expect(sets).toEqual({
      methods: ["A", "Base", "C"],
      advancedMethods: ["A", "C"],
      scales: ["1B", "7B"],
      conditions: ["T", "C"],
      safetyBenchmarks: ["S1", "S2"],
      capabilityBenchmarks: ["K1"],
      benchmarks: ["S1", "S2", "K1"],
    });
  });
});

describe("designOfSizes(sizes)", () => {
  const sizes = {
    conditions: ["AP", "NoAP"],
    methods: ["SFT", "CAI", "DPO"],
    scales: ["7B"],
    benchmarks: [
      { name: "MMLU", kind: "capability" as const },
      { name: "BBQ", kind: "safety" as const },
      { name: "GSM", kind: "capability" as const },
      { name: "TQA", kind: "safety" as const },
    ],
    samplesPerCell: 4,
    bootstrapResamples: 10,
    confidence: 0.9,
  };

  it("takes the first method as the baseline and splits the benchmarks by kind, in order", () => {
    expect(designOfSizes(sizes)).toEqual({
      methods: ["SFT", "CAI", "DPO"],
      baseline: "SFT",
      scales: ["7B"],
      conditions: ["AP", "NoAP"],
      safetyBenchmarks: ["BBQ", "TQA"],
      capabilityBenchmarks: ["MMLU", "GSM"],
    });
  });

  it("has an empty baseline when there are no methods", () => {
    expect(designOfSizes({ ...sizes, methods: [] }).baseline).toBe("");
  });
});
