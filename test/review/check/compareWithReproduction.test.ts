// compareWithReproduction on hand-made numbers: the exact record for each
// verdict, the edges of the rounding and z tolerances, the yardstick (SE or
// a sweep's SD) and how a formula's SE is propagated.
import { describe, expect, it } from "vitest";
import { parseExpr } from "../../../src/lang/parser.js";
import { compareWithReproduction } from "../../../src/review/compareWithReproduction.js";
import type { Published, PublishedNumber } from "../../../src/review/published/types.js";
import type { Results } from "../../../src/results/types.js";

const AT = { file: "p.yaml", line: 1, column: 1 };

const number = (over: Partial<PublishedNumber> = {}): PublishedNumber => ({ id: "n", where: "Table 1", value: 0.5, decimals: 2, key: "k", origin: "table", at: AT, ...over });
const formula = (text: string, over: Partial<PublishedNumber> = {}): PublishedNumber => {
  const { key: _key, ...rest } = number(over);
  return { ...rest, formula: parseExpr(text), formulaText: text };
};
const published = (...numbers: PublishedNumber[]): Published => ({ file: "p.yaml", design: {}, numbers, statements: [], relations: [] });
const results = (numbers: Record<string, number>, more: Partial<Results> = {}): Results => ({ schemaVersion: 1, tool: { name: "t", version: "1" }, numbers, sets: {}, ...more });

const compare = (n: PublishedNumber, r: Results, seedSd?: (id: string) => number | undefined) => compareWithReproduction(published(n), r, seedSd);

describe("compareWithReproduction: verdicts", () => {
  it("calls a key the reproduction lacks missing, saying which", () => {
    expect(compare(number(), results({ other: 1 }))).toStrictEqual([
      { id: "n", where: "Table 1", ref: "k", published: 0.5, decimals: 2, verdict: "missing", note: "no number named 'k'" },
    ]);
  });

  it("keeps the quote of a number printed in the text", () => {
    expect(compare(number({ quote: "about 0.5" }), results({ k: 0.5 }))).toStrictEqual([
      { id: "n", where: "Table 1", quote: "about 0.5", ref: "k", published: 0.5, decimals: 2, value: 0.5, difference: 0, verdict: "within rounding" },
    ]);
  });

  it("accepts a difference of exactly half a unit of the last printed digit as rounding, and not one 1e-9 beyond the slack", () => {
    const edge = 0.5 * (1 + 1e-9);
    expect(compare(number({ value: 0, decimals: 0 }), results({ k: edge }))[0]).toStrictEqual({ id: "n", where: "Table 1", ref: "k", published: 0, decimals: 0, value: edge, difference: edge, verdict: "within rounding" });
    // Inside the slack but above half a unit: the slack (1 + 1e-9) is what keeps it.
    expect(compare(number({ value: 0, decimals: 0 }), results({ k: 0.5000000004 }))[0]!.verdict).toBe("within rounding");
    expect(compare(number({ value: 0, decimals: 0 }), results({ k: 0.500000001 }))[0]).toStrictEqual({ id: "n", where: "Table 1", ref: "k", published: 0, decimals: 0, value: 0.500000001, difference: 0.500000001, verdict: "off" });
  });

  it("calls a difference within 3 SE·√2 reproduced, with its SE and z", () => {
    const [c] = compare(number({ value: 1, decimals: 0 }), results({ k: 2, "k.se": 0.5 }));
    expect(c).toStrictEqual({ id: "n", where: "Table 1", ref: "k", published: 1, decimals: 0, value: 2, difference: 1, se: 0.5, z: 1 / (Math.SQRT2 * 0.5), verdict: "reproduced" });
  });

  it("calls a difference beyond 3 SE·√2 off, with its SE and z", () => {
    const [c] = compare(number({ value: 1, decimals: 0 }), results({ k: 4, "k.se": 0.5 }));
    expect(c).toStrictEqual({ id: "n", where: "Table 1", ref: "k", published: 1, decimals: 0, value: 4, difference: 3, se: 0.5, z: 3 / (Math.SQRT2 * 0.5), verdict: "off" });
  });

  it("calls a difference beyond rounding off when there is no SE (and gives no z)", () => {
    expect(compare(number({ value: 1, decimals: 0 }), results({ k: 2 }))[0]).toStrictEqual({ id: "n", where: "Table 1", ref: "k", published: 1, decimals: 0, value: 2, difference: 1, verdict: "off" });
  });

  it("gives no z for an SE of 0 (a number without noise is compared exactly)", () => {
    expect(compare(number({ value: 1, decimals: 0 }), results({ k: 2, "k.se": 0 }))[0]).toStrictEqual({ id: "n", where: "Table 1", ref: "k", published: 1, decimals: 0, value: 2, difference: 1, se: 0, verdict: "off" });
  });
});

describe("compareWithReproduction: a sweep's SD as the yardstick", () => {
  it("divides by the seeds' SD, without √2, and accepts |z| = 3 exactly", () => {
    const sd = (id: string) => (id === "n" ? 2 : undefined);
    expect(compare(number({ value: 0, decimals: 0 }), results({ k: 6, "k.se": 100 }), sd)[0]).toStrictEqual({
      id: "n", where: "Table 1", ref: "k", published: 0, decimals: 0, value: 6, difference: 6, se: 100, z: 3, seedSd: 2, verdict: "reproduced",
    });
    expect(compare(number({ value: 0, decimals: 0 }), results({ k: 6.5 }), sd)[0]).toStrictEqual({
      id: "n", where: "Table 1", ref: "k", published: 0, decimals: 0, value: 6.5, difference: 6.5, z: 3.25, seedSd: 2, verdict: "off",
    });
  });

  it("falls back to the SE when the sweep's SD is 0 or the sweep lacks the number", () => {
    const expected = { id: "n", where: "Table 1", ref: "k", published: 1, decimals: 0, value: 2, difference: 1, se: 0.5, z: 1 / (Math.SQRT2 * 0.5), verdict: "reproduced" };
    expect(compare(number({ value: 1, decimals: 0 }), results({ k: 2, "k.se": 0.5 }), () => 0)[0]).toStrictEqual(expected);
    expect(compare(number({ value: 1, decimals: 0 }), results({ k: 2, "k.se": 0.5 }), () => undefined)[0]).toStrictEqual(expected);
  });
});

describe("compareWithReproduction: formulas", () => {
  it("refers to a formula by its text and propagates its inputs' SEs to first order", () => {
    // d(a*a) for a = 1, se 0.5: (1.5² - 1²) = 1.25; bumping down instead would give 0.75.
    expect(compare(formula("`a` * `a`", { value: 1, decimals: 0 }), results({ a: 1, "a.se": 0.5 }))[0]).toStrictEqual({
      id: "n", where: "Table 1", ref: "`a` * `a`", published: 1, decimals: 0, value: 1, difference: 0, se: 1.25, z: 0, verdict: "within rounding",
    });
  });

  it("skips inputs without an SE, and keeps an SE when any input has one", () => {
    expect(compare(formula("`a` + `b`", { value: 3, decimals: 0 }), results({ a: 1, b: 2, "a.se": 0.5 }))[0]).toStrictEqual({
      id: "n", where: "Table 1", ref: "`a` + `b`", published: 3, decimals: 0, value: 3, difference: 0, se: 0.5, z: 0, verdict: "within rounding",
    });
  });

  it("gives a formula no SE when none of its inputs has one", () => {
    expect(compare(formula("`a` + `b`", { value: 3, decimals: 0 }), results({ a: 1, b: 2 }))[0]).toStrictEqual({
      id: "n", where: "Table 1", ref: "`a` + `b`", published: 3, decimals: 0, value: 3, difference: 0, verdict: "within rounding",
    });
  });

  it("skips an input whose SE is 0 (an infinite formula stays SE 0, not NaN)", () => {
    expect(compare(formula("`a` * 2", { value: 1, decimals: 0 }), results({ a: Infinity, "a.se": 0 }))[0]).toStrictEqual({
      id: "n", where: "Table 1", ref: "`a` * 2", published: 1, decimals: 0, value: Infinity, difference: Infinity, se: 0, verdict: "off",
    });
  });

  it("skips an input with an SE but no number of its own (a design pseudo-key)", () => {
    const r = results({}, { design: { n: 10 }, about: { "sizes.n": { se: 1 } } });
    expect(compare(formula("`sizes.n` * 2", { value: 20, decimals: 0 }), r)[0]).toStrictEqual({
      id: "n", where: "Table 1", ref: "`sizes.n` * 2", published: 20, decimals: 0, value: 20, difference: 0, se: 0, verdict: "within rounding",
    });
  });

  it("calls a formula reading a key the reproduction lacks missing", () => {
    expect(compare(formula("`a` + `zz`", { value: 3, decimals: 0 }), results({ a: 1 }))[0]).toStrictEqual({
      id: "n", where: "Table 1", ref: "`a` + `zz`", published: 3, decimals: 0, verdict: "missing", note: "no number named 'zz'; did you mean 'a'?",
    });
  });

  it("refers to a formula without its text as the empty string", () => {
    const { formulaText: _t, ...n } = formula("`a`", { value: 1, decimals: 0 });
    expect(compare(n, results({ a: 1 }))[0]).toStrictEqual({ id: "n", where: "Table 1", ref: "", published: 1, decimals: 0, value: 1, difference: 0, verdict: "within rounding" });
  });

  it("lets an error that is not about the expression through (a bug, not a missing number)", () => {
    const r = results({ a: 1 });
    r.numbers = new Proxy(r.numbers, {
      get: (t, p) => {
        if (p === "a.se") throw new Error("boom");
        return Reflect.get(t, p) as unknown;
      },
    });
    expect(() => compare(number({ key: "a" }), r)).toThrowError(/^boom$/);
  });
});
