/**
 * Where a click on a number goes: the row of the first supplement table
 * (in table order, at any scale) whose cell shows exactly that number: for
 * one key, a cell of that key alone (or a CI of it); for a number computed
 * from several keys (a difference in Table 2), a cell computed from the same
 * keys. Else the row of its first key, else that key's row on the
 * all-numbers page, which lists every key.
 */
import type { SiteTable } from "./types.js";
import { rowDomId } from "./tableHtml.js";
import { anchorFor } from "./keys.js";

export function keyHrefs(tables: SiteTable[]): (keys: string | readonly string[]) => string {
  const map = new Map<string, string>();
  const bySet = new Map<string, string>();
  const setOf = (keys: readonly string[]): string => [...new Set(keys)].sort().join(" ");
  for (const t of tables) {
    for (const [scale, rows] of Object.entries(t.byScale)) {
      for (const row of rows) {
        for (const cell of row.cells) {
          // A cell computed from several keys (a difference) is not "the row of" any of them; a CI's bounds are.
          const direct = cell.keys.length === 1 || /^\[.*\]$/.test(cell.text.trim());
          const href = `tables.html#${rowDomId(t, scale, row.label)}`;
          if (cell.keys.length > 1 && !bySet.has(setOf(cell.keys))) bySet.set(setOf(cell.keys), href);
          if (!direct) continue;
          for (const k of cell.keys) if (!map.has(k)) map.set(k, href);
        }
      }
    }
  }
  return (keys) => {
    const list = typeof keys === "string" ? [keys] : keys;
    const first = list[0] ?? "";
    return (list.length > 1 ? bySet.get(setOf(list)) : undefined) ?? map.get(first) ?? `numbers.html#${anchorFor(first)}`;
  };
}
