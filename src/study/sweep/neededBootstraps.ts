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

/**
 * Keys grouped by their number of segments, and by that and their first segment: a pattern is
 * matched (by matchKeys itself) against the keys of its length that start with its first segment
 * when that is a name: the same matches, a fraction of the work (~250 patterns x ~2,600 keys).
 */
export type KeyIndex = Map<string, string[]>;

export function keyIndex(keys: readonly string[]): KeyIndex {
  const index: KeyIndex = new Map();
  const put = (group: string, k: string): void => {
    let g = index.get(group);
    if (!g) index.set(group, (g = []));
    g.push(k);
  };
  for (const k of keys) {
    const parts = k.split(".");
    put(String(parts.length), k);
    put(`${parts.length} ${parts[0]}`, k);
  }
  return index;
}

const candidates = (index: KeyIndex, w: readonly KeySegment[]): string[] => {
  const first = w[0];
  return (first?.kind === "literal" ? index.get(`${w.length} ${first.text}`) : index.get(String(w.length))) ?? [];
};

/** The result keys the expressions may read, with the variables of `vars` bound (none by default). */
export function keysRead(exprs: readonly (Expr | undefined)[], keys: readonly string[] | KeyIndex, vars: Readonly<Record<string, string>> = {}): Set<string> {
  const index = keys instanceof Map ? keys : keyIndex(keys);
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const e of exprs)
    for (const segs of keyPatternsOf(e)) {
      const w = widened(instantiated(segs, vars));
      const id = JSON.stringify(w.map((s) => (s.kind === "literal" ? s.text : s.kind === "alternatives" ? s.names : "*")));
      if (seen.has(id)) continue;
      seen.add(id);
      for (const m of matchKeys(w, NO_CONTEXT, candidates(index, w))) out.add(m.key);
    }
  return out;
}

/** A direct key as a one-literal-per-segment pattern (a published number's `key`). */
export const keyAsPattern = (key: string): Expr => ({ kind: "ref", template: key, pos: 0, segs: key.split(".").map((text, pos) => ({ kind: "literal", text, pos })) });

const BOOTSTRAPPED = new Set(["ciLow", "ciHigh", "se"]);
const SUMMARY_METRICS = new Set(["safetyGap", "tax", "retention", "delta"]);

/**
 * Where a bootstrap number lies before its bootstrap has run: [-bound, bound] (an SE [0, bound]),
 * with bound 16 M for M the largest |score| of the seed's samples; undefined for a key with no
 * such interval. A comparison's replicates are differences of two resample means, each within
 * +-2 M, a safety gap's or tax's (means of those) too, a delta's (a difference of two gaps)
 * within +-4 M; a percentile lies between replicates, and an SD (ddof 1) of values in a range of
 * width w is at most w / 2 * sqrt(B / (B - 1)) <= 0.71 w, so <= 5.7 M: 16 M leaves room for
 * rounding. A retention is a ratio of gaps, unbounded near a zero baseline gap: no interval.
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
