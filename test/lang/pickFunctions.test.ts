// The pick functions (argmax, rank, range, allsign, trend, same, bound): the names and numbers they choose, and each refusal with its message.
import { describe, expect, it } from "vitest";
import { evaluateValue, ExprEvalError, type Scope } from "../../src/lang/evaluate.js";
import { point } from "../../src/lang/interval.js";
import { parseBareExpr } from "../../src/lang/parser.js";
import { PICK_FUNCTIONS, sortedItems } from "../../src/lang/pickFunctions.js";
import type { Value } from "../../src/lang/value.js";
import { positionedError } from "./positionedError.js";

const values: Record<string, number> = { "g.1B.A": 1, "g.1B.B": 3, "g.7B.A": 2, "g.7B.B": 5, "h.1B.A": 4, "h.1B.B": 3, "h.7B.A": 1, "h.7B.B": 6, "s.A": -1, "s.B": -2, "s.C": 0, "t.A": 1, "t.B": 2, "t.C": 2, "one.A": 5, "u.A": 1, "u.B": 1,
  // Groups whose names would run together without a separator: a|bc and ab|c.
  "k.a.bc.X": 1, "k.a.bc.Y": 2, "k.ab.c.X": 2, "k.ab.c.Y": 1, "r.1.a.bc": 1, "r.2.a.bc": 2, "r.1.ab.c": 1, "r.2.ab.c": 2 };
const scope: Scope = { lookup: (n) => (Object.hasOwn(values, n) ? point(values[n]!) : undefined), names: () => Object.keys(values), sets: {} };
const value = (text: string) => evaluateValue(parseBareExpr(text).expr, scope, {}, { finite: true });
const G = ["g.1B.A", "g.1B.B", "g.7B.A", "g.7B.B"];
const CLAIM_HINT = "the results no longer support this sentence: rewrite it (or let a function choose the words)";
const NO_NAME_HINT = "use a number format (f4, pct1, ...) for a value; use a pattern with * or $set to pick a name";
const errorOf = (text: string) => positionedError(() => value(text), ExprEvalError);
const noName = (what: string): string => `${what} has no name: "name" prints the names a pattern's choices matched (e.g. min(x.*.y) | name), and this value comes from a single key`;

describe("argmax and argmin", () => {
  it("name the winner, most specific choice first, citing every key", () => {
    expect(value("argmax(g.*.*)")).toEqual({ t: "str", v: "B, 7B", keys: G });
    expect(value("argmin(g.*.*)")).toEqual({ t: "str", v: "A, 1B", keys: G });
    // A tie goes to the first in the pattern's order.
    expect(value("argmax(u.*)")).toEqual({ t: "str", v: "A", keys: ["u.A", "u.B"] });
    expect(value("argmin(u.*)")).toEqual({ t: "str", v: "A", keys: ["u.A", "u.B"] });
  });

  it("along an axis: the winner of that choice, which must be the same in every group of the others", () => {
    expect(value("argmax(g.*.*, 1)")).toEqual({ t: "str", v: "7B", keys: G });
    expect(value("argmax(g.*.*, 2)")).toEqual({ t: "str", v: "B", keys: G });
    expect(value("argmin(g.*.*, 2)")).toEqual({ t: "str", v: "A", keys: G });
    expect(errorOf("argmax(h.*.*, 2)")).toEqual(["the sentence claims one largest along the axis (A), but h.7B.B = 6", 0, 16, CLAIM_HINT]);
    expect(errorOf("argmax(h.*.*, 1)")).toEqual(["the sentence claims one largest along the axis (1B), but h.7B.B = 6", 0, 16, CLAIM_HINT]);
    expect(errorOf("argmin(h.*.*, 2)")).toEqual(["the sentence claims one smallest along the axis (B), but h.7B.A = 1", 0, 16, CLAIM_HINT]);
  });

  it("groups by every other choice, kept apart", () => {
    expect(errorOf("argmax(k.*.*.*, 3)")).toEqual(["the sentence claims one largest along the axis (Y), but k.ab.c.X = 2", 0, 18, CLAIM_HINT]);
  });

  it("refuse an axis out of range, a non-number axis, a non-list, and a pick without a name", () => {
    expect(errorOf("argmax(g.*.*, 3)")).toEqual(["argmax(): axis must be between 1 and 2", 0, 16, undefined]);
    expect(errorOf("argmax(g.*.*, 0)")).toEqual(["argmax(): axis must be between 1 and 2", 0, 16, undefined]);
    expect(errorOf("argmax(one.A, 1)")).toEqual(["argmax(): axis must be between 1 and 0", 0, 16, undefined]);
    expect(errorOf('argmax(g.*.*, "a")')).toEqual(["argmax(): argument 2 must be a number", 0, 18, undefined]);
    expect(errorOf('argmax("a")')).toEqual(["argmax(): argument 1 must be a number or a key pattern", 0, 11, undefined]);
    expect(errorOf("argmax(one.A)")).toEqual([noName("argmax()'s pick one.A"), 0, 13, NO_NAME_HINT]);
  });
});

describe("rank and rankdesc", () => {
  it("pick the k-th smallest or largest with its key and names", () => {
    expect(value("rank(g.*.*, 1)")).toEqual({ t: "num", v: point(1), from: { keys: ["g.1B.A"], names: ["1B", "A"] } });
    expect(value("rank(g.*.*, 4)")).toEqual({ t: "num", v: point(5), from: { keys: ["g.7B.B"], names: ["7B", "B"] } });
    expect(value("rankdesc(g.*.*, 1)")).toEqual({ t: "num", v: point(5), from: { keys: ["g.7B.B"], names: ["7B", "B"] } });
    expect(value("rankdesc(g.*.*, 2)")).toEqual({ t: "num", v: point(3), from: { keys: ["g.1B.B"], names: ["1B", "B"] } });
    expect(value("rank(one.A, 1)")).toEqual({ t: "num", v: point(5), from: { keys: ["one.A"], names: [] } });
  });

  it("refuse a rank outside 1..n", () => {
    expect(errorOf("rank(g.*.*, 5)")).toEqual(["rank(): rank 5 is out of 1..4", 0, 14, undefined]);
    expect(errorOf("rank(g.*.*, 0)")).toEqual(["rank(): rank 0 is out of 1..4", 0, 14, undefined]);
  });
});

describe("range", () => {
  it("is the smallest and the largest item", () => {
    expect(value("range(s.*)")).toEqual({ t: "range", lo: { v: point(-2), from: { keys: ["s.B"], names: ["B"] } }, hi: { v: point(0), from: { keys: ["s.C"], names: ["C"] } } });
    expect(value("range(one.A)")).toEqual({ t: "range", lo: { v: point(5), from: { keys: ["one.A"], names: [] } }, hi: { v: point(5), from: { keys: ["one.A"], names: [] } } });
  });
});

describe("allsign", () => {
  it("says negative or positive when every value is strictly so", () => {
    expect(value("allsign(s.{A,B})")).toEqual({ t: "str", v: "negative", keys: ["s.A", "s.B"] });
    expect(value("allsign(t.*)")).toEqual({ t: "str", v: "positive", keys: ["t.A", "t.B", "t.C"] });
  });

  it("refuses mixed signs or a zero, naming the first value against the majority (negative on a tie)", () => {
    expect(errorOf("allsign(s.*)")).toEqual(["the sentence claims all values are negative, but s.C = 0", 0, 12, CLAIM_HINT]);
    expect(errorOf("allsign(h.*.A - 2)")).toEqual(["the sentence claims all values are negative, but h.1B.A = 2", 0, 18, CLAIM_HINT]);
    expect(errorOf("allsign(g.*.* - 1.5)")).toEqual(["the sentence claims all values are positive, but g.1B.A = -0.5", 0, 20, CLAIM_HINT]);
    expect(errorOf("allsign(g.*.* - 1)")).toEqual(["the sentence claims all values are positive, but g.1B.A = 0", 0, 18, CLAIM_HINT]);
    // 2, 1, -1, 4: the odd one is the third.
    expect(errorOf("allsign(h.*.* - 2)")).toEqual(["the sentence claims all values are positive, but h.7B.A = -1", 0, 18, CLAIM_HINT]);
  });
});

describe("trend", () => {
  it("says increases or decreases along the first choice, in every group of the others", () => {
    expect(value("trend(t.{A,B})")).toEqual({ t: "str", v: "increases", keys: ["t.A", "t.B"] });
    expect(value("trend(s.{A,B})")).toEqual({ t: "str", v: "decreases", keys: ["s.A", "s.B"] });
    expect(value("trend(g.*.*)")).toEqual({ t: "str", v: "increases", keys: G });
    expect(value("trend(h.*.A)")).toEqual({ t: "str", v: "decreases", keys: ["h.1B.A", "h.7B.A"] });
  });

  it("takes each group of the other choices on its own, kept apart", () => {
    expect(value("trend(r.*.*.*)")).toEqual({ t: "str", v: "increases", keys: ["r.1.a.bc", "r.2.a.bc", "r.1.ab.c", "r.2.ab.c"] });
  });

  it("refuses a flat step, a change of direction, and a group of one", () => {
    expect(errorOf("trend(t.*)")).toEqual(["the sentence claims a monotone trend, but t.C = 2", 0, 10, CLAIM_HINT]);
    expect(errorOf("trend(u.*)")).toEqual(["the sentence claims a monotone trend, but u.B = 1", 0, 10, CLAIM_HINT]);
    expect(errorOf("trend(s.*)")).toEqual(["the sentence claims a monotone trend, but s.B = -2", 0, 10, CLAIM_HINT]);
    expect(errorOf("trend(h.*.*)")).toEqual(["the sentence claims a monotone trend, but h.7B.A = 1", 0, 12, CLAIM_HINT]);
    expect(errorOf("trend(one.*)")).toEqual([
      "trend() needs at least two values in every group (along the first wildcard), but one.A is alone",
      0,
      12,
      "give trend a pattern whose first wildcard is the axis, e.g. trend(x.*.y) (along the first wildcard)",
    ]);
  });
});

describe("same", () => {
  it("gives the common name of two picks or names", () => {
    expect(value("same(max(g.*.*), max(h.*.*))")).toEqual({ t: "str", v: "B, 7B", keys: ["g.7B.B", "h.7B.B"] });
    expect(value("same(max(g.*.B), max(h.*.B))")).toEqual({ t: "str", v: "7B", keys: ["g.7B.B", "h.7B.B"] });
    expect(value('same(argmax(g.*.*), "B, 7B")')).toEqual({ t: "str", v: "B, 7B", keys: G });
  });

  it("refuses two different winners, naming the second's key and value", () => {
    expect(errorOf('same("x", max(g.*.*))')).toEqual(["the sentence claims the same winner (x), but g.7B.B = 5", 0, 21, CLAIM_HINT]);
    expect(errorOf('same(max(g.*.*), "x")')).toEqual(["the sentence claims the same winner (B, 7B), but x = NaN", 0, 21, CLAIM_HINT]);
    expect(errorOf('same("x", "y")')).toEqual(["the sentence claims the same winner (x), but y = NaN", 0, 14, CLAIM_HINT]);
  });

  it("refuses what is not a pick", () => {
    expect(errorOf('same(g.*.*, "x")')).toEqual(["same(): arguments must be picks such as max(...) or argmax(...)", 0, 16, undefined]);
    expect(errorOf('same("x", g.*.*)')).toEqual(["same(): arguments must be picks such as max(...) or argmax(...)", 0, 16, undefined]);
    expect(errorOf('same(one.A, "x")')).toEqual([noName("same()'s pick one.A"), 0, 16, NO_NAME_HINT]);
    expect(errorOf('same("x", one.A)')).toEqual([noName("same()'s pick one.A"), 0, 16, NO_NAME_HINT]);
    expect(errorOf('same(1, "x")')).toEqual([noName("same()'s pick "), 0, 12, NO_NAME_HINT]);
  });
});

describe("bound", () => {
  it("gives the threshold, citing every key, when every value satisfies the comparison", () => {
    expect(value('bound(g.*.*, "<", 6)')).toEqual({ t: "num", v: point(6), from: { keys: G, names: [] } });
    expect(value('bound(g.*.*, "<=", 5)')).toEqual({ t: "num", v: point(5), from: { keys: G, names: [] } });
    expect(value('bound(g.*.*, ">=", 1)')).toEqual({ t: "num", v: point(1), from: { keys: G, names: [] } });
    expect(value('bound(g.*.*, ">", 0.5)')).toEqual({ t: "num", v: point(0.5), from: { keys: G, names: [] } });
    expect(value('bound(one.A, "<", 6)')).toEqual({ t: "num", v: point(6), from: { keys: ["one.A"], names: [] } });
  });

  it("refuses a value past the threshold, an unknown operator and arguments of the wrong kind", () => {
    expect(errorOf('bound(g.*.*, "<", 5)')).toEqual(["the sentence claims every value < 5, but g.7B.B = 5", 0, 20, CLAIM_HINT]);
    expect(errorOf('bound(g.*.*, ">", 1)')).toEqual(["the sentence claims every value > 1, but g.1B.A = 1", 0, 20, CLAIM_HINT]);
    expect(errorOf('bound(g.*.*, "==", 1)')).toEqual(["bound(): operator must be one of < <= > >=", 0, 21, undefined]);
    expect(errorOf("bound(g.*.*, 1, 1)")).toEqual(['bound(): argument 2 must be a "string"', 0, 18, undefined]);
    expect(errorOf('bound(g.*.*, "<", "a")')).toEqual(["bound(): argument 3 must be a number", 0, 22, undefined]);
    expect(errorOf('bound(g.*.*, "<", g.*.*)')).toEqual(["bound(): argument 3 must be a number", 0, 24, undefined]);
  });
});

describe("sortedItems", () => {
  it("sorts by midpoint, ascending or descending, ties in their order, without changing its input", () => {
    const items = [3, 1, 2, 1].map((x, i) => ({ v: point(x), from: { keys: [`k${i}`], names: [] } }));
    expect(sortedItems(items, false).map((i) => i.from.keys[0])).toEqual(["k1", "k3", "k2", "k0"]);
    expect(sortedItems(items, true).map((i) => i.from.keys[0])).toEqual(["k0", "k2", "k1", "k3"]);
    expect(items.map((i) => i.from.keys[0])).toEqual(["k0", "k1", "k2", "k3"]);
  });
});

describe("the count of arguments", () => {
  it("is checked for each pick function", () => {
    expect(errorOf("argmin(g.*.*, 1, 2)")).toEqual(["argmin() takes 1-2 arguments, got 3", 0, 19, "argmin(list[, axis])"]);
    expect(errorOf("rankdesc(g.*.*)")).toEqual(["rankdesc() takes 2 arguments, got 1", 0, 15, "rankdesc(list, k)"]);
    expect(errorOf("allsign(t.*, t.*)")).toEqual(["allsign() takes 1 argument, got 2", 0, 17, "allsign(list)"]);
    expect(errorOf("trend(t.*, t.*)")).toEqual(["trend() takes 1 argument, got 2", 0, 15, "trend(list)"]);
    expect(errorOf("same(max(g.*.*))")).toEqual(["same() takes 2 arguments, got 1", 0, 16, "same(a, b)"]);
    expect(errorOf('bound(g.*.*, "<")')).toEqual(["bound() takes 3 arguments, got 2", 0, 17, 'bound(list, "<" | "<=" | ">" | ">=", threshold)']);
  });
});

describe("called directly, without the evaluator's count of arguments", () => {
  it("refuse a missing argument (and an empty list's axis) with the same messages", () => {
    const failure = (name: string, args: Value[]): [string, string | undefined] => {
      try {
        PICK_FUNCTIONS[name]!.call(args, name, (message, hint) => {
          throw Object.assign(new Error(message), { hint });
        });
      } catch (e) {
        return [(e as Error).message, (e as { hint?: string }).hint];
      }
      throw new Error(`${name} did not fail`);
    };
    const list: Value = { t: "list", items: [{ v: point(1), from: { keys: ["t.A"], names: ["A"] } }] };
    expect(failure("range", [])).toEqual(["range(): argument 1 must be a number or a key pattern", undefined]);
    expect(failure("rank", [list])).toEqual(["rank(): argument 2 must be a number", undefined]);
    expect(failure("bound", [list])).toEqual(['bound(): argument 2 must be a "string"', undefined]);
    expect(failure("bound", [list, { t: "str", v: "<", keys: [] }])).toEqual(["bound(): argument 3 must be a number", undefined]);
    expect(failure("argmax", [{ t: "list", items: [] }, { t: "num", v: point(1), from: { keys: [], names: [] } }])).toEqual(["argmax(): axis must be between 1 and 0", undefined]);
    // A statement is no pick (only a claim can pass one).
    const PICKS = "same(): arguments must be picks such as max(...) or argmax(...)";
    expect(failure("same", [{ t: "bool", v: true }, { t: "str", v: "x", keys: [] }])).toEqual([PICKS, undefined]);
    expect(failure("same", [{ t: "str", v: "x", keys: [] }, { t: "bool", v: true }])).toEqual([PICKS, undefined]);
  });
});
