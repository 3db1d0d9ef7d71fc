/** Generator's argument bounds, each on both sides: the value at the bound is taken, the next one refused with its message. */
import { describe, expect, it } from "vitest";
import { defaultRng } from "../../src/random/index.js";
import { highNotAboveLow, int64Bounds, integerArgHint, integerArgInvalid, realArgHint, scaleNegative } from "../../src/messages/random.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const error = (run: () => unknown) => {
  const e = safetyGapErrorOf(run);
  return { message: e.message, hint: e.hint };
};
const MAX_SAFE = 2 ** 53 - 1;

describe("Generator.integers: number bounds |low| <= 2**53 - 1, |high| <= 2**53", () => {
  for (const kernel of ["ts", "wasm"] as const) {
    it(`takes the bounds themselves and refuses one step beyond [kernel ${kernel}]`, () => {
      const g = defaultRng(4, { kernel });
      const before = g.bitGenerator.state;
      expect(g.integers(-MAX_SAFE, -MAX_SAFE + 1)).toBe(-MAX_SAFE);
      expect(g.integers(MAX_SAFE, 2 ** 53)).toBe(MAX_SAFE);
      expect(Array.from(g.integers(MAX_SAFE, 2 ** 53, 3))).toEqual([MAX_SAFE, MAX_SAFE, MAX_SAFE]);
      expect(g.bitGenerator.state).toEqual(before); // one-value ranges draw nothing
      expect(error(() => g.integers(-(2 ** 53), 0))).toEqual({ message: integerArgInvalid("low", -(2 ** 53)), hint: integerArgHint() });
      expect(error(() => g.integers(0, 2 ** 53 + 2))).toEqual({ message: integerArgInvalid("high", 2 ** 53 + 2), hint: integerArgHint() });
      expect(error(() => g.integers(0, -(2 ** 53) - 2))).toEqual({ message: integerArgInvalid("high", -(2 ** 53) - 2), hint: integerArgHint() });
      expect(error(() => g.integers(3, 3))).toEqual({ message: highNotAboveLow(3, 3), hint: integerArgHint() });
      expect(error(() => g.integers(0))).toEqual({ message: highNotAboveLow(0, 0), hint: integerArgHint() });
      expect(g.bitGenerator.state).toEqual(before);
    });
  }
});

describe("Generator.integers: bigint bounds within int64", () => {
  it("takes low = -2**63 and high = 2**63 (highest value 2**63 - 1), refuses one beyond, and a range of one value", () => {
    const g = defaultRng(4);
    const before = g.bitGenerator.state;
    expect(g.integers(-(2n ** 63n), -(2n ** 63n) + 1n)).toBe(-(2n ** 63n));
    expect(g.integers(2n ** 63n - 1n, 2n ** 63n)).toBe(2n ** 63n - 1n);
    expect(g.integers(5n, 6n)).toBe(5n);
    expect(g.bitGenerator.state).toEqual(before);
    expect(error(() => g.integers(-(2n ** 63n) - 1n, 0n))).toEqual({ message: int64Bounds("low", -(2n ** 63n) - 1n), hint: integerArgHint() });
    expect(error(() => g.integers(0n, 2n ** 63n + 1n))).toEqual({ message: int64Bounds("high", 2n ** 63n + 1n), hint: integerArgHint() });
    expect(error(() => g.integers(5n, 5n))).toEqual({ message: highNotAboveLow(5n, 5n), hint: integerArgHint() });
    expect(g.bitGenerator.state).toEqual(before);
  });
});

describe("Generator.normal: scale 0 is taken (the sign bit is clear), below it refused", () => {
  for (const kernel of ["ts", "wasm"] as const) {
    it(`normal(loc, 0) is loc and still draws, as NumPy's loc + 0 * z [kernel ${kernel}]`, () => {
      const g = defaultRng(9, { kernel });
      const h = defaultRng(9, { kernel });
      expect(g.normal(3, 0)).toBe(3);
      expect(Array.from(g.normal(-2, 0, 100))).toEqual(new Array(100).fill(-2));
      h.standardNormal(101);
      expect(g.bitGenerator.state).toEqual(h.bitGenerator.state);
      expect(error(() => g.normal(0, -5e-324))).toEqual({ message: scaleNegative(-5e-324), hint: realArgHint() });
    });
  }
});
