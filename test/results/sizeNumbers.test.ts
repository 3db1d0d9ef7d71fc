import { describe, expect, it } from "vitest";
import { sizeNumbers } from "../../src/results/sizeNumbers.js";
import type { Results } from "../../src/results/types.js";

const base: Results = { schemaVersion: 1, tool: { name: "t", version: "1" }, numbers: { "arm.a.mean": 0.5 }, sets: { arms: ["a"] } };

describe("sizeNumbers(results)", () => {
  it("cites each design number as sizes.<name>, and the seed as seed", () => {
    expect(sizeNumbers({ ...base, design: { samplesPerCell: 500, configurations: 30 }, seed: 7 })).toStrictEqual({ "sizes.samplesPerCell": 500, "sizes.configurations": 30, seed: 7 });
  });

  it("gives a seed of 0 as a number like any other", () => {
    expect(sizeNumbers({ ...base, seed: 0 })).toStrictEqual({ seed: 0 });
  });

  it("is empty without a design or a seed", () => {
    expect(sizeNumbers(base)).toStrictEqual({});
  });
});
