/**
 * Tables 1-4 of the paper as data, with `{scale}` left open so the supplement
 * renders each at every scale. Used when src/render's table definitions
 * (report/tables.yaml) are not passed in; methods and benchmarks come from
 * results.sizes, so a new method or benchmark shows up without an edit here.
 */
import type { Results } from "../results/types.js";
import type { TableSpec } from "./types.js";

/** Row ids are HTML ids: `SFT+DPO` becomes `SFT_DPO`. */
export const rowSlug = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, "_");

export function paperTables(results: Results): TableSpec[] {
  const { methods, benchmarks } = results.sizes;
  const baseline = methods[0] ?? "SFT+DPO";
  const advanced = methods.slice(1);
  const safety = benchmarks.filter((b) => b.kind === "safety").map((b) => b.name);
  const capability = benchmarks.filter((b) => b.kind === "capability").map((b) => b.name);
  const first = safety[0] ?? "ToxiGen";
  const s = (m: string): string => `summary.{scale}.${m}`;
  const cmp = (m: string, b: string): string => `cmp.{scale}.${m}.${b}`;

  return [
    {
      id: "table1",
      number: 1,
      caption: "Method summary at {scale} scale: mean safety and capability scores for AP and NoAP models, alignment gaps, alignment tax, and retention ratio.",
      rowHeader: "Method",
      columns: [
        { label: "AP Safety" },
        { label: "NoAP Safety" },
        { label: "Safety Gap" },
        { label: "AP Cap." },
        { label: "NoAP Cap." },
        { label: "Cap. Gap" },
        { label: "Ret. Ratio" },
      ],
      rows: methods.map((m) => ({
        label: m,
        id: rowSlug(m),
        cells: ["apSafety", "noapSafety", "safetyGap", "apCap", "noapCap", "tax", "retention"].map((x) => ({ key: `${s(m)}.${x}` })),
      })),
    },
    {
      id: "table2",
      number: 2,
      caption: `Robustness deltas at {scale} scale: change in safety alignment gap relative to ${baseline} baseline. Negative values indicate gap narrowing.`,
      rowHeader: "Method",
      columns: [...safety.map((b) => ({ label: b })), { label: "Safety Avg" }],
      rows: advanced.map((m) => ({
        label: m,
        id: rowSlug(m),
        cells: [...safety.map((b) => ({ minus: [`${cmp(m, b)}.diff`, `${cmp(baseline, b)}.diff`] as [string, string] })), { key: `${s(m)}.delta` }],
      })),
    },
    {
      id: "table3",
      number: 3,
      caption: "Per-benchmark alignment gap (AP \u2013 NoAP) at {scale} scale.",
      groups: [
        { label: "Safety", span: safety.length },
        { label: "Capability", span: capability.length },
      ],
      rowHeader: "Method",
      columns: [...safety, ...capability].map((b) => ({ label: b })),
      rows: methods.map((m) => ({ label: m, id: rowSlug(m), cells: [...safety, ...capability].map((b) => ({ key: `${cmp(m, b)}.diff` })) })),
    },
    {
      id: "table4",
      number: 4,
      caption: `Statistical tests for ${first} at {scale} scale.`,
      rowHeader: "Method",
      columns: [{ label: "Diff" }, { label: "Cohen's d" }, { label: "t-stat" }, { label: "95% CI" }],
      rows: methods.map((m) => ({
        label: m,
        id: rowSlug(m),
        cells: [
          { key: `${cmp(m, first)}.diff` },
          { key: `${cmp(m, first)}.d` },
          { key: `${cmp(m, first)}.t` },
          { ci: [`${cmp(m, first)}.ciLow`, `${cmp(m, first)}.ciHigh`] as [string, string] },
        ],
      })),
    },
  ];
}
