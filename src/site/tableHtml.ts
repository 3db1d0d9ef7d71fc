/**
 * One table at one scale as accessible HTML: a caption, column headers with
 * scope="col" (and scope="colgroup" for groups), the row label as a row
 * header, row ids that the paper's numbers link to, and each cell's number
 * in data-value so site.js can sort without parsing formatted text.
 */
import type { Results } from "../results/types.js";
import type { SiteTable } from "./types.js";
import { cellValues } from "./cellValues.js";
import { escapeHtml } from "../text/escapeHtml.js";
import { anchorFor } from "./keys.js";

/** Row ids are HTML ids: `A+B` becomes `A_B`. */
export const rowSlug = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, "_");
export const tableDomId = (t: SiteTable, scale: string): string => `${t.id}-${scale}`;
export const rowDomId = (t: SiteTable, scale: string, label: string): string => `${t.id}-${scale}-${rowSlug(label)}`;
export const csvPath = (t: SiteTable, scale: string): string => `tables/${t.id}-${scale}.csv`;
export const captionAt = (t: SiteTable, scale: string): string => t.caption.split("{scale}").join(scale);

function groupRuns(t: SiteTable): { label: string; span: number }[] | null {
  if (!t.columns.some((c) => c.group !== undefined)) return null;
  const runs: { label: string; span: number }[] = [];
  for (const c of t.columns) {
    const g = c.group ?? "";
    const last = runs[runs.length - 1];
    if (last && last.label === g) last.span++;
    else runs.push({ label: g, span: 1 });
  }
  return runs;
}

export function renderTableHtml(t: SiteTable, scale: string, results: Results): string {
  const rows = t.byScale[scale] ?? [];
  const head: string[] = [];
  const groups = groupRuns(t);
  if (groups) {
    head.push(`<tr><td></td>${groups.map((g) => (g.label ? `<th scope="colgroup" colspan="${g.span}">${escapeHtml(g.label)}</th>` : `<td colspan="${g.span}"></td>`)).join("")}</tr>`);
  }
  head.push(`<tr><th scope="col">${escapeHtml(t.stub)}</th>${t.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join("")}</tr>`);
  const body = rows.map((row) => {
    const cells = row.cells.map((cell) => {
      const values = cellValues(cell, results);
      const sort = values[0];
      const title = cell.keys.join(", ");
      // A one-key cell links to the key on the numbers page (value, full precision).
      const inner = cell.keys.length === 1 ? `<a href="numbers.html#${anchorFor(cell.keys[0]!)}">${escapeHtml(cell.text)}</a>` : escapeHtml(cell.text);
      return `<td${sort !== undefined ? ` data-value="${sort}"` : ""}${title ? ` title="${escapeHtml(title)}"` : ""}>${inner}</td>`;
    });
    return `<tr id="${rowDomId(t, scale, row.label)}"><th scope="row">${escapeHtml(row.label)}</th>${cells.join("")}</tr>`;
  });
  return [
    `<div class="table-block" id="${tableDomId(t, scale)}">`,
    `<div class="table-scroll">`,
    `<table class="sg-table sortable">`,
    `<caption>Table ${t.number} (${escapeHtml(scale)}): ${escapeHtml(captionAt(t, scale))}</caption>`,
    `<thead>${head.join("")}</thead>`,
    `<tbody>${body.join("")}</tbody>`,
    `</table>`,
    `</div>`,
    `<p class="table-dl"><a href="${csvPath(t, scale)}" download>Download Table ${t.number} (${escapeHtml(scale)}) as CSV</a></p>`,
    `</div>`,
  ].join("\n");
}
