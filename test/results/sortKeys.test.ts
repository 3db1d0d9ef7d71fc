import { describe, expect, it } from "vitest";
import { sortKeys } from "../../src/results/sortKeys.js";

describe("sortKeys(record)", () => {
  it("orders the keys by code unit, capitals before small letters, whatever order they came in", () => {
    const sorted = sortKeys({ b: 2, a: 1, B: 3, "a.b": 4 });
    expect(Object.keys(sorted)).toEqual(["B", "a", "a.b", "b"]);
    expect(sorted).toEqual({ a: 1, b: 2, B: 3, "a.b": 4 });
  });
});
