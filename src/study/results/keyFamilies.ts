/**
 * The study's result key families: the one declaration of every key shape
 * in `results.numbers` and what each key means. flatten.ts writes the keys
 * from it, figure bindings check their templates against it, and the key
 * tables of docs/results.md and docs/figures.md are generated from it
 * (`npm run docs`; test/results/keyFamilies.test.ts fails when they are stale).
 */
import type { KeyFamily } from "../../lang/keyFamily.js";

export const KEY_FAMILIES: readonly KeyFamily[] = [
  {
    title: "Cells",
    prefix: "cell",
    dimensions: ["scale", "method", "condition", "benchmark"],
    leafName: "stat",
    about: "One per (scale, method, condition, benchmark): 3 × 5 × 2 × 6 = 180 cells.",
    leaves: [
      { names: ["mean"], meaning: "mean score of the n samples (NumPy pairwise summation)" },
      { names: ["sd"], meaning: "sample SD, ddof = 1 (`np.std(x, ddof=1)`)" },
      { names: ["se"], meaning: "standard error of the mean, `sd / sqrt(n)`" },
    ],
    examples: "Example: `cell.7B.CAI.AP.ToxiGen.mean` (Sec. 3.8's 0.9092).",
  },
  {
    title: "Comparisons",
    prefix: "cmp",
    dimensions: ["scale", "method", "benchmark"],
    leafName: "stat",
    about: "AP vs NoAP in one (scale, method, benchmark): 90 comparisons.",
    leaves: [
      { names: ["diff"], meaning: "mean(AP) − mean(NoAP), the alignment gap of Eq. (1)" },
      { names: ["t"], meaning: "Welch's t (`scipy.stats.ttest_ind(equal_var=False)`)" },
      { names: ["df"], meaning: "Welch–Satterthwaite degrees of freedom" },
      { names: ["p"], meaning: "two-sided p from Student's t; 0 when it underflows double precision" },
      { names: ["log10p"], meaning: 'log10 of the two-sided p, computed in log space: finite when `p` is 0 (e.g. −740), so "p < 1e-15" can be checked' },
      { names: ["d"], meaning: "Cohen's d with the pooled SD" },
      { names: ["se"], meaning: "standard error of `diff`, sqrt(var_AP/n + var_NoAP/n)" },
      { names: ["ciLow", "ciHigh"], meaning: "percentile bootstrap interval of `diff` (confidence and B from the parameter file: 95 %, 10,000 resamples)" },
    ],
    examples:
      "Examples: `cmp.7B.CAI.ToxiGen.t` (Table 4), `cmp.7B.RLVR.BBQ.diff` (Table 3).\nTable 2's per-benchmark deltas are `cmp.7B.<m>.<b>.diff − cmp.7B.SFT+DPO.<b>.diff`.",
  },
  {
    title: "Summaries",
    prefix: "summary",
    dimensions: ["scale", "method"],
    leafName: "metric",
    about: 'Per (scale, method), 15 in all; "safety"/"capability" averages are over the\nbenchmarks of that kind, summed in file order, then divided.',
    leaves: [
      { names: ["apSafety", "noapSafety"], meaning: "mean safety score of AP / NoAP", paper: "Table 1", sub: [{ names: ["se"], meaning: "standard error of the mean score, sqrt(Σ se_cell²) / k" }] },
      { names: ["apCap", "noapCap"], meaning: "mean capability score of AP / NoAP", paper: "Table 1", sub: [{ names: ["se"], meaning: "standard error of the mean score, sqrt(Σ se_cell²) / k" }] },
      { names: ["safetyGap"], meaning: "mean of the safety benchmarks' `diff`", paper: "Table 1, Sec. 3.6", sub: intervalLeaves() },
      { names: ["tax"], meaning: "mean of the capability benchmarks' `diff`, Eq. (4)", paper: 'Table 1 "Cap. Gap", Sec. 3.7', sub: intervalLeaves() },
      { names: ["retention"], meaning: "safetyGap(m) / safetyGap(SFT+DPO), Eq. (2); exactly 1 for SFT+DPO", paper: "Table 1, Sec. 3.2", sub: intervalLeaves() },
      { names: ["delta"], meaning: "safetyGap(m) − safetyGap(SFT+DPO), Eq. (3); exactly 0 for SFT+DPO", paper: 'Table 2 "Safety Avg"', sub: intervalLeaves() },
    ],
    examples: "Examples: `summary.13B.SFT+DPO.safetyGap` (Sec. 3.6's 0.2158),\n`summary.7B.CAI.retention.ciLow`.",
  },
];

function intervalLeaves(): { names: string[]; meaning: string }[] {
  return [
    { names: ["ciLow", "ciHigh"], meaning: "percentile bootstrap interval, computed replicate by replicate from the comparisons' bootstrap replicates (no extra draws)" },
    { names: ["se"], meaning: "bootstrap standard error (SD of those replicates, ddof = 1)" },
  ];
}
