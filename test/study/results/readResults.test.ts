import { describe, expect, it } from "vitest";
import { isStudyResults, readStudyResults } from "../../../src/study/results/readResults.js";

const sizes = {
  conditions: ["AP", "NoAP"],
  methods: ["SFT", "CAI"],
  scales: ["7B"],
  benchmarks: [
    { name: "BBQ", kind: "safety" },
    { name: "MMLU", kind: "capability" },
  ],
  samplesPerCell: 4,
  bootstrapResamples: 10,
  confidence: 0.9,
};
const file = () => ({ schemaVersion: 1, tool: { name: "safety-gap", version: "0" }, seed: 7, paramsHash: "ab", sizes, numbers: { "cell.7B.SFT.AP.BBQ.mean": 0.5 } });

/** The caller's error: names the field and what it should be. */
const fail = (field: string, expected: string): never => {
  throw new Error(`${field} must be ${expected}`);
};

describe("readStudyResults(data, fail)", () => {
  it("declares a well-formed file: its fields, the named sets and design numbers from sizes", () => {
    const r = readStudyResults(file(), fail);
    expect(r.numbers).toEqual({ "cell.7B.SFT.AP.BBQ.mean": 0.5 });
    expect(r.seed).toBe(7);
    expect(r.sets).toEqual({
      scales: ["7B"],
      methods: ["SFT", "CAI"],
      conditions: ["AP", "NoAP"],
      benchmarks: ["BBQ", "MMLU"],
      safetyBenchmarks: ["BBQ"],
      capabilityBenchmarks: ["MMLU"],
      advancedMethods: ["CAI"],
      baseline: ["SFT"],
    });
    expect(r.design?.samplesPerCell).toBe(4);
  });

  it.each([
    ["missing", undefined],
    ["null", null],
    ["a string", "sizes"],
  ])("refuses sizes %s: not an object", (_, value) => {
    expect(() => readStudyResults({ ...file(), sizes: value }, fail)).toThrow(new Error("sizes must be an object"));
  });

  it.each(["conditions", "methods", "scales", "benchmarks"])("refuses sizes.%s that is not a list", (f) => {
    expect(() => readStudyResults({ ...file(), sizes: { ...sizes, [f]: "x" } }, fail)).toThrow(new Error(`sizes.${f} must be a list`));
  });
});

describe("isStudyResults(data)", () => {
  it("claims a file with sizes and no sets", () => {
    expect(isStudyResults({ sizes: {} })).toBe(true);
  });
  it("leaves a file with the engine's sets, or without sizes, to other readers", () => {
    expect(isStudyResults({ sizes: {}, sets: {} })).toBe(false);
    expect(isStudyResults({ sets: {} })).toBe(false);
    expect(isStudyResults({})).toBe(false);
  });
});
