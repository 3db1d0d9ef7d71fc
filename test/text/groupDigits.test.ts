import { describe, expect, it } from "vitest";
import { groupDigits } from "../../src/text/groupDigits.js";

describe("groupDigits(n)", () => {
  it("puts commas between groups of three digits, as toLocaleString('en-US') does for integers", () => {
    for (const n of [0, 7, 999, 1000, 55555, 1111111, 10_000_000, 100_000_000, 2 ** 53 - 1, -1234567]) expect(groupDigits(n), String(n)).toBe(n.toLocaleString("en-US"));
  });
});
