// The comparison most consistency rules share (a printed number against what
// other printed numbers imply) and the helpers the rules build it from.
import { describe, expect, it } from "vitest";
import { all, both, byId, compareImplied, meanOf, minus, over, times } from "../../../src/review/consistency/finding.js";
import * as I from "../../../src/lang/interval.js";
import type { Published, PublishedNumber } from "../../../src/review/published/types.js";

const number = (id: string, value: number, decimals: number): PublishedNumber => ({
  id,
  where: `Table 1, row ${id}`,
  value,
  decimals,
  origin: "table",
  at: { file: "paper.yaml", line: 3, column: 7 },
});

const ratio = number("ratio", 0.8, 2);
const gapA = number("gapA", 0.2, 4);
const gapB = number("gapB", 0.16, 4);

describe("compareImplied", () => {
  it("calls disjoint intervals inconsistent, with the target's id first and the implied value to at least 4 decimals", () => {
    expect(compareImplied("rule", ratio, { lo: 0.7, hi: 0.75 }, 0.725, "B / A (0.1600 / 0.2000)", [gapB, gapA])).toEqual({
      rule: "rule",
      severity: "inconsistent",
      where: "Table 1, row ratio",
      message: "Table 1, row ratio prints 0.80 but B / A (0.1600 / 0.2000) = 0.7250",
      ids: ["ratio", "gapB", "gapA"],
      at: { file: "paper.yaml", line: 3, column: 7 },
    });
  });

  it("notes a different last digit as rounding when the inputs pin the value down to one printed unit", () => {
    expect(compareImplied("rule", ratio, { lo: 0.79, hi: 0.8001 }, 0.7949, "B / A", [gapB])).toEqual({
      rule: "rule",
      severity: "rounding",
      where: "Table 1, row ratio",
      message: "Table 1, row ratio prints 0.80; B / A = 0.7949 on the printed digits, within rounding of the inputs",
      ids: ["ratio", "gapB"],
      at: { file: "paper.yaml", line: 3, column: 7 },
    });
  });

  it("says nothing when the printed digits agree, however narrow the implied interval", () => {
    expect(compareImplied("rule", ratio, { lo: 0.799, hi: 0.801 }, 0.8012, "B / A", [gapB])).toBeUndefined();
  });

  it("says nothing of a different last digit when the inputs allow more than one printed unit either way", () => {
    expect(compareImplied("rule", ratio, { lo: 0.7, hi: 0.9 }, 0.75, "B / A", [gapB])).toBeUndefined();
  });

  it("still notes a spread of exactly one printed unit either way (the bound is inclusive)", () => {
    const whole = number("count", 1, 0);
    // (hi - lo) / 2 is exactly the bound, 1.0000001 printed units.
    const f = compareImplied("rule", whole, { lo: 0, hi: 2 * 1.0000001 }, 0.4, "n", []);
    expect(f?.message).toBe("Table 1, row count prints 1; n = 0.4000 on the printed digits, within rounding of the inputs");
  });

  it("prints the implied value with the target's decimals when it has more than 4", () => {
    const t = number("t", 1.234567, 6);
    expect(compareImplied("rule", t, { lo: 1.3, hi: 1.4 }, 1.35, "d * k", [])?.message).toBe("Table 1, row t prints 1.234567 but d * k = 1.350000");
  });
});

describe("interval and point arithmetic together", () => {
  it("keeps a printed number's interval and its printed digits", () => {
    expect(both(gapA)).toEqual({ iv: I.printed(0.2, 4), pt: 0.2 });
  });

  it("subtracts, divides, averages and scales both", () => {
    const a = { iv: { lo: 6, hi: 8 }, pt: 7 };
    const b = { iv: { lo: 1, hi: 2 }, pt: 1.5 };
    expect(minus(a, b)).toEqual({ iv: { lo: 4, hi: 7 }, pt: 5.5 });
    expect(over(a, b)).toEqual({ iv: { lo: 3, hi: 8 }, pt: 7 / 1.5 });
    expect(meanOf([a, b, { iv: { lo: 2, hi: 5 }, pt: 3 }])).toEqual({ iv: { lo: 3, hi: 5 }, pt: 11.5 / 3 });
    expect(times(b, 4)).toEqual({ iv: { lo: 4, hi: 8 }, pt: 6 });
  });
});

describe("looking numbers up", () => {
  const p: Published = { file: "paper.yaml", design: {}, numbers: [ratio, gapA, gapB], statements: [], relations: [] };

  it("finds a number by its id, and nothing for an id the paper lacks", () => {
    const get = byId(p);
    expect(get("gapB")).toBe(gapB);
    expect(get("gapC")).toBeUndefined();
  });

  it("gives all the numbers asked for, in order, or undefined when any is missing", () => {
    const get = byId(p);
    expect(all(get, ["gapB", "ratio"])).toEqual([gapB, ratio]);
    expect(all(get, ["gapB", "gapC"])).toBeUndefined();
    expect(all(get, [])).toEqual([]);
  });
});
