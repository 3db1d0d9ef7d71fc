/**
 * Which keys a check may read, which comparisons those come from, and where
 * a bootstrap number lies before its bootstrap, on the hand-sized design of
 * test/study/tinyParams.ts (scale S, methods B (baseline) and M, safety s1
 * and s2, capability c1).
 */
import { describe, expect, it } from "vitest";
import type { Expr } from "../../../src/lang/ast.js";
import { parseExpr } from "../../../src/lang/parser.js";
import { comparisonsFor, decidableWithIntervals, keyAsPattern, keyIndex, keyPatternsOf, keysRead, unknownInterval } from "../../../src/study/sweep/neededBootstraps.js";
import { allKeys } from "../../../src/study/sweep/seedResults.js";
import { tinyParams } from "../tinyParams.js";

const params = tinyParams();
const keys = allKeys(params);
const sorted = (s: Iterable<string>): string[] => [...s].sort();

describe("keyPatternsOf", () => {
  it("collects the segments of every ref and pattern node, in arrays and nested objects, skipping anything else", () => {
    const a = [{ kind: "literal", text: "a", pos: 0 }];
    const b = [{ kind: "wildcard", pos: 0 }];
    const tree = [{ kind: "ref", segs: a }, null, 3, "ref", { kind: "not", arg: { kind: "pattern", segs: b, extra: null } }, { kind: "ref", segs: "not a list" }, { kind: "num" }];
    expect(keyPatternsOf(tree)).toEqual([a, b]);
    expect(keyPatternsOf(null)).toEqual([]);
    expect(keyPatternsOf({ kind: "ref", segs: a })).toEqual([a]);
  });
});

describe("keyIndex", () => {
  it("groups keys by segment count, and by that and their first segment", () => {
    expect([...keyIndex(["a.b.c", "a.x", "b.c"])]).toEqual([
      ["3", ["a.b.c"]],
      ["3 a", ["a.b.c"]],
      ["2", ["a.x", "b.c"]],
      ["2 a", ["a.x"]],
      ["2 b", ["b.c"]],
    ]);
  });
});

describe("keyAsPattern", () => {
  it("is a ref of one literal per segment", () => {
    expect(keyAsPattern("cmp.S.B")).toEqual({
      kind: "ref",
      template: "cmp.S.B",
      pos: 0,
      segs: [
        { kind: "literal", text: "cmp", pos: 0 },
        { kind: "literal", text: "S", pos: 1 },
        { kind: "literal", text: "B", pos: 2 },
      ],
    });
  });
});

describe("keysRead", () => {
  const claim = parseExpr("all m in methods: `cmp.S.{m}.s1.ciLow` < 1 and `summary.S.M.tax.se` < 1");

  it("widens variables to any name, or fills in the bound ones; a key list or an index alike", () => {
    expect(sorted(keysRead([claim], keys))).toEqual(["cmp.S.B.s1.ciLow", "cmp.S.M.s1.ciLow", "summary.S.M.tax.se"]);
    expect(sorted(keysRead([claim], keyIndex(keys), { m: "M" }))).toEqual(["cmp.S.M.s1.ciLow", "summary.S.M.tax.se"]);
    expect(sorted(keysRead([claim], keys, { other: "M" }))).toEqual(["cmp.S.B.s1.ciLow", "cmp.S.M.s1.ciLow", "summary.S.M.tax.se"]);
  });

  it("matches patterns that start with a wildcard or a named set, and reads nothing for no expression or no such key", () => {
    const literals = ["S", "B", "s1", "ciLow"].map((text, i) => ({ kind: "literal", text, pos: i + 1 }));
    const wild = { kind: "ref", template: "*.S.B.s1.ciLow", pos: 0, segs: [{ kind: "wildcard", pos: 0 }, ...literals] } as unknown as Expr;
    expect(sorted(keysRead([wild], keys))).toEqual(["cmp.S.B.s1.ciLow"]);
    expect(sorted(keysRead([parseExpr("all s in scales: `summary.{s}.B.tax.ciHigh` > 0")], keys))).toEqual(["summary.S.B.tax.ciHigh"]);
    // A named set ($methods) is widened to any name like a variable; alternatives are kept.
    expect(sorted(keysRead([parseExpr("max(`summary.S.$methods.tax.se`) > 0")], keys))).toEqual(["summary.S.B.tax.se", "summary.S.M.tax.se"]);
    expect(sorted(keysRead([parseExpr("`cmp.S.{B,M}.s1.diff` > 0"), parseExpr("`cmp.S.{M,B}.c1.diff` > 0")], keys))).toEqual(["cmp.S.B.c1.diff", "cmp.S.B.s1.diff", "cmp.S.M.c1.diff", "cmp.S.M.s1.diff"]);
    expect(sorted(keysRead([undefined, keyAsPattern("cmp.S.B.s1"), keyAsPattern("cmp.S.B.s1.nope")], keys))).toEqual([]);
    expect(sorted(keysRead([keyAsPattern("cmp.S.B.s1.diff"), keyAsPattern("cmp.S.B.s1.diff")], keys))).toEqual(["cmp.S.B.s1.diff"]);
  });
});

describe("unknownInterval", () => {
  it("a comparison's interval bounds lie in [-bound, bound]; its SE (analytic) and other leaves have no interval", () => {
    expect(unknownInterval("cmp.S.B.s1.ciLow", 16)).toEqual({ lo: -16, hi: 16 });
    expect(unknownInterval("cmp.S.B.s1.ciHigh", 3)).toEqual({ lo: -3, hi: 3 });
    expect(unknownInterval("cmp.S.B.s1.se", 16)).toBeUndefined();
    expect(unknownInterval("cmp.S.B.s1.diff", 16)).toBeUndefined();
  });

  it("a summary's interval bounds lie in [-bound, bound] and its SE in [0, bound], except a retention's; only 5-segment keys", () => {
    expect(unknownInterval("summary.S.M.tax.se", 16)).toEqual({ lo: 0, hi: 16 });
    expect(unknownInterval("summary.S.M.safetyGap.ciLow", 16)).toEqual({ lo: -16, hi: 16 });
    expect(unknownInterval("summary.S.M.delta.ciHigh", 16)).toEqual({ lo: -16, hi: 16 });
    expect(unknownInterval("summary.S.M.delta.se", 2)).toEqual({ lo: 0, hi: 2 });
    expect(unknownInterval("summary.S.M.retention.ciLow", 16)).toBeUndefined();
    expect(unknownInterval("summary.S.M.retention.se", 16)).toBeUndefined();
    expect(unknownInterval("summary.S.M.apSafety.se", 16)).toBeUndefined();
    expect(unknownInterval("summary.S.M.tax", 16)).toBeUndefined();
    expect(unknownInterval("cell.S.M.AP.s1.se", 16)).toBeUndefined();
    expect(unknownInterval("other.S.M.tax.se", 16)).toBeUndefined();
    expect(unknownInterval("summary.S.M.tax.x.se", 16)).toBeUndefined();
    expect(unknownInterval("cmp.S.B.s1.x.ciLow", 16)).toBeUndefined();
  });
});

describe("comparisonsFor", () => {
  it("a comparison's CI needs that comparison; its other numbers none", () => {
    expect([...comparisonsFor(["cmp.S.M.s1.ciLow", "cmp.S.B.c1.ciHigh", "cmp.S.M.s2.se", "cmp.S.M.s2.diff", "cmp.S.M.s2.x.ciLow", "x.S.M.s2.ciLow"], params)]).toEqual(["S.M.s1", "S.B.c1"]);
  });

  it("a summary's interval or SE: tax its capability comparisons, the others their safety ones, retention and delta the baseline's too", () => {
    expect([...comparisonsFor(["summary.S.M.tax.se"], params)]).toEqual(["S.M.c1"]);
    expect([...comparisonsFor(["summary.S.M.safetyGap.ciLow"], params)]).toEqual(["S.M.s1", "S.M.s2"]);
    expect([...comparisonsFor(["summary.S.M.retention.ciHigh"], params)]).toEqual(["S.M.s1", "S.M.s2", "S.B.s1", "S.B.s2"]);
    expect([...comparisonsFor(["summary.S.M.delta.se"], params)]).toEqual(["S.M.s1", "S.M.s2", "S.B.s1", "S.B.s2"]);
    expect([...comparisonsFor(["summary.S.M.apSafety.se", "summary.S.M.tax", "summary.S.M.tax.diff", "summary.S.M.tax.se.x", "summary.S.M.tax.x.se"], params)]).toEqual([]);
  });
});

describe("decidableWithIntervals", () => {
  const decidable = (text: string): boolean => decidableWithIntervals(parseExpr(text), keysRead([parseExpr(text)], keys), params);
  const raw = (node: object, reads: string[] = []): boolean => decidableWithIntervals(node as Expr, reads, params);

  it("an ordering of bounded numbers is; an equality test, a name-picking function or a retention's interval is not", () => {
    expect(decidable("all m in methods: `summary.S.{m}.tax.se` < 0.01")).toBe(true);
    expect(decidable("`summary.S.M.tax.se` == 0.01")).toBe(false);
    expect(decidable("`summary.S.M.tax.se` != 0.01")).toBe(false);
    expect(decidable('argmax(`summary.S.*.tax.se`) > "B"')).toBe(false);
    expect(decidable("`summary.S.M.retention.ciLow` > 0.5")).toBe(false);
    // Unbounded but not a bootstrap number: no comparison, so no interval is needed.
    expect(decidable("`cmp.S.M.s1.diff` > 0.5")).toBe(true);
  });

  it("looks through arrays and nested nodes, at `call` and `agg` names that pick, and at compare ops lists only", () => {
    expect(raw({ kind: "logic", args: [{ kind: "num" }, { kind: "compare", ops: ["<", "=="] }] })).toBe(false);
    expect(raw({ kind: "agg", name: "argmin", arg: null })).toBe(false);
    expect(raw({ kind: "agg", name: "mean" })).toBe(true);
    expect(raw({ kind: "call", name: "rank" })).toBe(false);
    // Inherited names are not pick functions.
    expect(raw({ kind: "call", name: "toString" })).toBe(true);
    expect(raw({ kind: "call", name: 3 })).toBe(true);
    // Only a string names a function (a list that prints as one does not).
    expect(raw({ kind: "call", name: ["argmax"] })).toBe(true);
    expect(raw({ kind: "other", name: "argmax" })).toBe(true);
    expect(raw({ kind: "compare", ops: "==" })).toBe(true);
    expect(raw({ kind: "num" }, ["summary.S.M.retention.se"])).toBe(false);
    expect(raw({ kind: "num" }, ["summary.S.M.retention", "summary.S.M.tax.se"])).toBe(true);
  });
});
