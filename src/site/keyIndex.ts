/**
 * Where a click on a number goes: the row of the first supplement table
 * (in table order) that shows the key at its scale, or else the key's row on
 * the all-numbers page, which lists every key.
 */
import type { Results } from "../results/types.js";
import type { TableSpec } from "./types.js";
import { resolveCell } from "./tableCells.js";
import { rowDomId } from "./tableHtml.js";
import { anchorFor } from "./keys.js";

export function keyHrefs(tables: TableSpec[], results: Results): (key: string) => string {
  const map = new Map<string, string>();
  for (const scale of results.sizes.scales) {
    for (const spec of tables) {
      for (const row of spec.rows) {
        for (const cell of row.cells) {
          const r = resolveCell(cell, scale, results);
          if (r.kind === "minus") continue;
          for (const k of r.keys) if (!map.has(k)) map.set(k, `tables.html#${rowDomId(spec, scale, row.id)}`);
        }
      }
    }
  }
  return (key) => map.get(key) ?? `numbers.html#${anchorFor(key)}`;
}
