import { describe, expect, it } from "vitest";
import { ascending } from "../../src/text/ascending.js";

describe("ascending(a, b)", () => {
  it("is -1, 1 or 0 by code units: capitals before small letters, shorter first, no locale", () => {
    expect(ascending("a", "b")).toBe(-1);
    expect(ascending("b", "a")).toBe(1);
    expect(ascending("a", "a")).toBe(0);
    expect(ascending("Z", "a")).toBe(-1);
    expect(ascending("ab", "a")).toBe(1);
    expect(["é", "e", "B", "a", "", "10", "9"].sort(ascending)).toEqual(["", "10", "9", "B", "a", "e", "é"]);
  });
});
