// The SE lookup on hand-made results: which source wins, and keys that are themselves SEs.
import { describe, expect, it } from "vitest";
import type { Results } from "../../../src/results/types.js";
import { standardErrorOf } from "../../../src/review/standardError.js";

type Source = Pick<Results, "numbers" | "about">;

describe("standardErrorOf on hand-made results", () => {
  it("an .se key is not its own sibling's number: x.se's SE comes from about, not from x.se.se", () => {
    const r = { numbers: { "x.se": 0.1, "x.se.se": 9 }, about: { "x.se": { se: 0.02 } } } as unknown as Source;
    expect(standardErrorOf("x.se", r)).toBe(0.02);
    expect(standardErrorOf("x", r)).toBe(0.1);
  });

  it("has no SE for a key without a sibling or an about entry, also when the results have no about at all", () => {
    expect(standardErrorOf("y", { numbers: { y: 1 } } as unknown as Source)).toBeUndefined();
    expect(standardErrorOf("y", { numbers: { y: 1 }, about: {} } as unknown as Source)).toBeUndefined();
  });
});
