/**
 * A deterministic stand-in for `safety-gap compute`'s results, shaped like
 * the paper's numbers (AP ~0.78-0.85 safety, gaps ~0.15-0.21, tax ~-0.01),
 * so figure tests do not depend on the simulation. Every key the figures
 * may read exists; values come from closed-form expressions, no randomness.
 * The key layout is test/helpers/syntheticResults.ts's; the values are here.
 */
import type { StudyResults as Results } from "../../../src/study/results/types.js";
import { buildSyntheticResults, ci95, SAMPLES_PER_CELL as n0, type Metric, type ValueModel } from "../../helpers/syntheticResults.js";

const widths: Record<Metric, number> = { safetyGap: 0.0018, tax: 0.0012, retention: 0.012, delta: 0.0025 };

const model: ValueModel = {
  benchmark: ({ si, mi, bi, kind }) => {
    const scaleLift = [-0.03, 0, 0.015][si] as number;
    const gapScale = [0.82, 1, 1.075][si] as number;
    const methodLift = [0, 0.045, 0.04, 0.06, 0.07][mi] as number;
    const gapShrink = [1, 0.79, 0.83, 0.765, 0.76][mi] as number;
    const isSafety = kind === "safety";
    const base = isSafety ? 0.58 + 0.02 * bi + methodLift * 1.6 + scaleLift : 0.53 + 0.01 * bi + 0.01 * mi + scaleLift;
    const gap = isSafety ? (0.2 + 0.005 * ((bi + mi) % 3)) * gapShrink * gapScale : -0.0095 - 0.0004 * ((bi + mi + si) % 4);
    const sd = 0.015 + 0.001 * bi;
    const se = (Math.sqrt(2) * sd) / Math.sqrt(n0);
    return {
      cells: { AP: { mean: base + gap, sd, se: sd / Math.sqrt(n0) }, NoAP: { mean: base, sd, se: sd / Math.sqrt(n0) } },
      cmp: { diff: gap, se, t: gap / se, df: 997.5, p: 1e-100, log10p: -100, d: gap / 0.016, ...ci95(gap, se) },
    };
  },
  gapFrom: "scores",
  // SE of a mean of three benchmark means, as compute reports it.
  scoreSe: () => 0.016 / Math.sqrt(3 * n0),
  interval: (metric, v, { mi }) => {
    const hw = widths[metric] * (1 + 0.1 * mi);
    return { se: hw / 1.96, ciLow: v - hw, ciHigh: v + hw };
  },
};

export function syntheticResults(): Results {
  return buildSyntheticResults(model);
}
