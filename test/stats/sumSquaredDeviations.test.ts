import { describe, expect, it } from "vitest";
import { sumSquaredDeviations } from "../../src/stats/sumSquaredDeviations.js";

describe("sumSquaredDeviations(x, m)", () => {
  it("sums squared deviations from the given centre", () => {
    expect(sumSquaredDeviations([1, 2, 3], 2)).toBe(2);
    expect(sumSquaredDeviations([5], 5)).toBe(0);
    expect(sumSquaredDeviations([], 0)).toBe(0);
  });
  it("propagates NaN (callers check their samples first)", () => {
    expect(sumSquaredDeviations([1, NaN], 0)).toBeNaN();
  });
});
