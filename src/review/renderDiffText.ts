/** The terminal rendering of a diff: one aligned table per place the numbers are used. */
import type { DiffEntry, DiffReport } from "./diffResults.js";
import { alignColumns, formatNumber, formatSigned, painter } from "./formatNumber.js";

export function verdictOf(e: DiffEntry, sigmas: number): string {
  if (e.status !== "changed") return e.status;
  if (e.se === undefined) return "changed (no MC SE)";
  return e.significant ? `significant (>${sigmas}σ)` : "within MC noise";
}

export function renderDiffText(report: DiffReport, color = false): string {
  const p = painter(color);
  const out: string[] = [`safety-gap diff ${report.a} -> ${report.b}`];
  if (report.identical) {
    out.push("identical: no number or sentence differs.");
    out.push(...report.meta.map((m) => `  note: ${m}`));
    return `${out.join("\n")}\n`;
  }
  const sig = report.entries.filter((e) => e.significant).length;
  out.push(
    `${report.entries.length} ${report.entries.length === 1 ? "number differs" : "numbers differ"} (${sig} beyond ${report.sigmas}σ Monte-Carlo noise), grouped by ${report.grouped}.`,
  );
  out.push(...report.meta.map((m) => `  ${m}`));
  const byKey = new Map(report.entries.map((e) => [e.key, e]));
  for (const g of report.groups) {
    out.push("", p.bold(g.where));
    // A number printed in several places is listed under the first; the others are named.
    const also = g.keys.some((k) => byKey.get(k)!.places.length > 1);
    const rows = [["  key", "old", "new", "delta", "±SE", "verdict", ...(also ? ["also in"] : [])]];
    for (const k of g.keys) {
      const e = byKey.get(k)!;
      const v = verdictOf(e, report.sigmas);
      const painted = e.status !== "changed" ? p.yellow(v) : e.significant ? p.red(v) : p.dim(v);
      rows.push([`  ${e.key}`, formatNumber(e.old), formatNumber(e.new), formatSigned(e.delta), formatNumber(e.se), painted, ...(also ? [p.dim(e.places.slice(1).join(", "))] : [])]);
    }
    out.push(...alignColumns(rows, [false, true, true, true, true, false]));
  }
  if (report.sentences.length) {
    out.push("", p.bold("Rendered sentences"));
    for (const s of report.sentences) {
      out.push(`  ${s.where} (${s.id}, ${s.status})`);
      if (s.old !== undefined) out.push(p.red(`    - ${s.old}`));
      if (s.new !== undefined) out.push(p.green(`    + ${s.new}`));
    }
  }
  return `${out.join("\n")}\n`;
}
