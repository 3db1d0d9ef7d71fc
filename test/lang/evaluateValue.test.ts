// evaluateValue: what a placeholder prints — values with their origins (keys, choice names), list arithmetic, pick functions — and the same functions in claims.
import { describe, expect, it } from "vitest";
import { evaluateCondition, evaluateValue, ExprEvalError, type Scope } from "../../src/lang/evaluate.js";
import { formatValue } from "../../src/lang/formatValue.js";
import { point } from "../../src/lang/interval.js";
import { parseBareExpr, parseExpr } from "../../src/lang/parser.js";

const values: Record<string, number> = { "x.A.u": 3, "x.B.u": 1, "x.C.u": 2, "x.A.v": -1, "x.B.v": -2, "x.C.v": -3, "y.A": 0.5, "n.bad": NaN };
const scope: Scope = {
  lookup: (n) => (Object.hasOwn(values, n) ? point(values[n]!) : undefined),
  names: () => Object.keys(values),
  sets: { letters: ["A", "B", "C"], base: ["A"] },
};
const value = (text: string, vars: Record<string, string> = {}) => evaluateValue(parseBareExpr(text).expr, scope, vars, { finite: true });
const print = (text: string, vars: Record<string, string> = {}): string => {
  const { expr, formats } = parseBareExpr(text);
  return formatValue(evaluateValue(expr, scope, vars, { finite: true }), expr, formats, text).text;
};
const error = (text: string): ExprEvalError => {
  try {
    print(text);
  } catch (e) {
    if (e instanceof ExprEvalError) return e;
    throw e;
  }
  throw new Error(`no error for ${text}`);
};

describe("evaluateValue", () => {
  it("keeps each number's keys and the names its pattern's choices matched", () => {
    expect(value("x.*.u")).toEqual({
      t: "list",
      items: [
        { v: point(3), from: { keys: ["x.A.u"], names: ["A"] } },
        { v: point(1), from: { keys: ["x.B.u"], names: ["B"] } },
        { v: point(2), from: { keys: ["x.C.u"], names: ["C"] } },
      ],
    });
    expect(value("min(x.$letters.u)")).toEqual({ t: "num", v: point(1), from: { keys: ["x.B.u"], names: ["B"] } });
    expect(value("mean(x.*.u)")).toEqual({ t: "num", v: point(2), from: { keys: ["x.A.u", "x.B.u", "x.C.u"], names: [] } });
    expect(value("count(x.*.u)")).toEqual({ t: "num", v: point(3), from: { keys: [], names: [] } });
    expect(value("x.{m}.u", { m: "C" })).toEqual({ t: "num", v: point(2), from: { keys: ["x.C.u"], names: [] } });
  });

  it("does arithmetic elementwise on lists, keeping the names; abs applies to each number", () => {
    expect(value("x.*.u - x.*.v")).toEqual({
      t: "list",
      items: [
        { v: point(4), from: { keys: ["x.A.u", "x.A.v"], names: ["A"] } },
        { v: point(3), from: { keys: ["x.B.u", "x.B.v"], names: ["B"] } },
        { v: point(5), from: { keys: ["x.C.u", "x.C.v"], names: ["C"] } },
      ],
    });
    expect(print("max(abs(x.*.v)) | f1")).toBe("3.0");
    expect(print("max(abs(x.*.v)) | name")).toBe("C");
    expect(print("-x.A.v | f0")).toBe("1");
    expect(error("x.*.u - x.{A,B}.v | f0").message).toBe("- on two lists needs lists of one length, but they have 3 and 2 numbers");
  });

  it("prints a variable alone as its name, and the names and numbers the pick functions choose", () => {
    expect(value("{m}", { m: "B" })).toEqual({ t: "str", v: "B", keys: [] });
    expect(print("argmax(x.*.u)")).toBe("A");
    expect(print("rankdesc(x.*.u, 2) | name")).toBe("C");
    expect(print("range(x.*.u) | f1")).toBe("1.0–3.0");
    expect(print('bound(x.*.u, ">", 0) | f0')).toBe("0");
    expect(print("trend(x.*.v)")).toBe("decreases");
  });

  it("refuses what cannot be printed truthfully, at the expression", () => {
    const nan = error("n.bad | f2");
    expect([nan.message, nan.pos, nan.length]).toEqual(['results key "n.bad" is NaN, not a finite number', 0, 5]);
    const inPattern = error("max(n.*) | f2");
    expect([inPattern.message, inPattern.pos, inPattern.length]).toEqual(['results key "n.bad" is NaN, not a finite number', 4, 3]);
    const div = error("y.A / 0 | f2");
    expect([div.message, div.pos, div.length]).toEqual(["this expression is NaN, not a finite number", 0, 7]);
    const pick = error('bound(x.*.u, "<", 2) | hide');
    expect([pick.message, pick.pos, pick.length]).toEqual(["the sentence claims every value < 2, but x.A.u = 3", 0, 20]);
    expect(error("x.{Y,Z}.u | f2").message).toBe("the pattern `x.{Y,Z}.u` matches no number");
    expect(error("x.{A,Z}.u | f2").message).toBe("\"x.{A,Z}.u | f2\" is a list: reduce it with min/max/mean/range first; it is a name or a list, not a single number");
  });

  it("explains a variable written as a set and the reverse, with did-you-mean for unknown ones", () => {
    expect(() => value("x.$m.u", { m: "A" })).toThrow('"$m" is a variable (one name): write "{m}"');
    expect(() => value("x.{letters}.u")).toThrow('"{letters}" is a set (a list of names): write "$letters"');
    expect(() => value("x.{mm}.u", { m: "A" })).toThrow("'{mm}' is not bound (bound here: {m}); did you mean '{m}'?");
    expect(() => value("x.$letter.u")).toThrow("unknown set '$letter' (known: $letters, $base); did you mean '$letters'?");
  });
});

describe("the pick functions in claims", () => {
  it("compare a pick's name and use lists like any aggregate", () => {
    expect(evaluateCondition(parseExpr('argmax(`x.*.u`) == "A"'), scope).truth).toBe(true);
    expect(evaluateCondition(parseExpr('argmin(`x.*.u`) == "A"'), scope).truth).toBe(false);
    expect(evaluateCondition(parseExpr("max(abs(`x.*.v`)) == 3"), scope).truth).toBe(true);
    expect(evaluateCondition(parseExpr("all m in letters: `{m}` != \"D\""), scope).truth).toBe(true);
  });
});
