/**
 * One table at one scale as accessible HTML: a caption, column headers with
 * scope="col", the method as a row header with scope="row", row ids that
 * the paper's numbers link to, and the raw value of every cell in
 * data-value so site.js can sort without parsing formatted text.
 */
import type { Results } from "../results/types.js";
import type { TableSpec } from "./types.js";
import { resolveCell } from "./tableCells.js";
import { esc } from "./escape.js";
import { formatFixed } from "./format.js";
import { anchorFor } from "./keys.js";

export const tableDomId = (spec: TableSpec, scale: string): string => `${spec.id}-${scale}`;
export const rowDomId = (spec: TableSpec, scale: string, rowId: string): string => `${spec.id}-${scale}-${rowId}`;
export const csvPath = (spec: TableSpec, scale: string): string => `tables/${spec.id}-${scale}.csv`;

export function renderTableHtml(spec: TableSpec, scale: string, results: Results): string {
  const id = tableDomId(spec, scale);
  const caption = `Table ${spec.number} (${esc(scale)}): ${esc(spec.caption.split("{scale}").join(scale))}`;
  const head: string[] = [];
  if (spec.groups) {
    head.push(`<tr><td></td>${spec.groups.map((g) => `<th scope="colgroup" colspan="${g.span}">${esc(g.label)}</th>`).join("")}</tr>`);
  }
  head.push(
    `<tr><th scope="col">${esc(spec.rowHeader)}</th>${spec.columns
      .map((c) => `<th scope="col"${c.abbr ? ` abbr="${esc(c.abbr)}"` : ""}>${esc(c.label)}</th>`)
      .join("")}</tr>`,
  );
  const body = spec.rows.map((row) => {
    const cells = row.cells.map((cell) => {
      const r = resolveCell(cell, scale, results);
      const title = r.kind === "minus" ? `${r.keys[0]} \u2212 ${r.keys[1]}` : r.keys.join(", ");
      const text =
        r.kind === "ci"
          ? `[${formatFixed(r.values[0]!, r.decimals)}, ${formatFixed(r.values[1]!, r.decimals)}]`
          : formatFixed(r.values[0]!, r.decimals);
      // Each cell links to its key on the numbers page, where value and derivation are listed.
      const inner = r.kind === "key" ? `<a href="numbers.html#${anchorFor(r.keys[0]!)}">${esc(text)}</a>` : esc(text);
      return `<td data-value="${r.sortValue}" title="${esc(title)}">${inner}</td>`;
    });
    return `<tr id="${rowDomId(spec, scale, row.id)}"><th scope="row">${esc(row.label)}</th>${cells.join("")}</tr>`;
  });
  return [
    `<div class="table-block" id="${id}">`,
    `<div class="table-scroll">`,
    `<table class="data sortable">`,
    `<caption>${caption}</caption>`,
    `<thead>${head.join("")}</thead>`,
    `<tbody>${body.join("")}</tbody>`,
    `</table>`,
    `</div>`,
    `<p class="table-dl"><a href="${csvPath(spec, scale)}" download>Download Table ${spec.number} (${esc(scale)}) as CSV</a></p>`,
    `</div>`,
  ].join("\n");
}
