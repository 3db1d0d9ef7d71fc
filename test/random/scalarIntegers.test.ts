/** Scalar `integers` draws against NumPy 1.24 (scripts/fixtures/random_scalar_integers.py): number and bigint bounds. */
import { describe, expect, it } from "vitest";
import { defaultRng } from "../../src/random/index.js";
import { realArgHint, realArgInvalid } from "../../src/messages/random.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { fixture } from "./fixtures.js";

interface Case { seed: number; low: string; high: string; values: string[] }
const cases = fixture("scalar_integers.json") as Case[];

describe("Generator.integers, one value per call, as NumPy's scalar draws", () => {
  for (const c of cases) {
    it(`[${c.low}, ${c.high}) with number bounds gives numbers`, () => {
      const g = defaultRng(c.seed);
      const got = c.values.map(() => g.integers(Number(c.low), Number(c.high)));
      expect(got).toEqual(c.values.map(Number));
    });
    it(`[${c.low}, ${c.high}) with bigint bounds gives bigints`, () => {
      const g = defaultRng(c.seed);
      const got = c.values.map(() => g.integers(BigInt(c.low), BigInt(c.high)));
      expect(got).toEqual(c.values.map(BigInt));
    });
    it(`[${c.low}, ${c.high}) with a bigint low and a number high gives bigints`, () => {
      const g = defaultRng(c.seed);
      const got = c.values.map(() => g.integers(BigInt(c.low), Number(c.high)));
      expect(got).toEqual(c.values.map(BigInt));
    });
  }
});

describe("Generator.normal refuses NaN, naming the argument", () => {
  const error = (run: () => unknown) => {
    const e = safetyGapErrorOf(run);
    return { message: e.message, hint: e.hint };
  };
  it("loc NaN", () => {
    expect(error(() => defaultRng(1).normal(NaN, 1))).toEqual({ message: realArgInvalid("loc", NaN), hint: realArgHint() });
  });
  it("scale NaN", () => {
    expect(error(() => defaultRng(1).normal(0, NaN))).toEqual({ message: realArgInvalid("scale", NaN), hint: realArgHint() });
  });
});
