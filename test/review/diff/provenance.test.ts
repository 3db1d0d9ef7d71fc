// Where each number is printed, read from provenance.json's usage list.
import { describe, expect, it } from "vitest";
import { keyFamily, placesByKey } from "../../../src/review/provenance.js";

describe("placesByKey", () => {
  it("is empty without provenance", () => {
    expect(placesByKey(undefined)).toEqual(new Map());
  });

  it("lists each key's places once, in the order the paper uses them", () => {
    const usage = [
      { key: "a", where: "Table 2" },
      { key: "b", where: "Figure 1" },
      { key: "a", where: "Section 3" },
      { key: "a", where: "Table 2" },
    ];
    expect([...placesByKey({ usage, sentences: [] })]).toEqual([
      ["a", ["Table 2", "Section 3"]],
      ["b", ["Figure 1"]],
    ]);
  });
});

describe("keyFamily", () => {
  it("is the family and scale, or the whole key without a dot", () => {
    expect(keyFamily("summary.7B.CAI.delta")).toBe("summary 7B");
    expect(keyFamily("seed")).toBe("seed");
  });
});
