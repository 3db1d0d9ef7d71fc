/**
 * One table at one scale as CSV (RFC 4180): the row label, the scale, then
 * one column per table column (two, "low" and "high", for a confidence
 * interval). Values are full precision wherever a cell shows keys of
 * results.json directly (see cellValues), so a download can be checked
 * against the results file rather than against rounded text.
 */
import type { Results } from "../results/types.js";
import type { SiteTable } from "./types.js";
import { cellValues } from "./cellValues.js";

const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function renderTableCsv(t: SiteTable, scale: string, results: Results): string {
  const rows = (t.byScale[scale] ?? []).map((r) => ({ label: r.label, values: r.cells.map((c) => cellValues(c, results)) }));
  const width = t.columns.map((_, i) => Math.max(1, ...rows.map((r) => r.values[i]?.length ?? 0)));
  const header: string[] = [t.stub.toLowerCase() || "row", "scale"];
  t.columns.forEach((c, i) => {
    const w = width[i]!;
    if (w === 1) header.push(c.header);
    else if (w === 2) header.push(`${c.header} low`, `${c.header} high`);
    else for (let j = 1; j <= w; j++) header.push(`${c.header} ${j}`);
  });
  const lines = [header.map(field).join(",")];
  for (const r of rows) {
    const cols = width.flatMap((w, i) => Array.from({ length: w }, (_, j) => (r.values[i]?.[j] !== undefined ? String(r.values[i]![j]) : "")));
    lines.push([r.label, scale, ...cols].map(field).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
