// The expression language: what parses, what does not, and where errors point.
import { describe, expect, it } from "vitest";
import { parseExpr } from "../../src/lang/parser.js";
import { ExprSyntaxError } from "../../src/lang/lexer.js";

const errorAt = (text: string): { pos: number; message: string } => {
  try {
    parseExpr(text);
  } catch (e) {
    if (e instanceof ExprSyntaxError) return { pos: e.pos, message: e.message };
    throw e;
  }
  throw new Error(`parsed: ${text}`);
};

describe("parseExpr", () => {
  it("parses quantifiers, key templates, chained comparisons and aggregates", () => {
    const e = parseExpr('all s in scales, m in methods except ["SFT+DPO"]: 0.76 <= `summary.{s}.{m}.retention` < 0.83');
    expect(e.kind).toBe("quant");
    if (e.kind !== "quant") return;
    expect(e.bindings.map((b) => b.name)).toEqual(["s", "m"]);
    expect(e.bindings[1]!.set.except).toEqual(["SFT+DPO"]);
    expect(e.body.kind).toBe("compare");
    expect(parseExpr("spread(b in safetyBenchmarks: `t2.RLVR.{b}`) < 0.01").kind).toBe("compare");
    expect(parseExpr("abs(`summary.7B.CAI.tax`) < 1.1%").kind).toBe("compare");
  });

  it("reads percentages as fractions", () => {
    const e = parseExpr("1.1%");
    expect(e).toMatchObject({ kind: "num", value: 0.011 });
  });

  it("reports errors at the offending token", () => {
    expect(errorAt("all m in methods `x` < 1")).toMatchObject({ pos: 17, message: expect.stringContaining("expected ':'") });
    expect(errorAt("`a.b` < ")).toMatchObject({ pos: 8, message: expect.stringContaining("expected a value") });
    expect(errorAt("eval(`a`) > 1")).toMatchObject({ pos: 0, message: expect.stringContaining("unknown function 'eval'") });
    expect(errorAt("`a.b < 1")).toMatchObject({ pos: 0, message: expect.stringContaining("backtick") });
    expect(errorAt("`a` > 1 `b` > 2")).toMatchObject({ pos: 8, message: expect.stringContaining("expected end of expression") });
    expect(errorAt("1 ; 2").message).toContain("unexpected character ';'");
  });
});
