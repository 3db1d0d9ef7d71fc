/** `Analysis` -> the flat, sorted `numbers` of `Results` (keys documented in docs/results.md). */
import type { Analysis } from "../analyze/types.js";

export function flattenAnalysis(a: Analysis): Record<string, number> {
  const n: Record<string, number> = {};
  for (const [key, c] of a.cells) {
    n[`cell.${key}.mean`] = c.mean;
    n[`cell.${key}.sd`] = c.sd;
    n[`cell.${key}.se`] = c.se;
  }
  for (const [key, c] of a.comparisons) for (const k of ["diff", "t", "df", "p", "log10p", "d", "se", "ciLow", "ciHigh"] as const) n[`cmp.${key}.${k}`] = c[k];
  for (const [key, s] of a.summaries) {
    for (const k of ["apSafety", "noapSafety", "apCap", "noapCap"] as const) {
      n[`summary.${key}.${k}`] = s[k].value;
      n[`summary.${key}.${k}.se`] = s[k].se;
    }
    for (const k of ["safetyGap", "tax", "retention", "delta"] as const) {
      n[`summary.${key}.${k}`] = s[k].value;
      n[`summary.${key}.${k}.ciLow`] = s[k].ciLow;
      n[`summary.${key}.${k}.ciHigh`] = s[k].ciHigh;
      n[`summary.${key}.${k}.se`] = s[k].se;
    }
  }
  return sortKeys(n);
}

/** Keys in code-unit order (what JSON readers and `sort` agree on), so output is byte-stable. */
export function sortKeys(n: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(n).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) out[k] = n[k] as number;
  return out;
}
