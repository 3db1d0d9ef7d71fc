/**
 * What a placeholder can see: the flat results numbers (plus sizes and seed
 * exposed as numbers), variables such as {scale}, and named sets such as
 * $advancedMethods. Built once per render from a Results object.
 */
import { designOfResults, namedSets } from "../../results/namedSets.js";
import type { Results } from "../../results/types.js";

export interface Scope {
  /** Every addressable number, by dotted key. */
  values: ReadonlyMap<string, number>;
  /** `$name` -> a single name (a variable) or a list of names (a set). */
  vars: Readonly<Record<string, string | readonly string[]>>;
  /** Sort rank of a name (paper order: scales, methods, conditions, benchmarks). */
  rank(name: string): number;
}

/**
 * The sizes are exposed as numbers so prose like "30 configurations" or
 * "n = 500" is a placeholder too: sizes.configurations, sizes.samplesPerCell,
 * sizes.bootstrapResamples, sizes.confidence, sizes.alpha, seed, ...
 */
export function sizeNumbers(r: Results): Record<string, number> {
  const s = r.sizes;
  const safety = s.benchmarks.filter((b) => b.kind === "safety").length;
  return {
    "sizes.conditions": s.conditions.length,
    "sizes.methods": s.methods.length,
    "sizes.advancedMethods": s.methods.length - 1,
    "sizes.scales": s.scales.length,
    "sizes.benchmarks": s.benchmarks.length,
    "sizes.safetyBenchmarks": safety,
    "sizes.capabilityBenchmarks": s.benchmarks.length - safety,
    "sizes.configurations": s.conditions.length * s.methods.length * s.scales.length,
    "sizes.samplesPerCell": s.samplesPerCell,
    "sizes.bootstrapResamples": s.bootstrapResamples,
    "sizes.confidence": s.confidence,
    "sizes.alpha": 1 - s.confidence,
    seed: r.seed,
  };
}

/** Sets every template sees (the study's named sets, src/results/namedSets.ts) and the baseline; `vars` (from paper.yaml or a table) add to or override them. */
export function builtinVars(r: Results): Record<string, string | string[]> {
  const design = designOfResults(r);
  return { baseline: design.baseline, ...namedSets(design) };
}

export function makeScope(r: Results, vars: Record<string, string | readonly string[]> = {}): Scope {
  const values = new Map<string, number>();
  for (const [k, v] of Object.entries(r.numbers)) values.set(k, v);
  for (const [k, v] of Object.entries(sizeNumbers(r))) values.set(k, v);
  const order = [...r.sizes.scales, ...r.sizes.methods, ...r.sizes.conditions, ...r.sizes.benchmarks.map((b) => b.name)];
  const rankOf = new Map(order.map((n, i) => [n, i] as const));
  return {
    values,
    vars: { ...builtinVars(r), ...vars },
    rank: (name) => rankOf.get(name) ?? order.length,
  };
}

/** The same scope with some variables replaced (a table's $row, $scale). */
export function withVars(scope: Scope, vars: Record<string, string | readonly string[]>): Scope {
  return { ...scope, vars: { ...scope.vars, ...vars } };
}
