import { describe, expect, it } from "vitest";
import { fma } from "../../src/random/fma.js";
import { decompose, roundToDouble } from "../../src/random/roundToDouble.js";
import { edges, fromBits, toBits } from "./libmEdges.js";

describe("fma(a, b, c)", () => {
  it("equals the exact a*b + c rounded once (fractions.Fraction) at cancellation, subnormal and zero-sum cases", () => {
    for (const { a, b, c, y } of edges.fma) {
      expect(`${a} ${b} ${c} -> ${toBits(fma(fromBits(a), fromBits(b), fromBits(c)))}`).toBe(`${a} ${b} ${c} -> ${y}`);
    }
  });

  // IEEE 754 (6.2, 6.3): a NaN operand or 0 * Inf gives NaN; Inf + finite is Inf; an exact
  // zero sum is +0 in round-to-nearest unless both addends are -0.
  it("NaN, infinite and zero operands follow IEEE 754", () => {
    expect(fma(0, 0, NaN)).toBeNaN();
    expect(fma(0, 1, NaN)).toBeNaN();
    expect(fma(1, 1, NaN)).toBeNaN();
    expect(fma(0, Infinity, 1)).toBeNaN();
    expect(fma(1, 1, Infinity)).toBe(Infinity);
    expect(fma(1, 1, -Infinity)).toBe(-Infinity);
    expect(fma(1e308, 10, 1)).toBe(Infinity);
    expect(Object.is(fma(0, -0, -0), -0)).toBe(true);
    expect(Object.is(fma(0, -1, 0), 0)).toBe(true);
    expect(Object.is(fma(0, -1, -0), -0)).toBe(true);
    expect(fma(0, 0, 1)).toBe(1);
    expect(fma(0, 0, -1)).toBe(-1);
    expect(fma(-0, 3, -1.5)).toBe(-1.5);
    expect(fma(3, 0, 2.5)).toBe(2.5);
  });
});

describe("decompose(x)", () => {
  it("x = m * 2**e with the integer significand, subnormals without the hidden bit", () => {
    expect(decompose(5e-324)).toEqual([1n, -1074]);
    expect(decompose(-3 * 2 ** -1074)).toEqual([-3n, -1074]);
    expect(decompose(2 ** -1022)).toEqual([1n << 52n, -1074]);
    expect(decompose(1)).toEqual([1n << 52n, -52]);
    expect(decompose(-1.5)).toEqual([-(3n << 51n), -52]);
  });
});

describe("roundToDouble(m, e)", () => {
  it("equals m * 2**e rounded once to the nearest double, ties to even (fractions.Fraction)", () => {
    for (const { m, e, y } of edges.roundToDouble) {
      expect(`${m} * 2**${e} -> ${toBits(roundToDouble(BigInt(m), e))}`).toBe(`${m} * 2**${e} -> ${y}`);
    }
  });
});
