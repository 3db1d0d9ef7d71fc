/** The CSV files of out/data/: every sample, and one summary table per scale. */
import type { Params } from "../params/types.js";
import { cellIds } from "../simulate/cells.js";
import { cellKey, type Samples } from "../simulate/types.js";
import type { Results } from "./types.js";

/** RFC 4180 quoting, only when needed (names may contain `+`, never in practice `,`). */
const field = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** `scale,method,condition,benchmark,index,score`; scores as shortest round-trip decimals, so they read back bit-exact. */
export function samplesCsv(params: Params, samples: Samples): string {
  const parts: string[] = ["scale,method,condition,benchmark,index,score\n"];
  for (const c of cellIds(params)) {
    const x = samples.get(cellKey(c)) as Float64Array;
    const prefix = `${field(c.scale)},${field(c.method)},${field(c.condition)},${field(c.benchmark)},`;
    let chunk = "";
    for (let i = 0; i < x.length; i++) chunk += `${prefix}${i},${String(x[i])}\n`;
    parts.push(chunk);
  }
  return parts.join("");
}

export const SUMMARY_COLUMNS = [
  "apSafety",
  "noapSafety",
  "safetyGap",
  "safetyGap.ciLow",
  "safetyGap.ciHigh",
  "apCap",
  "noapCap",
  "tax",
  "tax.ciLow",
  "tax.ciHigh",
  "retention",
  "retention.ciLow",
  "retention.ciHigh",
  "delta",
  "delta.ciLow",
  "delta.ciHigh",
] as const;

/** One row per method: the `summary.<scale>.<method>.*` numbers. */
export function summaryCsv(results: Results, scale: string): string {
  const lines = [["method", ...SUMMARY_COLUMNS].join(",")];
  for (const m of results.sizes.methods) lines.push([field(m), ...SUMMARY_COLUMNS.map((c) => String(results.numbers[`summary.${scale}.${m}.${c}`]))].join(","));
  return `${lines.join("\n")}\n`;
}
