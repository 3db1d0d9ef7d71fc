/**
 * Tables 1-4 of the paper at every scale, built from results alone. Used
 * when the build does not pass src/render's tables (report/tables.yaml);
 * methods and benchmarks come from results.sizes, so a new method or
 * benchmark shows up without an edit here. Cells carry their keys (for the
 * links from the paper) and full-precision values (for the CSV).
 */
import type { Results } from "../results/types.js";
import type { SiteTable, SiteTableCell } from "./types.js";
import { formatFixed } from "./format.js";

export function paperTables(results: Results): SiteTable[] {
  const { methods, benchmarks, scales } = results.sizes;
  const baseline = methods[0] ?? "SFT+DPO";
  const advanced = methods.slice(1);
  const safety = benchmarks.filter((b) => b.kind === "safety").map((b) => b.name);
  const capability = benchmarks.filter((b) => b.kind === "capability").map((b) => b.name);
  const first = safety[0] ?? "ToxiGen";
  const get = (k: string): number => {
    const v = results.numbers[k];
    // A key missing here is a bug in this table definition, not reader input.
    if (v === undefined) throw new Error(`site table: results.numbers has no key ${k}`);
    return v;
  };
  const key = (k: string): SiteTableCell => ({ text: formatFixed(get(k)), keys: [k], values: [get(k)] });
  const minus = (a: string, b: string): SiteTableCell => {
    const v = get(a) - get(b);
    return { text: formatFixed(v), keys: [a, b], values: [v] };
  };
  const ci = (lo: string, hi: string): SiteTableCell => ({ text: `[${formatFixed(get(lo))}, ${formatFixed(get(hi))}]`, keys: [lo, hi], values: [get(lo), get(hi)] });
  const perScale = (rows: (scale: string) => SiteTable["byScale"][string]): SiteTable["byScale"] => Object.fromEntries(scales.map((s) => [s, rows(s)]));

  return [
    {
      id: "table1",
      number: 1,
      caption: "Method summary at {scale} scale: mean safety and capability scores for AP and NoAP models, alignment gaps, alignment tax, and retention ratio.",
      stub: "Method",
      columns: ["AP Safety", "NoAP Safety", "Safety Gap", "AP Cap.", "NoAP Cap.", "Cap. Gap", "Ret. Ratio"].map((header) => ({ header })),
      byScale: perScale((s) =>
        methods.map((m) => ({ label: m, cells: ["apSafety", "noapSafety", "safetyGap", "apCap", "noapCap", "tax", "retention"].map((x) => key(`summary.${s}.${m}.${x}`)) })),
      ),
    },
    {
      id: "table2",
      number: 2,
      caption: `Robustness deltas at {scale} scale: change in safety alignment gap relative to ${baseline} baseline. Negative values indicate gap narrowing.`,
      stub: "Method",
      columns: [...safety.map((header) => ({ header })), { header: "Safety Avg" }],
      byScale: perScale((s) =>
        advanced.map((m) => ({
          label: m,
          cells: [...safety.map((b) => minus(`cmp.${s}.${m}.${b}.diff`, `cmp.${s}.${baseline}.${b}.diff`)), key(`summary.${s}.${m}.delta`)],
        })),
      ),
    },
    {
      id: "table3",
      number: 3,
      caption: "Per-benchmark alignment gap (AP \u2013 NoAP) at {scale} scale.",
      stub: "Method",
      columns: [...safety.map((header) => ({ header, group: "Safety" })), ...capability.map((header) => ({ header, group: "Capability" }))],
      byScale: perScale((s) => methods.map((m) => ({ label: m, cells: [...safety, ...capability].map((b) => key(`cmp.${s}.${m}.${b}.diff`)) }))),
    },
    {
      id: "table4",
      number: 4,
      caption: `Statistical tests for ${first} at {scale} scale.`,
      stub: "Method",
      columns: ["Diff", "Cohen's d", "t-stat", "95% CI"].map((header) => ({ header })),
      byScale: perScale((s) =>
        methods.map((m) => {
          const c = `cmp.${s}.${m}.${first}`;
          return { label: m, cells: [key(`${c}.diff`), key(`${c}.d`), key(`${c}.t`), ci(`${c}.ciLow`, `${c}.ciHigh`)] };
        }),
      ),
    },
  ];
}
