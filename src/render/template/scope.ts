/**
 * What a placeholder can see: every citable number by key, the named sets
 * ($methods) and the variables ({scale}, a table's {row}). A set of one name
 * is also a variable ({baseline}). The study's numbers and sets come in as
 * data; nothing here knows their names.
 */
import type { Scope as LangScope } from "../../lang/evaluate.js";
import { point } from "../../lang/interval.js";
import { sizeNumbers } from "../../results/sizeNumbers.js";
import type { Results } from "../../results/types.js";
import type { Printed } from "../../lang/formatValue.js";

export interface Scope {
  /** The results language's view: numbers, keys in the sets' order, named sets. */
  lang: LangScope;
  /** Variables: one name each. */
  vars: Readonly<Record<string, string>>;
  /**
   * Placeholders already printed against these numbers, by mode, variables
   * and text (see renderPlaceholder); shared by the copies withVars makes.
   * Printing is a pure function of those, so a watch session keeps this
   * between rebuilds of the same results and re-evaluates only what changed.
   */
  printed?: Map<string, Printed>;
}

export interface ScopeInput {
  numbers: Readonly<Record<string, number>>;
  sets: Readonly<Record<string, readonly string[]>>;
}

/**
 * Keys in the order the sets list their names, segment by segment, so a
 * pattern's matches come out as the paper orders them (scales, methods,
 * conditions, benchmarks) rather than alphabetically; names in no set go
 * last, alphabetically.
 */
function orderedKeys(keys: readonly string[], sets: ScopeInput["sets"]): string[] {
  const rank = new Map<string, number>();
  for (const members of Object.values(sets)) for (const n of members) if (!rank.has(n)) rank.set(n, rank.size);
  const r = (n: string): number => rank.get(n) ?? rank.size;
  const split = new Map(keys.map((k) => [k, k.split(".")] as const));
  return [...keys].sort((a, b) => {
    const x = split.get(a)!;
    const y = split.get(b)!;
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = r(x[i]!) - r(y[i]!) || x[i]!.localeCompare(y[i]!);
      if (d) return d;
    }
    return x.length - y.length;
  });
}

export function makeScope(input: ScopeInput, vars: Readonly<Record<string, string>> = {}): Scope {
  const values = new Map(Object.entries(input.numbers));
  const names = orderedKeys([...values.keys()], input.sets);
  const singles = Object.fromEntries(Object.entries(input.sets).flatMap(([k, v]) => (v.length === 1 ? [[k, v[0]!]] : [])));
  return {
    lang: {
      lookup: (name) => {
        const v = values.get(name);
        return v === undefined ? undefined : point(v);
      },
      names: () => names,
      sets: input.sets,
    },
    vars: { ...singles, ...vars },
  };
}

/** The same scope with some variables set (a table's {row}, a figure caption's {scale}). */
export function withVars(scope: Scope, vars: Readonly<Record<string, string>>): Scope {
  return { ...scope, vars: { ...scope.vars, ...vars } };
}

/** The scope of a study's results: its numbers and design sizes, its named sets. */
export function scopeOfResults(r: Results, vars: Readonly<Record<string, string>> = {}): Scope {
  return makeScope({ numbers: { ...r.numbers, ...sizeNumbers(r) }, sets: r.sets }, vars);
}
