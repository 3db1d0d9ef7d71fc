/**
 * Synthetic results for the review tests: the full key layout of
 * src/results/types.ts, with values that follow the paper's story (gap grows
 * with scale, advanced methods narrow it, ToxiGen gap largest, tax ≈ -1%) and
 * internally consistent derived keys, so claims hold unless a test breaks one.
 * The key layout is test/helpers/syntheticResults.ts's; the values are here.
 */
import type { StudyResults as Results } from "../../src/study/results/types.js";
import { buildSyntheticResults, ci95, SAMPLES_PER_CELL as n, SCALES, type ValueModel } from "../helpers/syntheticResults.js";

export { CAPABILITY, METHODS, SAFETY, SCALES } from "../helpers/syntheticResults.js";

const scaleGap = { "1B": 0.82, "7B": 1, "13B": 1.07 } as Record<string, number>;
// Baseline gap per benchmark at 7B, and each method's retention of it.
const baseGap = { ToxiGen: 0.2107, TruthfulQA: 0.1904, BBQ: 0.2015 } as Record<string, number>;
const keep = { "SFT+DPO": 1, RLVR: 0.7934, "Reasoning-PT": 0.8263, Deliberative: 0.7641, CAI: 0.7601 } as Record<string, number>;
const lift = { "SFT+DPO": 0, RLVR: 0.04, "Reasoning-PT": 0.035, Deliberative: 0.06, CAI: 0.07 } as Record<string, number>;
const tax = { "SFT+DPO": -0.0098, RLVR: -0.0096, "Reasoning-PT": -0.0097, Deliberative: -0.01, CAI: -0.0103 } as Record<string, number>;
const sd = 0.05;
const se = sd / Math.sqrt(n);

const model: ValueModel = {
  benchmark: ({ scale: s, method: m, benchmark: b, kind }) => {
    const safety = kind === "safety";
    // The 13B reduction is made larger than at 7B (the paper's "largest at 13B").
    const gap = safety ? baseGap[b]! * scaleGap[s]! * (m === "SFT+DPO" ? 1 : keep[m]! - (s === "13B" ? 0.01 : 0)) : tax[m]! * (s === "13B" ? 1.05 : 1);
    const noapMean = safety ? 0.55 + lift[m]! + 0.01 * SCALES.indexOf(s) : 0.55;
    const diffSe = Math.sqrt(2) * se;
    return {
      cells: { AP: { mean: noapMean + gap, sd, se }, NoAP: { mean: noapMean, sd, se } },
      cmp: {
        diff: gap,
        se: diffSe,
        t: gap / diffSe,
        df: 998,
        d: gap / sd,
        log10p: safety ? -200 : -5,
        p: safety ? 1e-200 : 1e-5,
        ...ci95(gap, diffSe),
      },
    };
  },
  gapFrom: "comparisons",
  interval: (metric, v) => {
    const s = metric === "retention" ? 0.01 : (Math.sqrt(2) * se) / Math.sqrt(3);
    return { se: s, ...ci95(v, s) };
  },
};

export function syntheticResults(overrides: Record<string, number> = {}): Results {
  return buildSyntheticResults(model, overrides);
}
