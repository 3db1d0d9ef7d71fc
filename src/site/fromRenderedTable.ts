/**
 * Adapts src/render's tables (report/tables.yaml, rendered by renderTable
 * once per scale) to the site's table shape, so the supplement shows the
 * paper's own table definitions at 1B, 7B and 13B instead of re-implementing
 * them. Structural types only: the site does not import src/render.
 *
 * Usage in the build, per table id:
 *   byScale[s] = renderTable(def, set, scope, { scale: s }, (text) => text).rows
 *   fromRenderedTable({ id, number, caption, stub: def.stub, columns: def.columns }, byScale)
 */
import type { SiteTable } from "./types.js";

/** RenderedTable.rows of src/render/tables.ts: the first cell is the row label. */
export type RenderedRows = { text: string; keys: string[]; values?: number[] }[][];

export function fromRenderedTable(
  meta: { id: string; number: number; caption: string; stub: string; columns: { header: string; group?: string }[]; paperScale?: string },
  byScale: Record<string, RenderedRows>,
): SiteTable {
  const out: SiteTable["byScale"] = {};
  for (const [scale, rows] of Object.entries(byScale)) {
    out[scale] = rows.map(([label, ...cells]) => ({ label: label?.text ?? "", cells: cells.map((c) => ({ text: c.text, keys: [...new Set(c.keys)], ...(c.values?.length ? { values: c.values } : {}) })) }));
  }
  return { id: meta.id, number: meta.number, caption: meta.caption, stub: meta.stub, columns: meta.columns.map((c) => ({ header: c.header, ...(c.group !== undefined ? { group: c.group } : {}) })), ...(meta.paperScale !== undefined ? { paperScale: meta.paperScale } : {}), byScale: out };
}
