// evaluateValue's refusals in placeholders (finite mode) and claims: wrong kinds in arithmetic, non-finite results, unknown functions and keys.
import { describe, expect, it } from "vitest";
import { evaluateValue, ExprEvalError, type Scope } from "../../src/lang/evaluate.js";
import { point, type Interval } from "../../src/lang/interval.js";
import { parseBareExpr, parseExpr } from "../../src/lang/parser.js";
import { positionedError } from "./positionedError.js";

const values: Record<string, number> = { "x.A": 0.25, "x.B": -0.5, "x.C": 3, "y.A": 4 };
// Printed values: a key unbounded above, one unbounded below, and one known to lie between 1 and 10.
const intervals: Record<string, Interval> = { "h.A": { lo: 0, hi: Infinity }, "l.A": { lo: -Infinity, hi: 0 }, "w.A": { lo: 1, hi: 10 } };
const scope: Scope = {
  lookup: (n) => (Object.hasOwn(values, n) ? point(values[n]!) : Object.hasOwn(intervals, n) ? intervals[n] : undefined),
  names: () => Object.keys(values),
  sets: {},
};
const FINITE_HINT = "a division by zero, 0 / 0, or a number beyond the range of a double: check the expression";
const FUNCTION_HINT = "the functions and formats are listed in docs/writing.md";
const KNOWN = "abs, sqrt, min, max, mean, sum, spread, count, log10p, normalpdf, zquantile, argmin, argmax, rank, rankdesc, range, allsign, trend, same, bound";
const caught = (f: () => unknown) => positionedError(f, ExprEvalError);
const bare = (text: string) => caught(() => evaluateValue(parseBareExpr(text).expr, scope, { k: "B" }, { finite: true }));
const claim = (text: string) => caught(() => evaluateValue(parseExpr(text), scope));

describe("placeholders (finite mode)", () => {
  it("refuse a function result that is not finite, on a number or on any number of a list, at the call", () => {
    expect(bare("sqrt(x.B)")).toEqual(["this expression is NaN, not a finite number", 0, 9, FINITE_HINT]);
    expect(bare("sqrt(x.*)")).toEqual(["this expression is NaN, not a finite number", 0, 9, FINITE_HINT]);
  });

  it("refuse a key or a result with one end not finite, at the key or the expression", () => {
    expect(bare("h.A")).toEqual(['results key "h.A" is Infinity, not a finite number', 0, 3, "rerun `safety-gap compute`; a NaN usually means a cell had zero variance"]);
    expect(bare("1e308 * w.A")).toEqual(["this expression is Infinity, not a finite number", 0, 11, FINITE_HINT]);
    // Either end alone not finite is refused.
    expect(bare("l.A")).toEqual(['results key "l.A" is -Infinity, not a finite number', 0, 3, "rerun `safety-gap compute`; a NaN usually means a cell had zero variance"]);
    expect(bare("-1e308 * w.A")).toEqual(["this expression is -Infinity, not a finite number", 0, 12, FINITE_HINT]);
  });

  it("name the kind of value that is not a number: a range, a list, a statement", () => {
    expect(bare("-range(x.*)")).toEqual(["expected a number here, got a range", 1, 1, undefined]);
    expect(bare("range(x.*) + 1")).toEqual(["expected a number here, got a range", 0, 1, undefined]);
    expect(claim("-(1 < 2)")).toEqual(["expected a number here, got a statement", 2, 1, undefined]);
    expect(claim('mean(j in ["A"]: `x.*`)')).toEqual(["expected a number here, got a list", 17, 1, undefined]);
  });

  it("refuse names and lists where a number is needed, at the operand", () => {
    expect(bare('"a" + 1')).toEqual(["expected a number here, got a name", 0, 1, undefined]);
    expect(bare('1 + "a"')).toEqual(["expected a number here, got a name", 4, 1, undefined]);
    expect(bare('x.* + "a"')).toEqual(["expected a number here, got a list", 0, 1, undefined]);
    expect(bare('"a" - x.*')).toEqual(["expected a number here, got a name", 0, 1, undefined]);
    expect(bare('-"a"')).toEqual(["expected a number here, got a name", 1, 1, undefined]);
    expect(bare('abs("a")')).toEqual(["expected numbers here", 4, 1, undefined]);
  });

  it("refuse an unknown function and a wrong count of numbers", () => {
    expect(bare("zz(1)")).toEqual([`unknown function 'zz' (known: ${KNOWN})`, 0, 2, FUNCTION_HINT]);
    expect(bare("toString(1)")).toEqual([`unknown function 'toString' (known: ${KNOWN})`, 0, 8, FUNCTION_HINT]);
    expect(bare("mx(1)")).toEqual([`unknown function 'mx'; did you mean 'max'? (known: ${KNOWN})`, 0, 2, FUNCTION_HINT]);
    expect(bare("abs(1, 2)")).toEqual(["abs() takes one number, got 2", 0, 1, undefined]);
  });

  it("refuse a filled key that does not exist, and a pattern that matches nothing", () => {
    expect(bare("x.{k}.z")).toEqual(["no number named 'x.B.z'; did you mean 'x.B'?", 0, 7, "spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment"]);
    expect(bare("x.*.q")).toEqual(["the pattern `x.*.q` matches no number", 0, 5, "closest key: none"]);
    expect(bare("1 + x.Q.*")).toEqual(["the pattern `x.Q.*` matches no number", 4, 5, "closest key: none"]);
    const hint = "{name} is a variable (one name: a quantifier's, a table's {row}, paper.yaml's vars), $name a named set; the sets are listed in docs/writing.md";
    expect(bare("x.{q} | f2")).toEqual(["'{q}' is not bound (bound here: {k}); did you mean '{k}'?", 2, 3, hint]);
    expect(bare("{q}")).toEqual(["'{q}' is not bound (bound here: {k}); did you mean '{k}'?", 0, 3, hint]);
    expect(bare("1 + x.$q")).toEqual(["unknown set '$q' (known: )", 6, 2, hint]);
  });

  it("give the numbers of a list elementwise: sqrt, abs and unary minus", () => {
    expect(evaluateValue(parseBareExpr("abs(x.{A,B})").expr, scope)).toEqual({
      t: "list",
      items: [
        { v: point(0.25), from: { keys: ["x.A"], names: ["A"] } },
        { v: point(0.5), from: { keys: ["x.B"], names: ["B"] } },
      ],
    });
    expect(evaluateValue(parseBareExpr("-x.{A,C}").expr, scope)).toEqual({
      t: "list",
      items: [
        { v: point(-0.25), from: { keys: ["x.A"], names: ["A"] } },
        { v: point(-3), from: { keys: ["x.C"], names: ["C"] } },
      ],
    });
    expect(evaluateValue(parseBareExpr("y.A - x.{A,C}").expr, scope)).toEqual({
      t: "list",
      items: [
        { v: point(3.75), from: { keys: ["y.A", "x.A"], names: ["A"] } },
        { v: point(1), from: { keys: ["y.A", "x.C"], names: ["C"] } },
      ],
    });
  });

  it("keep the names of the list's pattern whichever side the list is on", () => {
    expect(evaluateValue(parseBareExpr("x.{A,C} * 2").expr, scope)).toEqual({
      t: "list",
      items: [
        { v: point(0.5), from: { keys: ["x.A"], names: ["A"] } },
        { v: point(6), from: { keys: ["x.C"], names: ["C"] } },
      ],
    });
  });

  it("a claim (not finite mode) keeps a non-finite number", () => {
    expect(evaluateValue(parseExpr("sqrt(`x.B`)"), scope)).toEqual({ t: "num", v: { lo: 0, hi: NaN }, from: { keys: ["x.B"], names: [] } });
    expect(evaluateValue(parseExpr("`x.A` / 0"), scope)).toEqual({ t: "num", v: { lo: NaN, hi: NaN }, from: { keys: ["x.A"], names: [] } });
    expect(evaluateValue(parseExpr("`h.A`"), scope)).toEqual({ t: "num", v: { lo: 0, hi: Infinity }, from: { keys: ["h.A"], names: [] } });
  });
});

describe("claims", () => {
  it("refuse statements in arithmetic, and lists of two lengths at the whole operation", () => {
    expect(claim("(1 < 2) + 1")).toEqual(["expected a number here, got a statement", 1, 1, undefined]);
    expect(claim("1 + (1 < 2)")).toEqual(["expected a number here, got a statement", 5, 1, undefined]);
    expect(claim("`x.*` + `x.{A,B}`")).toEqual(["+ on two lists needs lists of one length, but they have 3 and 2 numbers", 0, 17, undefined]);
    expect(claim("`x.{k}`")).toEqual(["'{k}' is not bound", 3, 3, "{name} is a variable (one name: a quantifier's, a table's {row}, paper.yaml's vars), $name a named set; the sets are listed in docs/writing.md"]);
  });
});
