/**
 * Which comparisons a seed bootstraps next so that its claims get decided,
 * on the hand-sized design of test/study/tinyParams.ts (scale S, methods B
 * (baseline) and M, safety s1 and s2, capability c1). Unknown bootstrap
 * numbers lie in [-16, 16] (an SE in [0, 16]): bound 16.
 */
import { describe, expect, it } from "vitest";
import type { Truth } from "../../../src/lang/interval.js";
import { parseExpr } from "../../../src/lang/parser.js";
import type { Claim } from "../../../src/review/claims/loadClaims.js";
import { declareResults } from "../../../src/study/results/declare.js";
import { resultsHeader } from "../../../src/study/results/computeResults.js";
import { comparisonsToDecide, partialScope, type LazyClaim, type LazyContext, type PartialResults } from "../../../src/study/sweep/lazyVerdicts.js";
import { comparisonsFor, keyIndex, keysRead } from "../../../src/study/sweep/neededBootstraps.js";
import { allKeys } from "../../../src/study/sweep/seedResults.js";
import { tinyParams } from "../tinyParams.js";

const params = tinyParams();
const keys = allKeys(params);
const { sets, design } = declareResults({ ...resultsHeader(params), numbers: {} });

/** Every key 0.1, except the unknown ones (NaN). */
function partial(unknown: string[], bootstrapped: string[] = [], known: Record<string, number> = {}): PartialResults {
  const numbers: Record<string, number> = {};
  for (const k of keys) numbers[k] = unknown.includes(k) ? NaN : (known[k] ?? 0.1);
  return { results: { schemaVersion: 1, tool: { name: "t", version: "0" }, sets, design, seed: 1, numbers }, unknown: new Set(unknown), bootstrapped: new Set(bootstrapped), bound: 16 };
}

const context = (): LazyContext => ({
  keys: keyIndex(keys),
  comparisonsOf: new Map(keys.map((k) => [k, [...comparisonsFor([k], params)]] as const).filter(([, c]) => c.length > 0)),
  reads: new WeakMap(),
  sharing: new WeakMap(),
});

const lazy = (text: string, id = text): LazyClaim => {
  const claim: Claim = { id, claim: id, assertText: text, at: { file: "claims.yaml", line: 1, column: 1 }, assert: parseExpr(text) };
  return { claim, reads: comparisonsFor(keysRead([claim.assert], keys), params) };
};

const decide = (texts: string[], p: PartialResults): string[] => [...comparisonsToDecide(texts.map((t) => lazy(t)), p, context())].sort();

describe("partialScope", () => {
  it("gives an unknown key its interval (unbounded for a retention's), a known key its value, and the results' names and sets", () => {
    const p = partial(["summary.S.M.tax.se", "summary.S.M.retention.ciLow"], [], { "summary.S.M.tax": 0.25 });
    const scope = partialScope(p);
    expect(scope.lookup("summary.S.M.tax.se")).toEqual({ lo: 0, hi: 16 });
    expect(scope.lookup("summary.S.M.retention.ciLow")).toEqual({ lo: -Infinity, hi: Infinity });
    expect(scope.lookup("summary.S.M.tax")).toEqual({ lo: 0.25, hi: 0.25 });
    expect(scope.lookup("nope")).toBeUndefined();
    expect(scope.names()).toContain("summary.S.M.tax");
    expect(scope.sets).toBe(sets);
  });
});

describe("comparisonsToDecide", () => {
  it("asks nothing for claims the intervals decide, and records every claim's truth", () => {
    const claims = [lazy("`summary.S.M.tax.se` < 20"), lazy("`summary.S.M.tax.se` > 20"), lazy("`summary.S.M.tax.se` < 0.5")];
    const truths = new Map<Claim, Truth>();
    const out = comparisonsToDecide(claims, partial(["summary.S.M.tax.se"]), context(), truths);
    expect([...out]).toEqual(["S.M.c1"]);
    expect(claims.map((c) => truths.get(c.claim))).toEqual([true, false, "unknown"]);
    expect([...comparisonsToDecide(claims.slice(0, 2), partial(["summary.S.M.tax.se"]), context())]).toEqual([]);
  });

  it("asks only for the undecided side of and/or, and looks through not", () => {
    const both = ["summary.S.M.tax.se", "summary.S.B.tax.se"];
    expect(decide(["`summary.S.M.tax.se` < 0.5 and `summary.S.B.tax.se` < 20"], partial(both))).toEqual(["S.M.c1"]);
    expect(decide(["`summary.S.B.tax.se` > 20 or `summary.S.M.tax.se` < 0.5"], partial(both))).toEqual(["S.M.c1"]);
    expect(decide(["not (`summary.S.M.tax.se` < 0.5 and `summary.S.B.tax.se` < 20)"], partial(both))).toEqual(["S.M.c1"]);
    // A number, not a truth: undecided as a whole.
    expect(decide(["`summary.S.M.tax.se` + 1"], partial(both))).toEqual(["S.M.c1"]);
  });

  it("leaves out the comparisons already bootstrapped, and asks for all of a part's when they are shared alike", () => {
    const unknown = ["summary.S.M.delta.ciLow"];
    expect(decide(["`summary.S.M.delta.ciLow` < 0.5"], partial(unknown))).toEqual(["S.B.s1", "S.B.s2", "S.M.s1", "S.M.s2"]);
    expect(decide(["`summary.S.M.delta.ciLow` < 0.5"], partial(unknown, ["S.B.s1", "S.B.s2"]))).toEqual(["S.M.s1", "S.M.s2"]);
  });

  it("asks first for the comparisons most undecided instances share: the baseline's, read by both methods' deltas", () => {
    const claim = "all m in methods: `summary.S.{m}.delta.ciLow` < 0.5";
    expect(decide([claim], partial(["summary.S.B.delta.ciLow", "summary.S.M.delta.ciLow"]))).toEqual(["S.B.s1", "S.B.s2"]);
  });

  it("among comparisons one undecided instance asks for, first those most of the claim's instances read (decided ones too)", () => {
    // B's delta is known (0.1 < 0.5): only M's instance is undecided, and it reads the baseline's comparisons, which B's reads too.
    const claim = "all m in methods: `summary.S.{m}.delta.ciLow` < 0.5";
    expect(decide([claim], partial(["summary.S.M.delta.ciLow"]))).toEqual(["S.B.s1", "S.B.s2"]);
    // With the baseline's bootstrapped, M's own.
    expect(decide([claim], partial(["summary.S.M.delta.ciLow"], ["S.B.s1", "S.B.s2"]))).toEqual(["S.M.s1", "S.M.s2"]);
  });

  it("counts a comparison's sharing by the undecided parts before its reading by the claim's parts", () => {
    // M's delta instance asks for M's and B's safety comparisons; the claim's two instances read B's,
    // but the other claim's gap asks for M's too: shared by more undecided parts, M's come first.
    const claims = ["all m in methods: `summary.S.{m}.delta.ciLow` < 0.5", "`summary.S.M.safetyGap.ciLow` < 0.5"];
    expect(decide(claims, partial(["summary.S.M.delta.ciLow", "summary.S.M.safetyGap.ciLow"]))).toEqual(["S.M.s1", "S.M.s2"]);
  });

  it("takes a quantifier's undecided instances apart: each asks for its own best comparisons", () => {
    // B's instance asks for B's; M's for B's too (shared by both instances and read by both); the gap claim for M's.
    // As one part, the quantifier would ask for M's only (shared with the gap claim).
    const claims = ["all m in methods: `summary.S.{m}.delta.ciLow` < 0.5", "`summary.S.M.safetyGap.ciLow` < 0.5"];
    expect(decide(claims, partial(["summary.S.B.delta.ciLow", "summary.S.M.delta.ciLow", "summary.S.M.safetyGap.ciLow"]))).toEqual(["S.B.s1", "S.B.s2", "S.M.s1", "S.M.s2"]);
  });

  it("a claim whose parts ask for nothing new gets every comparison it may read that has not run", () => {
    const c = lazy("`summary.S.M.tax.se` < 0.5");
    const withReads: LazyClaim = { claim: c.claim, reads: new Set(["S.M.c1", "S.B.c1", "S.M.s1"]) };
    // The context knows no comparison of the unknown key: the part asks for none.
    const ctx = { ...context(), comparisonsOf: new Map<string, string[]>() };
    expect([...comparisonsToDecide([withReads], partial(["summary.S.M.tax.se"], ["S.M.s1"]), ctx)]).toEqual(["S.M.c1", "S.B.c1"]);
  });

  it("a claim that cannot be evaluated (no such set) is undecided as a whole: every number it may read", () => {
    const truths = new Map<Claim, Truth>();
    const c = lazy("all m in nosuch: `summary.S.{m}.tax.se` < 1");
    expect([...comparisonsToDecide([c], partial(["summary.S.M.tax.se", "summary.S.B.tax.se"]), context(), truths)].sort()).toEqual(["S.B.c1", "S.M.c1"]);
    expect(truths.get(c.claim)).toBe("unknown");
  });
});
