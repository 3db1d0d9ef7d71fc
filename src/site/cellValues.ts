/**
 * The numbers behind a table cell, for its CSV column(s) and for sorting.
 * Given values win; else, when the cell prints one number per key (a value,
 * or a CI's two bounds), the keys' full-precision values from results.json;
 * else (a number computed from several keys, such as a difference) the
 * printed numbers, since the site does not re-evaluate src/render's
 * expressions.
 */
import type { Results } from "../results/types.js";
import type { SiteTableCell } from "./types.js";

const NUMBER = /[-\u2212]?\d+(?:\.\d+)?(?:[eE][-\u2212+]?\d+)?/g;

export function printedNumbers(text: string): number[] {
  return (text.match(NUMBER) ?? []).map((s) => Number(s.replace(/\u2212/g, "-")));
}

export function cellValues(cell: SiteTableCell, results: Results): number[] {
  if (cell.values) return cell.values;
  const printed = printedNumbers(cell.text);
  const fromKeys = cell.keys.map((k) => results.numbers[k]);
  if (printed.length === cell.keys.length && fromKeys.every((v) => v !== undefined)) return fromKeys as number[];
  return printed;
}
