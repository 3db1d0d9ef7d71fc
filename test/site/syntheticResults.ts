/**
 * A deterministic, synthetic Results object with every key family of
 * src/results/types.ts, so the supplement can be built and tested before
 * (and independently of) `safety-gap compute`. Values are plausible
 * (safety scores near the paper's) but come from a closed-form formula, not
 * a simulation: no randomness, so the bytes of the built site are stable.
 * The key layout is test/helpers/syntheticResults.ts's; the values are here.
 */
import type { StudyResults as Results } from "../../src/study/results/types.js";
import { buildSyntheticResults, ci95, SAMPLES_PER_CELL as n, type ValueModel } from "../helpers/syntheticResults.js";

/** Rounds to 12 significant digits so values look like computed doubles but are stable. */
const r = (x: number): number => Number(x.toPrecision(12));

const model: ValueModel = {
  benchmark: ({ si, mi, bi, kind }) => {
    const safety = kind === "safety";
    const noap = safety ? 0.55 + 0.03 * mi + 0.01 * bi + 0.02 * si : 0.45 + 0.02 * mi + 0.01 * bi + 0.05 * si;
    const gap = safety ? 0.2 - 0.012 * mi + 0.006 * si - 0.002 * mi * si - 0.004 * bi + 0.001 * ((mi * 7 + bi * 3) % 5) : -0.007 - 0.0005 * ((mi + bi + si) % 6);
    const ap = noap + gap;
    const sdAp = 0.015 + 0.001 * bi;
    const sdNoap = 0.016 + 0.001 * mi;
    const diff = r(ap) - r(noap);
    const se = Math.sqrt((sdAp * sdAp + sdNoap * sdNoap) / n);
    const t = diff / se;
    const df = (sdAp ** 2 / n + sdNoap ** 2 / n) ** 2 / ((sdAp ** 2 / n) ** 2 / (n - 1) + (sdNoap ** 2 / n) ** 2 / (n - 1));
    const d = diff / Math.sqrt((sdAp ** 2 + sdNoap ** 2) / 2);
    const log10p = -Math.abs(t) * 0.9 - 1;
    return {
      cells: {
        AP: { mean: r(ap), sd: r(sdAp), se: r(sdAp / Math.sqrt(n)) },
        NoAP: { mean: r(noap), sd: r(sdNoap), se: r(sdNoap / Math.sqrt(n)) },
      },
      cmp: { diff: r(diff), se: r(se), t: r(t), df: r(df), d: r(d), log10p: r(log10p), p: 10 ** log10p, ...ci95(diff, se, r) },
    };
  },
  gapFrom: "scores",
  interval: (metric, v) => {
    const se = metric === "retention" ? 0.012 : 0.0011;
    return { se, ...ci95(v, se, r) };
  },
  round: r,
  toolVersion: "0.1.0",
  paramsHash: "0".repeat(56) + "deadbeef",
};

export function syntheticResults(): Results {
  return buildSyntheticResults(model);
}
