/**
 * Turns a validated binding block into rows of plain values: the cross
 * product of each row group's loops, each loop in its set's order (so plots
 * keep the paper's order with `"sort": null`), every field looked up in the
 * results' numbers. The named sets come in as data.
 */
import * as msg from "../../messages/figures.js";
import { type Binding, type Dimension, type NameRef, type RowGroup, type Selector } from "./bindingBlock.js";
import { closest } from "../../text/closest.js";
import { filledKey, patternContext } from "../../lang/keyPattern.js";
import { type SpecContext, specError } from "./specContext.js";

export type Row = Record<string, string | number>;

/** What a figure is bound to: the citable numbers and the named sets. */
export interface FigureData {
  numbers: Readonly<Record<string, number>>;
  sets: Readonly<Record<string, readonly string[]>>;
}

export function expandRows(ctx: SpecContext, binding: Binding, params: Record<string, string>, data: FigureData): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  const allNames = [...new Set(Object.values(data.sets).flat())];
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

  function resolve(dim: Dimension, entry: NameRef): string {
    let name = entry.name;
    if (entry.param) {
      const p = params[name];
      if (p === undefined) throw specError(ctx, entry.pointer, msg.unknownParam(name, Object.keys(params)), msg.unknownParamHint());
      name = p;
    }
    if (!allNames.includes(name)) throw specError(ctx, entry.pointer, msg.unknownName(dim, name, closest(name, allNames)), msg.unknownNameHint(allNames));
    return name;
  }

  function select(dim: Dimension, s: Selector): string[] {
    if ("names" in s) return s.names.map((e) => resolve(dim, e));
    const members = Object.hasOwn(data.sets, s.set) ? data.sets[s.set] : undefined;
    const known = Object.keys(data.sets);
    if (members === undefined) throw specError(ctx, s.pointer, msg.unknownSet(s.set, closest(s.set, known)), msg.unknownSetHint(known));
    const drop = new Set(s.except.map((e) => resolve(dim, e)));
    return members.filter((n) => !drop.has(n));
  }

  function expandGroup(g: RowGroup, rows: Row[]): void {
    const choices = g.loops.map((l) => select(l.dim, l.selector));
    // Dimensions not looped over fall back to a parameter of the same name
    // (the `scale` parameter, which the supplement rebinds to 1B or 13B).
    const fallback: Partial<Record<Dimension, string>> = {};
    for (const [k, v] of Object.entries(params)) {
      if (binding.dimensions === undefined || binding.dimensions.includes(k)) fallback[k] = v;
    }
    const recurse = (depth: number, values: Partial<Record<Dimension, string>>): void => {
      if (depth === g.loops.length) {
        const row: Row = {};
        for (const l of g.loops) row[l.dim] = values[l.dim] as string;
        Object.assign(row, g.set);
        const filled = { ...fallback, ...values };
        for (const f of g.fields) {
          const key = filledKey(f.segments, patternContext(filled as Record<string, string>, {}))!;
          const v = data.numbers[key];
          if (v === undefined) throw specError(ctx, f.pointer, msg.missingNumber(key, closest(key, Object.keys(data.numbers))), msg.missingNumberHint());
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
