// How the review prints numbers: each range boundary, the signed form, the HTML minus, and terminal columns with ANSI codes.
import { describe, expect, it } from "vitest";
import { alignColumns, displayMinus, formatNumber, formatSigned, painter } from "../../../src/review/formatNumber.js";

describe("formatNumber", () => {
  it("prints nothing for a missing number and the name of a non-finite one", () => {
    expect(formatNumber(undefined)).toBe("");
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
  });
  it("prints zero as 0, not in exponent form", () => {
    expect(formatNumber(0)).toBe("0");
  });
  it("switches to exponent form at 1e6 and below 1e-4, for either sign", () => {
    expect(formatNumber(999999)).toBe("999999");
    expect(formatNumber(1e6)).toBe("1.000e+6");
    expect(formatNumber(-2.5e7)).toBe("-2.500e+7");
    expect(formatNumber(1e-4)).toBe("0.0001");
    expect(formatNumber(5e-5)).toBe("5.000e-5");
    expect(formatNumber(-5e-5)).toBe("-5.000e-5");
  });
  it("keeps six significant digits in between", () => {
    expect(formatNumber(0.123456789)).toBe("0.123457");
    expect(formatNumber(-1.23456789)).toBe("-1.23457");
    expect(formatNumber(0.5)).toBe("0.5");
  });
});

describe("formatSigned", () => {
  it("adds + only to a positive number", () => {
    expect(formatSigned(undefined)).toBe("");
    expect(formatSigned(0.5)).toBe("+0.5");
    expect(formatSigned(2e6)).toBe("+2.000e+6");
    expect(formatSigned(0)).toBe("0");
    expect(formatSigned(-0.5)).toBe("-0.5");
  });
});

describe("displayMinus", () => {
  it("uses U+2212 for a leading minus and an exponent's minus, nowhere else", () => {
    expect(displayMinus("-1.5")).toBe("\u22121.5");
    expect(displayMinus("5.000e-5")).toBe("5.000e\u22125");
    expect(displayMinus("-5.000e-5")).toBe("\u22125.000e\u22125");
    expect(displayMinus("1.000e+6")).toBe("1.000e+6");
    expect(displayMinus("a - b")).toBe("a - b");
  });
});

describe("alignColumns", () => {
  it("left-aligns every column by default and trims the line end", () => {
    expect(alignColumns([["a", "bbb", "c"], ["aaa", "b", "cc"]])).toEqual(["a    bbb  c", "aaa  b    cc"]);
  });
  it("right-aligns the numeric columns", () => {
    expect(alignColumns([["k", "1", "x"], ["key", "1000", "yy"]], [false, true])).toEqual(["k       1  x", "key  1000  yy"]);
  });
  it("does not count ANSI colour codes in a column's width", () => {
    const p = painter(true);
    expect(alignColumns([[p.red("ab"), "1"], ["abcd", "2"], [p.bold("\x1b[0;1mx"), "3"]])).toEqual([
      "\x1b[31mab\x1b[0m    1",
      "abcd  2",
      "\x1b[1m\x1b[0;1mx\x1b[0m     3",
    ]);
  });
});

describe("painter", () => {
  it("wraps in each colour's code when enabled", () => {
    const p = painter(true);
    expect([p.red("r"), p.green("g"), p.yellow("y"), p.dim("d"), p.bold("b")]).toEqual([
      "\x1b[31mr\x1b[0m",
      "\x1b[32mg\x1b[0m",
      "\x1b[33my\x1b[0m",
      "\x1b[2md\x1b[0m",
      "\x1b[1mb\x1b[0m",
    ]);
  });
  it("leaves the text as it is when disabled", () => {
    const p = painter(false);
    expect([p.red("r"), p.green("g"), p.yellow("y"), p.dim("d"), p.bold("b")]).toEqual(["r", "g", "y", "d", "b"]);
  });
});
