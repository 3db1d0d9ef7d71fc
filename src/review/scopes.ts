/**
 * The two worlds an expression can be evaluated in.
 *
 * - resultsScope: the reproduction. Every result key is an exact point; a few
 *   design facts are exposed as pseudo-keys (`seed`, `sizes.samplesPerCell`,
 *   `sizes.methods` = how many methods, ...) so text numbers such as
 *   "n = 500" or "30 configurations" can be tied to the results too.
 * - publishedScope: the paper as printed. Each published number is the
 *   interval its printed digits allow, reachable by its id and by its results
 *   key (tables win over text when both print a key: the text-vs-table rule
 *   checks they agree), so the paper is checked against itself.
 */
import type { Results } from "../results/types.js";
import { ExprEvalError, evaluateNumber, type Scope } from "../lang/evaluate.js";
import { point, printed, type Interval } from "../lang/interval.js";
import type { Published } from "./published/types.js";

/** The seed and the design numbers (`sizes.<name>`), as the templates see them. */
export function pseudoKeys(r: Results): Record<string, number> {
  const out: Record<string, number> = {};
  if (r.seed !== undefined) out.seed = r.seed;
  for (const [k, v] of Object.entries(r.design ?? {})) out[`sizes.${k}`] = v;
  return out;
}

export function resultsScope(r: Results, overrides: ReadonlyMap<string, number> = new Map()): Scope {
  const extra = pseudoKeys(r);
  const names = [...Object.keys(r.numbers), ...Object.keys(extra)];
  return {
    lookup: (name) => {
      const v = overrides.get(name) ?? r.numbers[name] ?? extra[name];
      return v === undefined ? undefined : point(v);
    },
    names: () => names,
    sets: r.sets,
  };
}

/** `points`: the printed digits as exact values (for "what the printed arithmetic gives"). */
export function publishedScope(p: Published, exclude?: string, points = false): Scope {
  const map = new Map<string, Interval>();
  // Tables first, so a key printed in a table and quoted in the text resolves to the table.
  const ordered = [...p.numbers.filter((n) => n.origin === "table"), ...p.numbers.filter((n) => n.origin === "text")];
  for (const n of ordered) {
    if (n.id === exclude) continue;
    const iv = points ? point(n.value) : printed(n.value, n.decimals);
    map.set(n.id, iv);
    if (n.key && !map.has(n.key)) map.set(n.key, iv);
  }
  const names = [...map.keys()];
  return { lookup: (name) => map.get(name), names: () => names, sets: p.design };
}

/**
 * The paper's statements read on a reproduction: each published id stands
 * for the reproduced value of its key or formula (so "`t1.CAI.safetyGap` <
 * `t1.RLVR.safetyGap`" asks whether the reproduction orders them so), and
 * every results key for itself. An id whose number the reproduction lacks
 * is absent, so a statement reading it cannot be evaluated (it does not hold).
 */
export function reproducedScope(p: Published, r: Results): Scope {
  const numbers = resultsScope(r);
  const map = new Map<string, Interval>();
  const ordered = [...p.numbers.filter((n) => n.origin === "table"), ...p.numbers.filter((n) => n.origin === "text")];
  for (const n of ordered) {
    if (map.has(n.id)) continue;
    let v: Interval | undefined;
    try {
      v = n.key !== undefined ? numbers.lookup(n.key) : evaluateNumber(n.formula!, numbers).value;
    } catch (error) {
      if (!(error instanceof ExprEvalError)) throw error;
    }
    if (v !== undefined) map.set(n.id, v);
  }
  const names = [...map.keys(), ...numbers.names()];
  return { lookup: (name) => map.get(name) ?? numbers.lookup(name), names: () => names, sets: p.design };
}
