/**
 * Which comparisons a seed may need to bootstrap. Of a seed's time, the 90
 * bootstraps of 10,000 resamples are nearly all; but only the numbers a
 * claim, a qualitative statement or a published (reported) number reads
 * need them. Every key reference in those expressions is matched, with its
 * variables and sets widened to any name, against every key of the results:
 * an over-approximation (a claim may read fewer keys in some seed), never an
 * under one, so a number a check reads is always computed.
 *
 * Of those, the published numbers' and statements' comparisons run in every
 * seed (their spread over the seeds is reported); a claim's run only in the
 * seeds whose verdict depends on them (./lazyVerdicts.ts), which is what the
 * interval bounds and the eligibility test below are for.
 */
import type { Expr } from "../../lang/ast.js";
import type { Interval } from "../../lang/interval.js";
import { matchKeys, type KeySegment } from "../../lang/keyPattern.js";
import { PICK_FUNCTIONS } from "../../lang/pickFunctions.js";
import type { Params } from "../params/types.js";
import { comparisonKey } from "../analyze/types.js";

/** Every key pattern anywhere in an expression tree (references and `v in \`pattern\`` sets). */
export function keyPatternsOf(node: unknown, out: KeySegment[][] = []): KeySegment[][] {
  if (Array.isArray(node)) {
    for (const x of node) keyPatternsOf(x, out);
    return out;
  }
  if (node === null || typeof node !== "object") return out;
  const o = node as { kind?: unknown; segs?: unknown };
  if ((o.kind === "ref" || o.kind === "pattern") && Array.isArray(o.segs)) out.push(o.segs as KeySegment[]);
  for (const v of Object.values(o)) if (v !== null && typeof v === "object") keyPatternsOf(v, out);
  return out;
}

/** A pattern with every bound name and named set widened to "any name": what it may read in some instance. */
const widened = (segs: readonly KeySegment[]): KeySegment[] => segs.map((s) => (s.kind === "variable" || s.kind === "set" ? { kind: "wildcard", pos: s.pos } : s));

/** The same, with the variables named in `vars` filled in (a quantifier's instance). */
const instantiated = (segs: readonly KeySegment[], vars: Readonly<Record<string, string>>): KeySegment[] =>
  segs.map((s) => (s.kind === "variable" && Object.hasOwn(vars, s.name) ? { kind: "literal", text: vars[s.name]!, pos: s.pos } : s));

const NO_CONTEXT = { variable: () => undefined, set: () => undefined, boundNames: () => [], setNames: () => [] };

/** Keys grouped by their number of segments: a pattern is matched against the keys of its length only. */
export function keysByLength(keys: readonly string[]): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const k of keys) {
    const n = k.split(".").length;
    let group = byLength.get(n);
    if (!group) byLength.set(n, (group = []));
    group.push(k);
  }
  return byLength;
}

/**
 * The result keys the expressions may read, with the variables of `vars` bound (none by default).
 * The ~250 patterns of the paper are matched against the keys of their length only (matchKeys
 * itself, on each group): the same matches, a tenth of the work.
 */
export function keysRead(exprs: readonly (Expr | undefined)[], keys: readonly string[] | Map<number, string[]>, vars: Readonly<Record<string, string>> = {}): Set<string> {
  const byLength = keys instanceof Map ? keys : keysByLength(keys);
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const e of exprs)
    for (const segs of keyPatternsOf(e)) {
      const w = widened(instantiated(segs, vars));
      const id = JSON.stringify(w.map((s) => (s.kind === "literal" ? s.text : s.kind === "alternatives" ? s.names : "*")));
      if (seen.has(id)) continue;
      seen.add(id);
      for (const m of matchKeys(w, NO_CONTEXT, byLength.get(w.length) ?? [])) out.add(m.key);
    }
  return out;
}

/** A direct key as a one-literal-per-segment pattern (a published number's `key`). */
export const keyAsPattern = (key: string): Expr => ({ kind: "ref", template: key, pos: 0, segs: key.split(".").map((text, pos) => ({ kind: "literal", text, pos })) });

const BOOTSTRAPPED = new Set(["ciLow", "ciHigh", "se"]);
const SUMMARY_METRICS = new Set(["safetyGap", "tax", "retention", "delta"]);

/**
 * Where a bootstrap number lies before its bootstrap has run, given `bound`, 16 times the largest
 * |score| of the seed's samples (./lazyVerdicts.ts): undefined for a key no such interval is known
 * for. A comparison's replicates are differences of two resample means, so each is within 2 bound/16;
 * a safety gap's or tax's (means of those) too, a delta's (a difference of two gaps) within
 * 4 bound/16; percentiles lie between replicates and an SD (ddof 1) of values in a range of width w
 * is at most w / 2 * sqrt(B / (B - 1)) <= 0.71 w: 16 covers all of these with room for rounding.
 * A retention is a ratio of gaps, unbounded near a zero baseline gap: no interval.
 */
export function unknownInterval(key: string, bound: number): Interval | undefined {
  const parts = key.split(".");
  const leaf = parts[parts.length - 1]!;
  if (parts.length !== 5 || !BOOTSTRAPPED.has(leaf)) return undefined;
  if (parts[0] === "cmp" && leaf !== "se") return { lo: -bound, hi: bound };
  if (parts[0] === "summary" && SUMMARY_METRICS.has(parts[3]!) && parts[3] !== "retention") return leaf === "se" ? { lo: 0, hi: bound } : { lo: -bound, hi: bound };
  return undefined;
}

/**
 * Whether an expression's truth, evaluated with some bootstrap numbers as their unknownInterval,
 * is the truth with every number known, whenever it comes out true or false. The evaluator's
 * interval arithmetic encloses every value the point arithmetic can give (each operation is
 * monotone in each bound, rounded the same way) as long as no NaN arises, and an ordering
 * comparison of a NaN is "unknown" (never decided); so only what decides on NaN or on midpoints is
 * left out: equality tests, and the functions that pick names by value (argmax, rank, ...). Every
 * bootstrap number it reads must have an interval.
 */
export function decidableWithIntervals(expr: Expr, reads: Iterable<string>, params: Params): boolean {
  for (const key of reads) if (comparisonsFor([key], params).size > 0 && unknownInterval(key, 1) === undefined) return false;
  const ok = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.every(ok);
    if (node === null || typeof node !== "object") return true;
    const o = node as { kind?: unknown; ops?: unknown; name?: unknown };
    if (o.kind === "compare" && Array.isArray(o.ops) && o.ops.some((op) => op === "==" || op === "!=")) return false;
    if ((o.kind === "call" || o.kind === "agg") && typeof o.name === "string" && Object.hasOwn(PICK_FUNCTIONS, o.name)) return false;
    return Object.values(o).every((v) => v === null || typeof v !== "object" || ok(v));
  };
  return ok(expr);
}

/** The comparisons (by comparisonKey) whose replicates the read keys come from. */
export function comparisonsFor(read: Iterable<string>, params: Params): Set<string> {
  const safety = params.benchmarks.filter((b) => b.kind === "safety").map((b) => b.name);
  const capability = params.benchmarks.filter((b) => b.kind === "capability").map((b) => b.name);
  const out = new Set<string>();
  const add = (scale: string, method: string, benchmarks: readonly string[]): void => {
    for (const benchmark of benchmarks) out.add(comparisonKey({ scale, method, benchmark }));
  };
  for (const key of read) {
    const parts = key.split(".");
    const leaf = parts[parts.length - 1]!;
    if (parts[0] === "cmp" && parts.length === 5 && (leaf === "ciLow" || leaf === "ciHigh")) out.add(parts.slice(1, 4).join("."));
    if (parts[0] === "summary" && parts.length === 5 && BOOTSTRAPPED.has(leaf) && SUMMARY_METRICS.has(parts[3]!)) {
      const [, scale, method, metric] = parts as [string, string, string, string];
      if (metric === "tax") add(scale, method, capability);
      else add(scale, method, safety);
      if (metric === "retention" || metric === "delta") add(scale, params.baselineMethod, safety);
    }
  }
  return out;
}
