// Evaluation: exact values, rounding-aware intervals, and counterexamples.
import { describe, expect, it } from "vitest";
import { evaluateCondition, type Scope } from "../../src/lang/evaluate.js";
import { point, printed, type Interval } from "../../src/lang/interval.js";
import { parseExpr } from "../../src/lang/parser.js";

function scope(values: Record<string, Interval>): Scope {
  return { lookup: (n) => values[n], names: () => Object.keys(values), sets: { methods: ["A", "B", "C"] } };
}

describe("evaluateCondition", () => {
  const s = scope({ "x.A": point(1), "x.B": point(2), "x.C": point(3) });

  it("evaluates quantifiers and names the breaking numbers", () => {
    expect(evaluateCondition(parseExpr("all m in methods: `x.{m}` > 0"), s).truth).toBe(true);
    const r = evaluateCondition(parseExpr("all m in methods: `x.{m}` < 2.5"), s);
    expect(r.truth).toBe(false);
    expect(r.counterexamples).toHaveLength(1);
    expect(r.counterexamples[0]).toMatchObject({ bindings: { m: "C" }, numbers: [{ name: "x.C" }], reason: "3 < 2.5" });
    expect(evaluateCondition(parseExpr('any m in methods except ["C"]: `x.{m}` == 2'), s).truth).toBe(true);
  });

  it("supports patterns and aggregates", () => {
    expect(evaluateCondition(parseExpr("all v in `x.*`: v <= max(`x.*`)"), s).truth).toBe(true);
    expect(evaluateCondition(parseExpr("mean(m in methods: `x.{m}`) == 2 and spread(`x.*`) == 2 and count(`x.*`) == 3"), s).truth).toBe(true);
  });

  it("is rounding-aware on printed values: only definite contradictions are false", () => {
    const p = scope({ a: printed(0.1504, 4), b: printed(0.1599, 4), c: printed(0.15, 2) });
    expect(evaluateCondition(parseExpr("`b` < `a`"), p).truth).toBe(false);
    expect(evaluateCondition(parseExpr("`a` < `c`"), p).truth).toBe("unknown");
    expect(evaluateCondition(parseExpr("`a` == `c`"), p).truth).toBe("unknown");
  });

  it("log10p gives the two-sided Student-t p-value (statcheck)", () => {
    // t = 2, df = 998: p = 0.04578...
    expect(evaluateCondition(parseExpr("-1.34 < log10p(2, 998) < -1.33 and log10p(-2, 998) == log10p(2, 998)"), s).truth).toBe(true);
    expect(() => evaluateCondition(parseExpr("log10p(2) < 0"), s)).toThrow(/takes two numbers/);
  });

  it("rejects non-statements and unknown names", () => {
    expect(() => evaluateCondition(parseExpr("`x.A` + 1"), s)).toThrow(/not a statement/);
    expect(() => evaluateCondition(parseExpr("`nope` > 1"), s)).toThrow("no number named 'nope'");
    expect(() => evaluateCondition(parseExpr("all m in sizes: `x.{m}` > 1"), s)).toThrow(/unknown set 'sizes'/);
  });
});
