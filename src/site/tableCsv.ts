/**
 * One table at one scale as CSV (RFC 4180): the row label, then one column
 * per table column (two for a confidence interval), values at full
 * precision exactly as in results.json, so a download can be checked
 * against the results file rather than against rounded text.
 */
import type { Results } from "../results/types.js";
import type { TableSpec } from "./types.js";
import { resolveCell } from "./tableCells.js";

const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function renderTableCsv(spec: TableSpec, scale: string, results: Results): string {
  const header: string[] = [spec.rowHeader.toLowerCase(), "scale"];
  const firstRow = spec.rows[0];
  spec.columns.forEach((c, i) => {
    const cell = firstRow?.cells[i];
    if (cell && "ci" in cell) header.push(`${c.label} low`, `${c.label} high`);
    else header.push(c.label);
  });
  const lines = [header.map(field).join(",")];
  for (const row of spec.rows) {
    const values = row.cells.flatMap((cell) => resolveCell(cell, scale, results).values.map(String));
    lines.push([row.label, scale, ...values].map(field).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
