/**
 * The supplement's number formats: the paper's 4 decimals with a typographic
 * minus, counts as counts, tiny p-values in scientific notation, and the
 * full-precision value a popup shows beside them.
 */
import { describe, expect, it } from "vitest";
import { formatFixed, formatFull, formatSmart, formatTex } from "../../../src/site/format.js";

describe("formatFixed", () => {
  it("prints the given decimals with a typographic minus", () => {
    expect(formatFixed(1.5)).toBe("1.5000");
    expect(formatFixed(-0.5)).toBe("\u22120.5000");
    expect(formatFixed(-12.34567, 2)).toBe("\u221212.35");
  });

  it("prints a value that rounds to zero without a sign, with and without decimals", () => {
    expect(formatFixed(-0.00001)).toBe("0.0000");
    expect(formatFixed(-0.4, 0)).toBe("0");
    expect(formatFixed(-0.6, 0)).toBe("\u22121");
  });

  it("prints non-finite values as JavaScript spells them (no typographic minus)", () => {
    expect(formatFixed(NaN)).toBe("NaN");
    expect(formatFixed(-Infinity)).toBe("-Infinity");
  });
});

describe("formatTex", () => {
  // KaTeX typesets an ASCII minus as a minus sign; U+2212 it would not accept in every font.
  it("uses an ASCII minus", () => {
    expect(formatTex(-1.5)).toBe("-1.5000");
    expect(formatTex(-1.24, 1)).toBe("-1.2");
    expect(formatTex(2)).toBe("2.0000");
  });
});

describe("formatFull", () => {
  it("keeps every digit of results.json and types both minus signs of an exponent form", () => {
    expect(formatFull(-0.1234567891)).toBe("\u22120.1234567891");
    expect(formatFull(-1e-7)).toBe("\u22121e\u22127");
    expect(formatFull(2.5e-7)).toBe("2.5e\u22127");
    expect(formatFull(1e21)).toBe("1e+21");
  });
});

describe("formatSmart", () => {
  it("prints integers of design keys as counts, from 1 up, with the typographic minus of every displayed number", () => {
    expect(formatSmart("sizes.n", 30)).toBe("30");
    expect(formatSmart("sizes.n", 1)).toBe("1");
    // A spread's bounds over seeds can be negative counts.
    expect(formatSmart("sizes.n", -3)).toBe("\u22123");
    expect(formatSmart("sizes.n", -1e21)).toBe("\u22121e+21");
    expect(formatSmart("sizes.n", 0)).toBe("0.0000");
    expect(formatSmart("sizes.n", 2.5)).toBe("2.5000");
  });

  it("prints integral values of cell, comparison and summary keys with 4 decimals", () => {
    expect(formatSmart("cell.7B.m.c.b.mean", 30)).toBe("30.0000");
    expect(formatSmart("cmp.7B.m.b.diff", 2)).toBe("2.0000");
    expect(formatSmart("summary.7B.m.gap", 3)).toBe("3.0000");
  });

  it("prints a p-value below 1e-4 in scientific notation, and 0 and larger ones with 4 decimals", () => {
    expect(formatSmart("cmp.7B.m.b.p", 1.234e-10)).toBe("1.23e\u221210");
    expect(formatSmart("cmp.7B.m.b.p", 0)).toBe("0.0000");
    expect(formatSmart("cmp.7B.m.b.p", 1e-4)).toBe("0.0001");
    expect(formatSmart("cmp.7B.m.b.p", 0.00123)).toBe("0.0012");
    expect(formatSmart("cmp.7B.m.b.d", 1.234e-10)).toBe("0.0000");
  });

  it("prints degrees of freedom with 1 decimal", () => {
    expect(formatSmart("cmp.7B.m.b.df", 12.345)).toBe("12.3");
    expect(formatSmart("cmp.7B.m.b.d", 12.345)).toBe("12.3450");
  });
});
