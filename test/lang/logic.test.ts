// Three-valued logic, the `none` quantifier, intervals at their endpoints, and bound uses.
import { describe, expect, it } from "vitest";
import { evaluateCondition, type Scope } from "../../src/lang/evaluate.js";
import { compare, point, printed, type Interval } from "../../src/lang/interval.js";
import { parseExpr } from "../../src/lang/parser.js";

function scope(values: Record<string, Interval>): Scope {
  return { lookup: (n) => values[n], names: () => Object.keys(values), sets: { methods: ["A", "B", "C"] } };
}
// u: a printed 0.15 compared with 0.1504 cannot be decided: unknown.
const s = scope({ a: printed(0.1504, 4), c: printed(0.15, 2), "x.A": point(1), "x.B": point(2), "x.C": point(3) });
const truth = (e: string): unknown => evaluateCondition(parseExpr(e), s).truth;
const T = "1 < 2";
const F = "2 < 1";
const U = "`a` < `c`";

describe("three-valued logic", () => {
  it("decides and/or when one side decides, whatever the other", () => {
    expect(truth(U)).toBe("unknown");
    expect(truth(`${F} and ${U}`)).toBe(false);
    expect(truth(`${U} and ${F}`)).toBe(false);
    expect(truth(`${T} and ${U}`)).toBe("unknown");
    expect(truth(`${T} or ${U}`)).toBe(true);
    expect(truth(`${U} or ${T}`)).toBe(true);
    expect(truth(`${F} or ${U}`)).toBe("unknown");
    expect(truth(`not (${U})`)).toBe("unknown");
    expect(truth(`not (${F})`)).toBe(true);
  });

  it("decides each pair of sides, in both orders", () => {
    expect(truth(`${T} and ${T}`)).toBe(true);
    expect(truth(`${F} and ${F}`)).toBe(false);
    expect(truth(`${U} and ${T}`)).toBe("unknown");
    expect(truth(`${U} and ${U}`)).toBe("unknown");
    expect(truth(`${F} or ${F}`)).toBe(false);
    expect(truth(`${U} or ${F}`)).toBe("unknown");
    expect(truth(`${U} or ${U}`)).toBe("unknown");
    expect(truth(`not (${T})`)).toBe(false);
  });

  it("none holds when no instance holds, and names the one that does", () => {
    expect(truth("none m in methods: `x.{m}` > 3")).toBe(true);
    const r = evaluateCondition(parseExpr("none m in methods: `x.{m}` > 2"), s);
    expect(r.truth).toBe(false);
    expect(r.counterexamples).toEqual([{ bindings: { m: "C" }, numbers: [{ name: "x.C", value: point(3) }] }]);
    expect(truth("none m in methods: `x.{m}` > 2 and `a` < `c`")).toBe("unknown");
  });

  it("alternatives and named sets work inside backtick keys", () => {
    expect(evaluateCondition(parseExpr("count(`x.{A,C}`) == 2 and sum(`x.$methods`) == 6"), s).truth).toBe(true);
  });
});

describe("rounding-aware intervals at their endpoints", () => {
  it("a printed 0.76 stands for [0.755, 0.765]", () => {
    expect(printed(0.76, 2)).toEqual({ lo: 0.755, hi: 0.765 });
    const p = printed(0.76, 2);
    // Touching the interval's end is undecided; beyond it is decided.
    expect(compare("<", p, point(0.765))).toBe("unknown");
    expect(compare("<", p, point(0.7651))).toBe(true);
    expect(compare(">=", p, point(0.755))).toBe(true);
    expect(compare(">", p, point(0.755))).toBe("unknown");
    expect(compare(">", p, point(0.7549))).toBe(true);
    expect(compare("==", p, point(0.7649))).toBe("unknown");
    expect(compare("==", p, point(0.7651))).toBe(false);
  });
});

describe("bound uses", () => {
  it("records each value compared with a written number, bound on either side", () => {
    const r = evaluateCondition(parseExpr("all m in methods: `x.{m}` > 0.1 and 10 > `x.{m}`"), s);
    expect(r.truth).toBe(true);
    expect(r.bounds.map((b) => [b.op, b.bound, b.value.lo])).toEqual([
      [">", 0.1, 1],
      ["<", 10, 1],
      [">", 0.1, 2],
      ["<", 10, 2],
      [">", 0.1, 3],
      ["<", 10, 3],
    ]);
  });
});
