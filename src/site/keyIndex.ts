/**
 * Where a click on a number goes: the row of the first supplement table
 * (in table order, at any scale) whose cell shows exactly that key, or else
 * the key's row on the all-numbers page, which lists every key.
 */
import type { SiteTable } from "./types.js";
import { rowDomId } from "./tableHtml.js";
import { anchorFor } from "./keys.js";

export function keyHrefs(tables: SiteTable[]): (key: string) => string {
  const map = new Map<string, string>();
  for (const t of tables) {
    for (const [scale, rows] of Object.entries(t.byScale)) {
      for (const row of rows) {
        for (const cell of row.cells) {
          // A cell computed from several keys (a difference) is not "the row of" any of them; a CI's bounds are.
          const direct = cell.keys.length === 1 || /^\[.*\]$/.test(cell.text.trim());
          if (!direct) continue;
          for (const k of cell.keys) if (!map.has(k)) map.set(k, `tables.html#${rowDomId(t, scale, row.label)}`);
        }
      }
    }
  }
  return (key) => map.get(key) ?? `numbers.html#${anchorFor(key)}`;
}
