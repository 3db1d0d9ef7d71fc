/**
 * What a placeholder can see: the flat results numbers (plus sizes and seed
 * exposed as numbers), variables such as {scale}, and named sets such as
 * $advancedMethods. Built once per render from a Results object.
 */
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
 * The design numbers (results.design) are exposed as `sizes.<name>` so prose
 * like "30 configurations" or "n = 500" is a placeholder too, and the seed as `seed`.
 */
export function sizeNumbers(r: Results): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r.design ?? {})) out[`sizes.${k}`] = v;
  if (r.seed !== undefined) out.seed = r.seed;
  return out;
}

/** Sets every template sees (the results' named sets) and the baseline, a one-name set; `vars` (from paper.yaml or a table) add to or override them. */
export function builtinVars(r: Results): Record<string, string | string[]> {
  const { baseline, ...sets } = r.sets;
  return { ...(baseline?.length === 1 ? { baseline: baseline[0]! } : {}), ...sets };
}

export function makeScope(r: Results, vars: Record<string, string | readonly string[]> = {}): Scope {
  const values = new Map<string, number>();
  for (const [k, v] of Object.entries(r.numbers)) values.set(k, v);
  for (const [k, v] of Object.entries(sizeNumbers(r))) values.set(k, v);
  // Names rank in the order the sets first list them (the paper's order within each set).
  const order = [...new Set(Object.values(r.sets).flat())];
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
