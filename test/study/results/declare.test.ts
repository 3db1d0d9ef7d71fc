/** The engine's view of the study's results: design numbers, sets, the lazy `about` and the key families. */
import { describe, expect, it } from "vitest";
import { declareResults, designNumbers, studySets } from "../../../src/study/results/declare.js";
import { aboutStudyKeys } from "../../../src/study/results/about.js";
import { KEY_FAMILIES } from "../../../src/study/results/keyFamilies.js";
import type { StudyResultsFile, StudySizes } from "../../../src/study/results/types.js";

// Counts that differ from one another, so a count taken from the wrong list shows.
const sizes: StudySizes = {
  conditions: ["AP", "NoAP"],
  methods: ["SFT+DPO", "CAI", "RLVR"],
  scales: ["1B", "7B", "13B", "70B"],
  benchmarks: [
    { name: "BBQ", kind: "safety" },
    { name: "MMLU", kind: "capability" },
    { name: "ToxiGen", kind: "safety" },
    { name: "WMDP", kind: "safety" },
    { name: "GSM8K", kind: "capability" },
  ],
  samplesPerCell: 10,
  bootstrapResamples: 200,
  confidence: 0.9,
};

const file: StudyResultsFile = {
  schemaVersion: 1,
  tool: { name: "safety-gap", version: "0.0.0" },
  seed: 3,
  paramsHash: "ab",
  sizes,
  numbers: { "cell.7B.CAI.AP.BBQ.mean": 0.5 },
};

describe("designNumbers", () => {
  it("counts the design and takes its constants from the sizes", () => {
    expect(designNumbers(sizes)).toEqual({
      conditions: 2,
      methods: 3,
      advancedMethods: 2,
      scales: 4,
      benchmarks: 5,
      safetyBenchmarks: 3,
      capabilityBenchmarks: 2,
      configurations: 24,
      samplesPerCell: 10,
      bootstrapResamples: 200,
      confidence: 0.9,
      alpha: 1 - 0.9,
    });
  });
});

describe("studySets", () => {
  it("lists the named sets in the paper's order, and the baseline method alone", () => {
    const sets = studySets(sizes);
    expect(Object.keys(sets)).toEqual(["scales", "methods", "conditions", "benchmarks", "safetyBenchmarks", "capabilityBenchmarks", "advancedMethods", "baseline"]);
    expect(sets).toEqual({
      scales: ["1B", "7B", "13B", "70B"],
      methods: ["SFT+DPO", "CAI", "RLVR"],
      conditions: ["AP", "NoAP"],
      // Safety benchmarks first, as the design (namedSets.ts) orders them.
      benchmarks: ["BBQ", "ToxiGen", "WMDP", "MMLU", "GSM8K"],
      safetyBenchmarks: ["BBQ", "ToxiGen", "WMDP"],
      capabilityBenchmarks: ["MMLU", "GSM8K"],
      advancedMethods: ["CAI", "RLVR"],
      baseline: ["SFT+DPO"],
    });
  });
});

describe("declareResults", () => {
  it("adds sets, design numbers, a lazily made `about` and the (non-enumerable) key families to the file's fields", () => {
    const results = declareResults(file);
    expect(Object.keys(results)).toEqual(["schemaVersion", "tool", "seed", "paramsHash", "sizes", "numbers", "sets", "design", "about"]);
    expect(results.sets).toEqual(studySets(sizes));
    expect(results.design).toEqual(designNumbers(sizes));
    expect(results.about).toEqual(aboutStudyKeys(file));
    // Made once, then the same object on every read.
    expect(results.about).toBe(results.about);
    expect(results.keyFamilies).toBe(KEY_FAMILIES);
    expect(Object.getOwnPropertyDescriptor(results, "keyFamilies")?.enumerable).toBe(false);
    expect(JSON.parse(JSON.stringify(results))).not.toHaveProperty("keyFamilies");
  });
});
