/**
 * Resolves a table cell at a scale to its value(s) and keys. Shared by the
 * HTML table, its CSV and the key-to-row index, so all three agree.
 */
import type { Results } from "../results/types.js";
import type { CellSpec } from "./types.js";

export interface ResolvedCell {
  /** The keys the cell shows (one; two for a difference or a CI). */
  keys: string[];
  /** Values for the CSV columns: one per column, two for a CI. */
  values: number[];
  /** The value a sort uses. */
  sortValue: number;
  kind: "key" | "minus" | "ci";
  decimals: number;
}

export const atScale = (key: string, scale: string): string => key.split("{scale}").join(scale);

export function resolveCell(cell: CellSpec, scale: string, results: Results): ResolvedCell {
  const get = (k: string): number => {
    const v = results.numbers[k];
    // A table naming a key that results.json lacks is a programming error
    // in the table definition, not reader input: fail the build loudly.
    if (v === undefined) throw new Error(`site table: results.numbers has no key ${k}`);
    return v;
  };
  const decimals = cell.decimals ?? 4;
  if ("key" in cell) {
    const k = atScale(cell.key, scale);
    const v = get(k);
    return { keys: [k], values: [v], sortValue: v, kind: "key", decimals };
  }
  if ("minus" in cell) {
    const a = atScale(cell.minus[0], scale);
    const b = atScale(cell.minus[1], scale);
    const v = get(a) - get(b);
    return { keys: [a, b], values: [v], sortValue: v, kind: "minus", decimals };
  }
  const lo = atScale(cell.ci[0], scale);
  const hi = atScale(cell.ci[1], scale);
  return { keys: [lo, hi], values: [get(lo), get(hi)], sortValue: get(lo), kind: "ci", decimals };
}
