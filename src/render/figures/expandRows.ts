/**
 * Turns a validated binding block into rows of plain values: the cross
 * product of each row group's loops, in the results' own order (so plots
 * keep the paper's method order with `"sort": null`), every field looked up
 * in `results.numbers`.
 */
import * as msg from "../../messages/figures.js";
import type { Results } from "../../results/types.js";
import { DIMENSIONS, type Binding, type Dimension, type RowGroup, type Selector } from "./bindingBlock.js";
import { closest } from "../../text/closest.js";
import { filledKey, patternContext } from "../../lang/keyPattern.js";
import { type SpecContext, specError } from "./specContext.js";

export type Row = Record<string, string | number>;

export function namesOf(results: Results, dim: Dimension): string[] {
  switch (dim) {
    case "scale":
      return results.sets.scales ?? [];
    case "method":
      return results.sets.methods ?? [];
    case "condition":
      return results.sets.conditions ?? [];
    case "benchmark":
      return results.sets.benchmarks ?? [];
    default:
      return [];
  }
}

export function expandRows(ctx: SpecContext, binding: Binding, params: Record<string, string>, results: Results): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const [name, groups] of binding.datasets) {
    const rows: Row[] = [];
    for (const g of groups) {
      const before = rows.length;
      expandGroup(g, rows);
      if (rows.length === before) throw specError(ctx, g.pointer, msg.emptyRows(name), msg.emptyRowsHint());
    }
    out.set(name, rows);
  }
  return out;

  function resolve(dim: Dimension, entry: { name: string; pointer: string }): string {
    let name = entry.name;
    if (name.startsWith("$")) {
      const p = params[name.slice(1)];
      if (p === undefined) throw specError(ctx, entry.pointer, msg.unknownParam(name.slice(1), Object.keys(params)), msg.unknownParamHint());
      name = p;
    }
    const known = namesOf(results, dim);
    if (!known.includes(name)) throw specError(ctx, entry.pointer, msg.unknownName(dim, name, closest(name, known)), msg.unknownNameHint(dim, known));
    return name;
  }

  function select(dim: Dimension, s: Selector): string[] {
    const known = namesOf(results, dim);
    if ("all" in s) return known;
    if ("names" in s) return s.names.map((e) => resolve(dim, e));
    if ("except" in s) {
      const drop = new Set(s.except.map((e) => resolve(dim, e)));
      return known.filter((n) => !drop.has(n));
    }
    return results.sets[`${s.kind}Benchmarks`] ?? [];
  }

  function expandGroup(g: RowGroup, rows: Row[]): void {
    const choices = g.loops.map((l) => select(l.dim, l.selector));
    // Dimensions not looped over fall back to a parameter of the same name
    // (the `scale` parameter, which the supplement rebinds to 1B or 13B).
    const fallback: Partial<Record<Dimension, string>> = {};
    for (const [k, v] of Object.entries(params)) {
      if (DIMENSIONS.includes(k)) fallback[k] = v;
    }
    const recurse = (depth: number, values: Partial<Record<Dimension, string>>): void => {
      if (depth === g.loops.length) {
        const row: Row = {};
        for (const l of g.loops) row[l.dim] = values[l.dim] as string;
        Object.assign(row, g.set);
        const filled = { ...fallback, ...values };
        for (const f of g.fields) {
          const key = filledKey(f.segments, patternContext(filled as Record<string, string>, {}))!;
          const v = results.numbers[key];
          if (v === undefined) throw specError(ctx, f.pointer, msg.missingNumber(key, closest(key, Object.keys(results.numbers))), msg.missingNumberHint());
          if (!Number.isFinite(v)) throw specError(ctx, f.pointer, msg.nonFiniteNumber(key, v), msg.nonFiniteNumberHint());
          row[f.name] = v;
        }
        rows.push(row);
        return;
      }
      const loop = g.loops[depth] as RowGroup["loops"][number];
      for (const name of choices[depth] as string[]) recurse(depth + 1, { ...values, [loop.dim]: name });
    };
    recurse(0, {});
  }
}
