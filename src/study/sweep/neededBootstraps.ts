/**
 * Which comparisons a seed must bootstrap. Of a seed's ~1.4 s, the 90
 * bootstraps of 10,000 resamples are nearly all; but only the numbers a
 * claim, a qualitative statement or a published (reported) number reads
 * need them. Every key reference in those expressions is matched, with its
 * variables and sets widened to any name, against every key of the results:
 * an over-approximation (a claim may read fewer keys in some seed), never an
 * under one, so a number a check reads is always computed.
 */
import type { Expr } from "../../lang/ast.js";
import { matchKeys, type KeySegment } from "../../lang/keyPattern.js";
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

const NO_CONTEXT = { variable: () => undefined, set: () => undefined, boundNames: () => [], setNames: () => [] };

/**
 * The result keys the expressions may read. The ~250 patterns of the paper are matched against the
 * keys of their length only (matchKeys itself, on each group): the same matches, a tenth of the work.
 */
export function keysRead(exprs: readonly (Expr | undefined)[], keys: readonly string[]): Set<string> {
  const byLength = new Map<number, string[]>();
  for (const k of keys) {
    const n = k.split(".").length;
    byLength.set(n, [...(byLength.get(n) ?? []), k]);
  }
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const e of exprs)
    for (const segs of keyPatternsOf(e)) {
      const w = widened(segs);
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
