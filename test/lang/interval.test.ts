// Interval arithmetic of the results language: each operation's exact bounds, at the edge cases (signs, zero, touching ends).
import { describe, expect, it } from "vitest";
import * as I from "../../src/lang/interval.js";

const iv = (lo: number, hi: number): I.Interval => ({ lo, hi });

describe("interval arithmetic", () => {
  it("adds, subtracts and negates end by end (subtraction crosses the ends)", () => {
    expect(I.add(iv(1, 2), iv(10, 30))).toEqual(iv(11, 32));
    expect(I.sub(iv(1, 2), iv(10, 30))).toEqual(iv(-29, -8));
    expect(I.neg(iv(-1, 3))).toEqual(iv(-3, 1));
  });

  it("multiplies by taking the smallest and largest of the four corner products", () => {
    expect(I.mul(iv(2, 3), iv(4, 5))).toEqual(iv(8, 15));
    expect(I.mul(iv(-2, 3), iv(4, 5))).toEqual(iv(-10, 15));
    expect(I.mul(iv(-3, -2), iv(4, 5))).toEqual(iv(-15, -8));
    expect(I.mul(iv(-3, 2), iv(-5, 4))).toEqual(iv(-12, 15));
    expect(I.mul(iv(2, 3), iv(-5, -4))).toEqual(iv(-15, -8));
  });

  it("divides by an interval without 0 through its reciprocal; with 0 inside it is unbounded, by a point 0 undefined", () => {
    expect(I.div(iv(1, 2), iv(4, 8))).toEqual(iv(0.125, 0.5));
    expect(I.div(iv(1, 2), iv(-8, -4))).toEqual(iv(-0.5, -0.125));
    expect(I.div(iv(1, 2), iv(-1, 1))).toEqual(iv(-Infinity, Infinity));
    expect(I.div(iv(1, 2), iv(0, 1))).toEqual(iv(-Infinity, Infinity));
    expect(I.div(iv(1, 2), iv(-1, 0))).toEqual(iv(-Infinity, Infinity));
    expect(I.div(iv(1, 2), iv(0, 0))).toEqual(iv(NaN, NaN));
  });

  it("abs keeps a non-negative interval, mirrors a non-positive one, and spans from 0 across 0", () => {
    expect(I.abs(iv(0, 2))).toEqual(iv(0, 2));
    expect(I.abs(iv(1, 3))).toEqual(iv(1, 3));
    expect(I.abs(iv(0, 0))).toEqual(iv(0, 0));
    expect(I.abs(iv(-3, -1))).toEqual(iv(1, 3));
    expect(I.abs(iv(-3, 2))).toEqual(iv(0, 3));
    expect(I.abs(iv(-2, 3))).toEqual(iv(0, 3));
  });

  it("sqrt clamps a negative low end at 0", () => {
    expect(I.sqrt(iv(4, 9))).toEqual(iv(2, 3));
    expect(I.sqrt(iv(-4, 9))).toEqual(iv(0, 3));
  });

  it("min, max, sum and mean work end by end", () => {
    const xs = [iv(1, 5), iv(2, 3), iv(0, 4)];
    expect(I.min(xs)).toEqual(iv(0, 3));
    expect(I.max(xs)).toEqual(iv(2, 5));
    expect(I.sum(xs)).toEqual(iv(3, 12));
    expect(I.sum([])).toEqual(iv(0, 0));
    expect(I.mean(xs)).toEqual(iv(1, 4));
  });

  it("spread is max - min, clamped at 0 on each end", () => {
    expect(I.spread([I.point(1), I.point(4), I.point(2)])).toEqual(iv(3, 3));
    // max [2, 5] - min [1, 3]: [-1, 4], clamped to [0, 4].
    expect(I.spread([iv(1, 5), iv(2, 3)])).toEqual(iv(0, 4));
  });

  it("overlaps counts touching ends; isPoint and mid", () => {
    expect(I.overlaps(iv(0, 1), iv(1, 2))).toBe(true);
    expect(I.overlaps(iv(1, 2), iv(0, 1))).toBe(true);
    expect(I.overlaps(iv(0, 1), iv(1.5, 2))).toBe(false);
    expect(I.overlaps(iv(1.5, 2), iv(0, 1))).toBe(false);
    expect(I.isPoint(iv(1, 1))).toBe(true);
    expect(I.isPoint(iv(1, 2))).toBe(false);
    expect(I.mid(iv(1, 4))).toBe(2.5);
  });

  it("printed(v, d) is v ± half a unit of the last digit", () => {
    expect(I.printed(0.5, 0)).toEqual(iv(0, 1));
    expect(I.printed(2, 1)).toEqual(iv(1.95, 2.05));
  });
});

describe("three-valued comparison", () => {
  const a = iv(1, 2);
  it("< and <= are true when a lies wholly below b, false when wholly at or above it", () => {
    expect(I.compare("<", a, iv(2.5, 3))).toBe(true);
    expect(I.compare("<", a, iv(2, 3))).toBe("unknown");
    expect(I.compare("<", a, iv(0, 1))).toBe(false);
    expect(I.compare("<", a, iv(0, 1.5))).toBe("unknown");
    expect(I.compare("<=", a, iv(2, 3))).toBe(true);
    expect(I.compare("<=", a, iv(1.5, 3))).toBe("unknown");
    expect(I.compare("<=", a, iv(0, 1))).toBe("unknown");
    expect(I.compare("<=", a, iv(0, 0.5))).toBe(false);
    expect(I.compare("<", I.point(1), I.point(1))).toBe(false);
    expect(I.compare("<=", I.point(1), I.point(1))).toBe(true);
  });

  it("> and >= are < and <= with the sides swapped", () => {
    expect(I.compare(">", a, iv(0, 0.5))).toBe(true);
    expect(I.compare(">", a, iv(0, 1))).toBe("unknown");
    expect(I.compare(">", a, iv(2, 3))).toBe(false);
    expect(I.compare(">=", a, iv(0, 1))).toBe(true);
    expect(I.compare(">=", a, iv(2.5, 3))).toBe(false);
    expect(I.compare(">=", a, iv(2, 3))).toBe("unknown");
  });

  it("== decides points exactly and intervals only when they are apart; != is its negation", () => {
    expect(I.compare("==", I.point(1), I.point(1))).toBe(true);
    expect(I.compare("==", I.point(1), I.point(2))).toBe(false);
    expect(I.compare("==", I.point(1), a)).toBe("unknown");
    expect(I.compare("==", a, I.point(1))).toBe("unknown");
    expect(I.compare("==", a, iv(3, 4))).toBe(false);
    expect(I.compare("!=", I.point(1), I.point(1))).toBe(false);
    expect(I.compare("!=", I.point(1), I.point(2))).toBe(true);
    expect(I.compare("!=", a, iv(1.5, 4))).toBe("unknown");
  });
});
