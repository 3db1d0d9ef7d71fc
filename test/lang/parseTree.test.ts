// The parser's trees (precedence, spans) and each of its errors, with the place and length it underlines.
import { describe, expect, it } from "vitest";
import { span } from "../../src/lang/ast.js";
import { ExprSyntaxError } from "../../src/lang/lexer.js";
import { parseBareExpr, parseBindings, parseExpr } from "../../src/lang/parser.js";
import { positionedError } from "./positionedError.js";

const errorOf = (f: () => unknown): [string, number, number] => positionedError(f, ExprSyntaxError).slice(0, 3) as [string, number, number];
const num = (value: number, pos: number, end: number) => ({ kind: "num", value, pos, end });
const SET_HELP = 'expected a set (a name such as methods, a list ["a", "b"], or a `key.*` pattern)';
const FUNCTIONS = "abs, sqrt, min, max, mean, sum, spread, count, log10p, normalpdf, zquantile, argmin, argmax, rank, rankdesc, range, allsign, trend, same, bound";

describe("parse trees", () => {
  it("not binds tightest, then and, then or; each node spans its text", () => {
    expect(parseExpr("not not 1 < 2 or 3 > 4 and 5 == 6")).toEqual({
      kind: "logic",
      op: "or",
      left: { kind: "not", arg: { kind: "not", arg: { kind: "compare", ops: ["<"], args: [num(1, 8, 9), num(2, 12, 13)], pos: 8, end: 13 }, pos: 4, end: 13 }, pos: 0, end: 13 },
      right: {
        kind: "logic",
        op: "and",
        left: { kind: "compare", ops: [">"], args: [num(3, 17, 18), num(4, 21, 22)], pos: 17, end: 22 },
        right: { kind: "compare", ops: ["=="], args: [num(5, 27, 28), num(6, 32, 33)], pos: 27, end: 33 },
        pos: 23,
        end: 33,
      },
      pos: 14,
      end: 33,
    });
  });

  it("chains comparisons, and reads a quantifier as an operand of and", () => {
    expect(parseExpr("1 < `a` <= 2 != 3")).toEqual({
      kind: "compare",
      ops: ["<", "<=", "!="],
      args: [num(1, 0, 1), { kind: "ref", template: "a", segs: [{ kind: "literal", text: "a", pos: 0 }], pos: 4, end: 7 }, num(2, 11, 12), num(3, 16, 17)],
      pos: 0,
      end: 17,
    });
    expect(parseExpr("`a` > 0 and all b in s: `x.{b}` > 0")).toMatchObject({
      kind: "logic",
      op: "and",
      left: { kind: "compare", pos: 0, end: 7 },
      right: { kind: "quant", q: "all", bindings: [{ name: "b", set: { kind: "named", name: "s", pos: 21, except: [] }, pos: 16 }], body: { kind: "compare", pos: 24, end: 35 }, pos: 12, end: 35 },
      pos: 8,
      end: 35,
    });
    expect(parseExpr("1 > 0 or none m in s: 1 > 2")).toMatchObject({ kind: "logic", op: "or", right: { kind: "quant", q: "none" } });
    expect(parseExpr("any m in s: 1 > 2")).toMatchObject({ kind: "quant", q: "any" });
  });

  it("* and / bind tighter than + and -, all left to right; unary minus binds tightest", () => {
    expect(parseExpr("-(1 + 2) * 3 / -4 - 5")).toEqual({
      kind: "arith",
      op: "-",
      left: {
        kind: "arith",
        op: "/",
        left: { kind: "arith", op: "*", left: { kind: "neg", arg: { kind: "arith", op: "+", left: num(1, 2, 3), right: num(2, 6, 7), pos: 4, end: 7 }, pos: 0, end: 8 }, right: num(3, 11, 12), pos: 9, end: 12 },
        right: { kind: "neg", arg: num(4, 16, 17), pos: 15, end: 17 },
        pos: 13,
        end: 17,
      },
      right: num(5, 20, 21),
      pos: 18,
      end: 21,
    });
    expect(span(parseExpr("1 - 2 - 3"))).toEqual({ pos: 0, len: 9 });
  });

  it("reads calls with any number of arguments, and aggregates over bindings", () => {
    expect(parseExpr("abs()")).toEqual({ kind: "call", name: "abs", args: [], pos: 0, end: 5 });
    expect(parseExpr("max(1, `a.b` - 2)")).toMatchObject({ kind: "call", name: "max", args: [num(1, 4, 5), { kind: "arith", op: "-", pos: 13, end: 16 }], pos: 0, end: 17 });
    expect(parseExpr("max(1, 2, 3)")).toMatchObject({ kind: "call", args: [num(1, 4, 5), num(2, 7, 8), num(3, 10, 11)] });
    expect(parseExpr("mean(v in `x.*`, w in s: v < w) > 0")).toMatchObject({
      kind: "compare",
      args: [{ kind: "agg", name: "mean", bindings: [{ name: "v", set: { kind: "pattern", template: "x.*" } }, { name: "w", set: { kind: "named", name: "s" } }], body: { kind: "compare" }, pos: 0, end: 31 }, num(0, 34, 35)],
    });
    expect(parseExpr("max(x, y)")).toMatchObject({ kind: "call", args: [{ kind: "var", name: "x" }, { kind: "var", name: "y" }] });
    expect(parseExpr('"a" == x')).toMatchObject({ kind: "compare", args: [{ kind: "str", value: "a", pos: 0, end: 3 }, { kind: "var", name: "x", pos: 7, end: 8 }] });
  });

  it("reads the sets of bindings: named, list, pattern, each with its exceptions", () => {
    expect(parseExpr('all m in ["a"] except ["b", "c"], n in `x.*`: 1').kind).toBe("quant");
    expect(parseBindings('m in methods, b in `x.*` except ["a"]')).toEqual([
      { name: "m", set: { kind: "named", name: "methods", pos: 5, except: [] }, pos: 0 },
      { name: "b", set: { kind: "pattern", template: "x.*", segs: [{ kind: "literal", text: "x", pos: 0 }, { kind: "wildcard", pos: 2 }], pos: 19, except: ["a"] }, pos: 14 },
    ]);
    expect(parseBindings('m in ["a", "b"]')).toEqual([{ name: "m", set: { kind: "list", items: ["a", "b"], pos: 5, except: [] }, pos: 0 }]);
    expect(parseBindings("v in `x.*`")).toEqual([{ name: "v", set: { kind: "pattern", template: "x.*", segs: [{ kind: "literal", text: "x", pos: 0 }, { kind: "wildcard", pos: 2 }], pos: 5, except: [] }, pos: 0 }]);
  });

  it("reads a percentage as its exact fraction, with or without an exponent", () => {
    expect(parseExpr("1.1%")).toEqual(num(0.011, 0, 4));
    expect(parseExpr("0.5e1%")).toEqual(num(0.05, 0, 6));
    expect(parseExpr("2e-1%")).toEqual(num(0.002, 0, 5));
    expect(parseExpr("7%")).toEqual(num(0.07, 0, 2));
    expect(parseExpr("1.5e3")).toEqual(num(1500, 0, 5));
  });

  it("placeholders: arithmetic over bare keys in parentheses, then formats", () => {
    expect(parseBareExpr("(a - b) * c | f4")).toMatchObject({
      expr: { kind: "arith", op: "*", left: { kind: "arith", op: "-", pos: 3, end: 6 }, right: { kind: "ref", template: "c", pos: 10, end: 11 }, pos: 8, end: 11 },
      formats: [{ name: "f4", pos: 14, len: 2 }],
    });
    expect(parseBareExpr("f()")).toEqual({ expr: { kind: "call", name: "f", args: [], pos: 0, end: 3 }, formats: [] });
    expect(parseBareExpr("f(a, b)").expr).toMatchObject({ kind: "call", args: [{ kind: "ref", template: "a" }, { kind: "ref", template: "b" }], end: 7 });
  });
});

describe("parse errors", () => {
  it("in bindings and sets", () => {
    expect(errorOf(() => parseExpr("all in methods: 1"))).toEqual(["expected a variable name, found 'in'", 4, 2]);
    expect(errorOf(() => parseExpr("all 1 in methods: 1"))).toEqual(["expected a variable name, found '1'", 4, 1]);
    expect(errorOf(() => parseExpr("all m methods: 1"))).toEqual(["expected 'in' after 'm', found 'methods'", 6, 7]);
    expect(errorOf(() => parseExpr("all m in : 1"))).toEqual([`${SET_HELP}, found ':'`, 9, 1]);
    expect(errorOf(() => parseExpr("all m in not: 1"))).toEqual([`${SET_HELP}, found 'not'`, 9, 3]);
    expect(errorOf(() => parseExpr("all m in [1]: 1"))).toEqual(["expected a quoted name in the list, found '1'", 10, 1]);
    expect(errorOf(() => parseExpr('all m in ["a" "b"]: 1'))).toEqual(["expected ',' between list items, found 'b'", 14, 1]);
    expect(errorOf(() => parseExpr('all m in ["a", 1]: 1'))).toEqual(["expected a quoted name in the list, found '1'", 15, 1]);
    expect(errorOf(() => parseExpr('all m in methods except "a": 1'))).toEqual(["expected '[' to open a list, found 'a'", 24, 1]);
    expect(errorOf(() => parseExpr("all m in methods, and in x: 1"))).toEqual(["expected a variable name, found 'and'", 18, 3]);
    expect(errorOf(() => parseExpr("all m in methods `x` < 1"))).toEqual(["expected ':' after the quantifier's bindings, found '`x`'", 17, 1]);
    expect(errorOf(() => parseBindings("m in methods x"))).toEqual(["expected end of expression (a missing 'and'/'or'?), found 'x'", 13, 1]);
  });

  it("in values, calls and parentheses", () => {
    expect(errorOf(() => parseExpr("x > 1 1"))).toEqual(["expected end of expression (a missing 'and'/'or'?), found '1'", 6, 1]);
    expect(errorOf(() => parseExpr("1 < `a.b`  `cc.dd`"))).toEqual(["expected end of expression (a missing 'and'/'or'?), found '`cc.dd`'", 11, 5]);
    expect(errorOf(() => parseExpr("(1 < 2"))).toEqual(["expected ')' to close '(', found end of expression", 6, 1]);
    expect(errorOf(() => parseExpr("abs(1, 2"))).toEqual(["expected ')' to close abs(, found end of expression", 8, 1]);
    expect(errorOf(() => parseExpr("max(v in `x.*` v)"))).toEqual(["expected ':' after the comprehension's bindings, found 'v'", 15, 1]);
    expect(errorOf(() => parseExpr("max(v in `x.*`: v"))).toEqual(["expected ')' to close max(, found end of expression", 17, 1]);
    expect(errorOf(() => parseExpr("abs(v in `x.*`: v) > 1"))).toEqual(["'abs' takes values, not a comprehension", 0, 3]);
    expect(errorOf(() => parseExpr("abzz(1) > 2"))).toEqual([`unknown function 'abzz'; did you mean 'abs'? (known: ${FUNCTIONS})`, 0, 4]);
    expect(errorOf(() => parseExpr("qqqqqq(1) > 2"))).toEqual([`unknown function 'qqqqqq' (known: ${FUNCTIONS})`, 0, 6]);
    expect(errorOf(() => parseExpr("toString(1) > 2"))[0]).toBe(`unknown function 'toString' (known: ${FUNCTIONS})`);
    expect(errorOf(() => parseExpr("and > 1"))).toEqual(["expected a value, found 'and'", 0, 3]);
    for (const word of ["all", "any", "none", "in", "except", "and", "or", "not"]) {
      expect(errorOf(() => parseExpr(`1 < ${word}`)), word).toEqual([`expected a value, found '${word}'`, 4, word.length]);
      expect(errorOf(() => parseExpr(`all m in ${word}: 1`)), word).toEqual([`${SET_HELP}, found '${word}'`, 9, word.length]);
      expect(errorOf(() => parseExpr(`all ${word} in s: 1`)), word).toEqual([`expected a variable name, found '${word}'`, 4, word.length]);
    }
    expect(errorOf(() => parseExpr("1 < "))).toEqual(["expected a value, found end of expression", 4, 1]);
    expect(errorOf(() => parseExpr("1 < ]"))).toEqual(["expected a value, found ']'", 4, 1]);
    expect(errorOf(() => parseExpr("1 < :"))).toEqual(["expected a value, found ':'", 4, 1]);
    expect(errorOf(() => parseExpr("max("))).toEqual(["expected a value, found end of expression", 4, 1]);
    expect(errorOf(() => parseExpr("max(v"))).toEqual(["expected ')' to close max(, found end of expression", 5, 1]);
  });

  it("read a string as a value, never as an operator, a keyword or a quantifier, whatever its text", () => {
    const END = "expected end of expression (a missing 'and'/'or'?), found";
    expect(errorOf(() => parseExpr('1 "+" 2'))).toEqual([`${END} '+'`, 2, 1]);
    expect(errorOf(() => parseExpr('1 "<" 2'))).toEqual([`${END} '<'`, 2, 1]);
    expect(errorOf(() => parseExpr('1 > 0 "and" 2 > 1'))).toEqual([`${END} 'and'`, 6, 3]);
    expect(errorOf(() => parseExpr('"all" k in m: 1 > 0'))).toEqual([`${END} 'k'`, 6, 1]);
    expect(errorOf(() => parseExpr('all k "in" m: 1 > 0'))).toEqual(["expected 'in' after 'k', found 'in'", 6, 2]);
  });

  it("read a call as an aggregate only when it opens with a variable and the word in", () => {
    expect(errorOf(() => parseExpr("max(`x` in m: 1) > 0"))).toEqual(["expected ')' to close max(, found 'in'", 8, 2]);
    expect(errorOf(() => parseExpr('max(k "in" m: 1) > 0'))).toEqual(["expected ')' to close max(, found 'in'", 6, 2]);
    expect(errorOf(() => parseExpr("max(k j) > 0"))).toEqual(["expected ')' to close max(, found 'j'", 6, 1]);
  });

  it("in placeholders", () => {
    expect(errorOf(() => parseBareExpr("a | 4"))).toEqual(["expected a format name after |, found '4'", 4, 1]);
    expect(errorOf(() => parseBareExpr("a | f2 |"))).toEqual(["expected a format name after |, found end of expression", 8, 1]);
    expect(errorOf(() => parseBareExpr("f(a, b) | f2 xy"))).toEqual(["expected end of expression (a missing 'and'/'or'?), found '`xy`'", 13, 2]);
    expect(errorOf(() => parseBareExpr("(a"))).toEqual(["expected ')' to close '(', found end of expression", 2, 1]);
    expect(errorOf(() => parseBareExpr("(a bc)"))).toEqual(["expected ')' to close '(', found '`bc`'", 3, 2]);
    expect(errorOf(() => parseBareExpr("f(a bc)"))).toEqual(["expected ')' to close f(, found '`bc`'", 4, 2]);
  });
});
