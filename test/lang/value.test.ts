// Values' origins (keysOf, nameOf) and an expression's span (what an error underlines).
import { describe, expect, it } from "vitest";
import { span } from "../../src/lang/ast.js";
import { point } from "../../src/lang/interval.js";
import { parseBareExpr, parseExpr } from "../../src/lang/parser.js";
import { keysOf, nameOf, num, NO_ORIGIN } from "../../src/lang/value.js";

const item = (keys: string[], names: string[] = []) => ({ v: point(1), from: { keys, names } });

describe("keysOf and nameOf", () => {
  it("keysOf gives the keys of each kind of value, copied", () => {
    const from = { keys: ["a"], names: [] };
    const keys = keysOf({ t: "num", v: point(1), from });
    expect(keys).toEqual(["a"]);
    keys.push("b");
    expect(from.keys).toEqual(["a"]);
    expect(keysOf({ t: "list", items: [item(["a", "b"]), item(["c"])] })).toEqual(["a", "b", "c"]);
    const str = { t: "str" as const, v: "x", keys: ["s"] };
    expect(keysOf(str)).toEqual(["s"]);
    expect(keysOf(str)).not.toBe(str.keys);
    expect(keysOf({ t: "range", lo: item(["lo"]), hi: item(["hi"]) })).toEqual(["lo", "hi"]);
    expect(keysOf({ t: "bool", v: true })).toEqual([]);
  });

  it("nameOf writes the most specific choice first, without changing the origin", () => {
    const from = { keys: [], names: ["7B", "CAI"] };
    expect(nameOf(from)).toBe("CAI, 7B");
    expect(from.names).toEqual(["7B", "CAI"]);
    expect(nameOf(NO_ORIGIN)).toBe("");
    expect(num(item(["k"], ["A"]))).toEqual({ t: "num", v: point(1), from: { keys: ["k"], names: ["A"] } });
  });
});

describe("span", () => {
  it("runs from an expression's first token to the end of its last", () => {
    expect(span(parseExpr("1 + 2 * 3"))).toEqual({ pos: 0, len: 9 });
    expect(span(parseExpr("`a` < 2 and `b` > 3"))).toEqual({ pos: 0, len: 19 });
    expect(span(parseExpr("  1 < 2 < 3"))).toEqual({ pos: 2, len: 9 });
    // A comparison's own pos is its first operand's, whose pos is its operator: the span starts at that operand's first token.
    expect(span(parseExpr("1 + 2 < 3"))).toEqual({ pos: 0, len: 9 });
    expect(span(parseBareExpr("x.a - 1 | f2").expr)).toEqual({ pos: 0, len: 7 });
    expect(span(parseBareExpr("abs(x) | f2").expr)).toEqual({ pos: 0, len: 6 });
    expect(span({ kind: "num", value: 1, pos: 4 })).toEqual({ pos: 4, len: 1 });
    expect(span({ kind: "num", value: 1, pos: 4, end: 4 })).toEqual({ pos: 4, len: 1 });
  });
});
