// evaluateCondition and friends in detail: quantifiers' truth and counterexamples, reasons, bound uses, and every evaluation error with its place.
import { describe, expect, it } from "vitest";
import { evaluateCondition, evaluateNumber, evaluateValue, ExprEvalError, instancesOf, keysOfRef, type Scope } from "../../src/lang/evaluate.js";
import { point, printed, type Interval } from "../../src/lang/interval.js";
import { parseBindings, parseExpr } from "../../src/lang/parser.js";
import { positionedError } from "./positionedError.js";

const values: Record<string, Interval> = { "x.A": point(1), "x.B": point(2), "x.C": point(3), "y.A": point(-1), "y.B": point(0.5), "y.C": point(10), p: printed(0.15, 2), q: printed(0.1504, 4), z: point(0) };
const scope: Scope = { lookup: (n) => (Object.hasOwn(values, n) ? values[n] : undefined), names: () => Object.keys(values), sets: { m: ["A", "B", "C"], two: ["A", "B"], empty: [] } };
const run = (text: string) => evaluateCondition(parseExpr(text), scope);
const truth = (text: string) => run(text).truth;
const pt = (x: number) => ({ lo: x, hi: x });
const n = (name: string, x: number) => ({ name, value: pt(x) });
const errorOf = (f: () => unknown) => positionedError(f, ExprEvalError);
const UNBOUND_HINT = "{name} is a variable (one name: a quantifier's, a table's {row}, paper.yaml's vars), $name a named set; the sets are listed in docs/writing.md";

describe("quantifiers", () => {
  it("all: each failing instance is a counterexample with its bindings, the numbers it read and the false comparison", () => {
    expect(run("all k in m: `x.{k}` > 1.5")).toEqual({
      truth: false,
      counterexamples: [{ bindings: { k: "A" }, numbers: [n("x.A", 1)], reason: "1 > 1.5" }],
      bounds: [
        { op: ">", bound: 1.5, value: pt(1) },
        { op: ">", bound: 1.5, value: pt(2) },
        { op: ">", bound: 1.5, value: pt(3) },
      ],
    });
    expect(run("all k in m: all j in two: `x.{k}` > `x.{j}`").counterexamples).toEqual([
      { bindings: { k: "A", j: "A" }, numbers: [n("x.A", 1)], reason: "1 > 1" },
      { bindings: { k: "A", j: "B" }, numbers: [n("x.A", 1), n("x.B", 2)], reason: "1 > 2" },
      { bindings: { k: "B", j: "B" }, numbers: [n("x.B", 2)], reason: "2 > 2" },
    ]);
    expect(run("all v in `x.*`: v > 1").counterexamples).toEqual([{ bindings: { v: "x.A" }, numbers: [n("x.A", 1)], reason: "1 > 1" }]);
  });

  it("all is unknown when no instance fails and one is undecided; true over an empty set", () => {
    expect(run("all k in m: `x.{k}` > 0 and `p` > `q`")).toMatchObject({ truth: "unknown", counterexamples: [] });
    expect(truth("all k in m: `x.{k}` > `p` - 1")).toBe(true);
    expect(truth("all k in empty: 1 > 2")).toBe(true);
  });

  it("keeps at most 20 counterexamples", () => {
    const many: Scope = { ...scope, sets: { k: Array.from({ length: 30 }, (_, i) => `k${i}`) } };
    const r = evaluateCondition(parseExpr("all a in k: 1 > 2"), many);
    expect(r.truth).toBe(false);
    expect(r.counterexamples).toHaveLength(20);
    expect(r.counterexamples[19]!.bindings).toEqual({ a: "k19" });
    const none = evaluateCondition(parseExpr("none a in k: 1 < 2"), many);
    expect(none.counterexamples).toHaveLength(20);
    expect(none.counterexamples[19]!.bindings).toEqual({ a: "k19" });
  });

  it("any: true when one instance holds (no counterexample); false with every number read as the counterexample", () => {
    expect(run("any k in m: `x.{k}` > 2")).toMatchObject({ truth: true, counterexamples: [] });
    expect(run("any k in m: `x.{k}` > 5").counterexamples).toEqual([{ bindings: {}, numbers: [n("x.A", 1), n("x.B", 2), n("x.C", 3)], reason: "3 > 5" }]);
    expect(truth("any k in m: `x.{k}` > `p`")).toBe(true);
    expect(truth("any k in m: `x.{k}` < `p` + 0.85")).toBe("unknown");
    // No comparison came out false: the counterexample has no reason at all, not an undefined one.
    expect(run("any k in empty: 1 < 2")).toStrictEqual({ truth: false, counterexamples: [{ bindings: {}, numbers: [] }], bounds: [] });
  });

  it("any over an all: a failing any keeps the inner all's counterexamples; one that holds drops them", () => {
    expect(run("any k in two: all j in m: `x.{k}` >= `x.{j}`")).toEqual({
      truth: false,
      counterexamples: [
        { bindings: { k: "A", j: "B" }, numbers: [n("x.A", 1), n("x.B", 2)], reason: "1 >= 2" },
        { bindings: { k: "A", j: "C" }, numbers: [n("x.A", 1), n("x.C", 3)], reason: "1 >= 3" },
        { bindings: { k: "B", j: "C" }, numbers: [n("x.B", 2), n("x.C", 3)], reason: "2 >= 3" },
      ],
      bounds: [],
    });
    expect(run("any k in m: all j in two: `x.{k}` > `x.{j}`")).toEqual({ truth: true, counterexamples: [], bounds: [] });
  });

  it("none: each instance that holds is a counterexample, without a reason", () => {
    expect(run("all k in m: none j in m: `x.{k}` < `x.{j}`").counterexamples).toEqual([
      { bindings: { k: "A", j: "B" }, numbers: [n("x.A", 1), n("x.B", 2)] },
      { bindings: { k: "A", j: "C" }, numbers: [n("x.A", 1), n("x.C", 3)] },
      { bindings: { k: "B", j: "C" }, numbers: [n("x.B", 2), n("x.C", 3)] },
    ]);
    expect(run("none k in m: `x.{k}` < `p` - 1")).toMatchObject({ truth: true, counterexamples: [] });
    expect(truth("none k in empty: 1 < 2")).toBe(true);
    expect(truth("none k in m: `x.{k}` < `p` + 0.85")).toBe("unknown");
  });

  it("the numbers read before and inside a quantifier all stay read, for the whole statement's counterexample", () => {
    expect(run("`y.A` > 5 and all k in two: `x.{k}` > 0").counterexamples).toEqual([{ bindings: {}, numbers: [n("y.A", -1), n("x.A", 1), n("x.B", 2)], reason: "-1 > 5" }]);
    expect(run("all k in two: `x.{k}` > 0 and `y.C` < 5").counterexamples).toEqual([
      { bindings: { k: "A" }, numbers: [n("x.A", 1), n("y.C", 10)], reason: "10 < 5" },
      { bindings: { k: "B" }, numbers: [n("x.B", 2), n("y.C", 10)], reason: "10 < 5" },
    ]);
  });

  it("an all over an any names the outer instance with everything its inner any read", () => {
    expect(run("all k in m: any j in m: `x.{k}` < `x.{j}`").counterexamples).toEqual([{ bindings: { k: "C" }, numbers: [n("x.C", 3), n("x.A", 1), n("x.B", 2)], reason: "3 < 3" }]);
  });

  it("ranges over named sets, lists and patterns, less the exceptions", () => {
    expect(run("all k in m except [\"A\"]: `x.{k}` > 1").bounds.map((b) => b.value.lo)).toEqual([2, 3]);
    expect(run('all k in ["A", "C"]: `x.{k}` != 2').bounds.map((b) => b.value.lo)).toEqual([1, 3]);
    expect(run('all v in `x.*` except ["x.A"]: v > 1')).toMatchObject({ truth: true, bounds: [{ value: pt(2) }, { value: pt(3) }] });
    expect(instancesOf(parseBindings('a in two, b in m except ["B"]'), scope)).toEqual([
      { a: "A", b: "A" },
      { a: "A", b: "C" },
      { a: "B", b: "A" },
      { a: "B", b: "C" },
    ]);
  });
});

describe("comparisons", () => {
  it("give the first false link of a chain as the reason, values at 4 significant digits", () => {
    expect(run("`x.A` < `x.B` < `x.C` < `x.A`").counterexamples).toEqual([{ bindings: {}, numbers: [n("x.A", 1), n("x.B", 2), n("x.C", 3)], reason: "3 < 1" }]);
    expect(run("`x.A` < `x.B` < `x.A` < `x.A`").counterexamples[0]!.reason).toBe("2 < 1");
    expect(run("0.12345678 < `z`").counterexamples[0]!.reason).toBe("0.1235 < 0");
    expect(run("`p` < 0.1 < `x.A`").counterexamples[0]!.reason).toBe("0.15 < 0.1");
    expect(run("`x.A` * 0.5 < `x.B` / 4").counterexamples).toEqual([{ bindings: {}, numbers: [n("x.A", 1), n("x.B", 2)], reason: "0.5 < 0.5" }]);
    expect(run("all k in m: k == \"B\"").counterexamples.map((c) => c.reason)).toEqual(['"A" == "B"', '"C" == "B"']);
    expect(run("1 < 2 and 3 < 2 and 4 < 2").counterexamples).toEqual([{ bindings: {}, numbers: [], reason: "4 < 2" }]);
  });

  it("a chain is unknown when a link is undecided and none is false", () => {
    expect(truth("`q` > `p`")).toBe("unknown");
    expect(truth("0 < `q` < `p`")).toBe("unknown");
    expect(truth("`q` < `p` < 0")).toBe(false);
    expect(truth("`x.A` < `x.B` < `x.C`")).toBe(true);
    // A false link stays false whatever the links after it.
    expect(truth("`z` > `q` < `p`")).toBe(false);
  });

  it("compare names with == and != only", () => {
    expect(truth('all k in m: `{k}` != "D"')).toBe(true);
    expect(truth('any k in m: k == "B"')).toBe(true);
    expect(truth('all k in m: k != "B"')).toBe(false);
  });

  it("record each value bounded by a written number, on either side, flipping the operator when the number is on the left", () => {
    expect(run("-0.5 < `x.A`").bounds).toEqual([{ op: ">", bound: -0.5, value: pt(1) }]);
    expect(run("`x.A` > -0.5").bounds).toEqual([{ op: ">", bound: -0.5, value: pt(1) }]);
    expect(run("-`x.A` < 0.5").bounds).toEqual([{ op: "<", bound: 0.5, value: pt(-1) }]);
    expect(run("`p` < 0.1 < `x.A`").bounds).toEqual([
      { op: "<", bound: 0.1, value: { lo: 0.145, hi: 0.155 } },
      { op: ">", bound: 0.1, value: pt(1) },
    ]);
    expect(run("2 >= `x.A`").bounds).toEqual([{ op: "<=", bound: 2, value: pt(1) }]);
    expect(run("2 <= `x.C`").bounds).toEqual([{ op: ">=", bound: 2, value: pt(3) }]);
    expect(run("2 == `x.B`").bounds).toEqual([{ op: "==", bound: 2, value: pt(2) }]);
    expect(run("2 != `x.B`").bounds).toEqual([{ op: "!=", bound: 2, value: pt(2) }]);
    // Two numbers, or two values: no bound.
    expect(run("1 < 2").bounds).toEqual([]);
    expect(run("`x.A` < `x.B`").bounds).toEqual([]);
  });
});

describe("functions in claims", () => {
  it("apply elementwise and over patterns", () => {
    expect(truth("max(`x.*` * 2) == 6")).toBe(true);
    expect(truth("max(2 * `x.*`) == 6")).toBe(true);
    expect(truth("max(`x.*` / `y.*`) == 4")).toBe(true);
    expect(truth("min(`x.*` - `y.*`) == -7")).toBe(true);
    expect(truth("sum(`x.*` + 1) == 9")).toBe(true);
    expect(truth("spread(`x.*`) == 2")).toBe(true);
    expect(truth("count(k in empty: 1) == 0")).toBe(true);
    expect(truth("mean(k in m: `x.{k}`) == 2")).toBe(true);
    expect(truth("max(abs(`y.*`)) == 10")).toBe(true);
    expect(truth("abs(-3) == 3")).toBe(true);
  });

  it("name the pick of min and max: the first argument of that value", () => {
    expect(truth('argmax(`x.*`) == "C"')).toBe(true);
    expect(truth('argmin(`y.*`) == "A"')).toBe(true);
  });
});

describe("evaluateNumber, keysOfRef", () => {
  it("evaluateNumber gives the value and the keys read, with the relation's variables bound", () => {
    expect(evaluateNumber(parseExpr("`x.{k}` * 2"), scope, { k: "B" })).toEqual({ value: pt(4), reads: ["x.B"] });
    expect(evaluateNumber(parseExpr("mean(`x.*`)"), scope)).toEqual({ value: pt(2), reads: ["x.A", "x.B", "x.C"] });
    expect(errorOf(() => evaluateNumber(parseExpr("1 < 2"), scope))).toEqual(["expected a number", 0, 1, undefined]);
    expect(errorOf(() => evaluateNumber(parseExpr("k"), scope, { k: "B" }))).toEqual(["expected a number", 0, 1, undefined]);
  });

  it("keysOfRef names one key, a pattern's matches, or nothing when a variable is unbound", () => {
    const ref = (t: string) => parseExpr(t) as ReturnType<typeof parseExpr> & { kind: "ref" };
    expect(keysOfRef(ref("`x.{k}`"), scope, { k: "B" })).toEqual(["x.B"]);
    expect(keysOfRef(ref("`x.*`"), scope, {})).toEqual(["x.A", "x.B", "x.C"]);
    expect(keysOfRef(ref("`x.$two`"), scope, {})).toEqual(["x.A", "x.B"]);
    expect(keysOfRef(ref("`x.{j}`"), scope, { k: "B" })).toEqual([]);
    // A single key is named whether or not the scope has it.
    expect(keysOfRef(ref("`x.Q`"), scope, {})).toEqual(["x.Q"]);
  });

  it("evaluateValue gives a name, a key whose first segment is a variable, and the pick of a comprehension with its key", () => {
    expect(evaluateValue(parseExpr('"B"'), scope)).toEqual({ t: "str", v: "B", keys: [] });
    expect(evaluateValue(parseExpr("k"), scope, { k: "B" })).toEqual({ t: "str", v: "B", keys: [] });
    const named: Scope = { ...scope, lookup: (k) => (k === "B.u" ? pt(7) : undefined), names: () => ["B.u"] };
    expect(evaluateValue(parseExpr("`{k}.u`"), named, { k: "B" })).toEqual({ t: "num", v: pt(7), from: { keys: ["B.u"], names: [] } });
    expect(evaluateValue(parseExpr("min(v in `x.*`: v)"), scope)).toEqual({ t: "num", v: pt(1), from: { keys: ["x.A"], names: [] } });
  });
});

describe("evaluation errors", () => {
  it("pass an error that is not the key pattern's (here the scope's own) through unchanged", () => {
    const boom = new Error("the results file is unreadable");
    const broken: Scope = {
      ...scope,
      sets: {
        get two(): readonly string[] {
          throw boom;
        },
      },
    };
    const thrown = (text: string): unknown => {
      try {
        evaluateCondition(parseExpr(text), broken);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    // Filling a single key asks the sets whether `{two}` is one; a pattern's `$two` reads it.
    expect(thrown("`x.{two}` > 0")).toBe(boom);
    expect(thrown("max(`x.$two`) > 0")).toBe(boom);
  });

  it("refuse an aggregate of an unknown function (a tree the parser would not build)", () => {
    const agg = parseExpr("mean(k in m: 1)");
    const KNOWN = "abs, sqrt, min, max, mean, sum, spread, count, log10p, normalpdf, zquantile, argmin, argmax, rank, rankdesc, range, allsign, trend, same, bound";
    expect(errorOf(() => evaluateNumber({ ...agg, name: "zz" } as typeof agg, scope))).toEqual([`unknown function 'zz' (known: ${KNOWN})`, 0, 2, "the functions and formats are listed in docs/writing.md"]);
  });

  it("check a function of one number over a comprehension (a tree the parser would not build) by its count of numbers", () => {
    const agg = parseExpr('mean(k in ["A"]: `y.{k}`)');
    expect(evaluateNumber({ ...agg, name: "abs" } as typeof agg, scope)).toEqual({ value: pt(1), reads: ["y.A"] });
    const two = parseExpr("mean(k in two: `y.{k}`)");
    expect(errorOf(() => evaluateNumber({ ...two, name: "abs" } as typeof two, scope))).toEqual(["abs() takes one number, got 2", 0, 1, undefined]);
  });

  it("say what is wrong and where", () => {
    expect(errorOf(() => run("`x.A` + 1"))).toEqual(["this expression is a value, not a statement (add a comparison)", 6, 1, undefined]);
    expect(errorOf(() => run("`nope` > 1"))).toEqual(["no number named 'nope'", 0, 4, "spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment"]);
    expect(errorOf(() => run("`x.D` > 1"))).toEqual(["no number named 'x.D'; did you mean 'x.A'?", 0, 3, "spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment"]);
    expect(errorOf(() => run("all k in sizes: 1 > 0"))).toEqual(["unknown set 'sizes' (known: m, two, empty)", 9, 1, undefined]);
    expect(errorOf(() => run("all k in toString: 1 > 0"))).toEqual(["unknown set 'toString' (known: m, two, empty)", 9, 1, undefined]);
    expect(errorOf(() => run("any k in constructor: 1 > 0"))).toEqual(["unknown set 'constructor' (known: m, two, empty)", 9, 1, undefined]);
    expect(errorOf(() => run("max(`x.$toString`) > 1"))).toEqual(["unknown set '$toString' (known: $m, $two, $empty)", 7, 9, UNBOUND_HINT]);
    expect(errorOf(() => run('"a" < "b"'))).toEqual(["names can only be compared with == or != to names", 0, 1, undefined]);
    expect(errorOf(() => run('1 < 2 == "a"'))).toEqual(["names can only be compared with == or != to names", 0, 1, undefined]);
    expect(errorOf(() => run('"a" == 1'))[0]).toBe("names can only be compared with == or != to names");
    expect(errorOf(() => run("(1 < 2) < 3"))).toEqual(["only numbers and names can be compared", 1, 1, undefined]);
    expect(errorOf(() => run("1 < (1 < 2)"))).toEqual(["only numbers and names can be compared", 5, 1, undefined]);
    expect(errorOf(() => run("-`x.*` < 0"))).toEqual(["only numbers and names can be compared", 0, 1, undefined]);
    expect(errorOf(() => run("not 1"))).toEqual(["expected a statement (true or false) here", 4, 1, undefined]);
    expect(errorOf(() => run("1 and 2 > 1"))).toEqual(["expected a statement (true or false) here", 0, 1, undefined]);
    expect(errorOf(() => run("2 > 1 or 1"))).toEqual(["expected a statement (true or false) here", 9, 1, undefined]);
    expect(errorOf(() => run("abs(1 < 2) > 0"))).toEqual(["expected numbers here", 4, 1, undefined]);
    expect(errorOf(() => run('max(`x.*`, "a") > 0'))).toEqual(["expected numbers here", 11, 1, undefined]);
    expect(errorOf(() => run("min() > 0"))).toEqual(["min() of no numbers", 0, 1, undefined]);
    expect(errorOf(() => run("mean(k in empty: 1) == 0"))).toEqual(["mean() of no numbers", 0, 1, undefined]);
    expect(errorOf(() => run("log10p(1, 2, 3) > 0"))).toEqual(["log10p() takes two numbers (t, df), got 3", 0, 1, undefined]);
    expect(errorOf(() => run("log10p(1) > 0"))).toEqual(["log10p() takes two numbers (t, df), got 1", 0, 1, undefined]);
    expect(errorOf(() => run("abs(1, 2) > 0"))).toEqual(["abs() takes one number, got 2", 0, 1, undefined]);
    expect(errorOf(() => run("abs() > 0"))).toEqual(["abs() takes one number, got 0", 0, 1, undefined]);
    expect(errorOf(() => run("sqrt(`x.*`, 1) > 0"))).toEqual(["sqrt() takes one number, got 4", 0, 1, undefined]);
    expect(errorOf(() => run("u > 0"))).toEqual(["'u' is not bound (quote names: \"u\")", 0, 1, undefined]);
    expect(errorOf(() => run("`x.{k}` > 0"))).toEqual(["'{k}' is not bound", 3, 3, UNBOUND_HINT]);
    expect(errorOf(() => run("all k in m: mean(j in m: k) > 0"))).toEqual(["expected a number here, got a name", 25, 1, undefined]);
    expect(errorOf(() => run("mean(j in m: 1 < 2) > 0"))).toEqual(["expected a number here, got a statement", 13, 1, undefined]);
    expect(errorOf(() => run("argmax(`x.*`, 1, 2, 3) == \"A\""))).toEqual(["argmax() takes 1-2 arguments, got 4", 0, 22, "argmax(list[, axis])"]);
    expect(errorOf(() => run('rank(`x.*`) == "A"'))).toEqual(["rank() takes 2 arguments, got 1", 0, 11, "rank(list, k)"]);
    expect(errorOf(() => run('range(`x.*`, 1) == "A"'))).toEqual(["range() takes 1 argument, got 2", 0, 15, "range(list)"]);
    expect(errorOf(() => run("all v in `w.*`: v > 1"))).toEqual(["the pattern `w.*` matches no number", 9, 3, "closest key: x.A"]);
    expect(errorOf(() => run("all v in `x.{A,Q}.*`: v > 1"))).toEqual(["the pattern `x.{A,Q}.*` matches no number", 9, 9, "closest key: none"]);
    expect(errorOf(() => run("max(`x.$mm`) > 1"))).toEqual(["unknown set '$mm' (known: $m, $two, $empty); did you mean '$m'?", 7, 3, UNBOUND_HINT]);
    expect(errorOf(() => run("all v in `x.$mm`: v > 1"))).toEqual(["unknown set '$mm' (known: $m, $two, $empty); did you mean '$m'?", 12, 3, UNBOUND_HINT]);
  });
});
