/**
 * A synthetic Results object for renderer tests: every key the paper uses,
 * filled by a closed-form model (no simulation, no randomness). The values
 * are shaped like the paper's (gaps grow with scale, advanced methods narrow
 * them, the tax is small and negative) so the prose helpers' claims hold,
 * but they are NOT the study's results and must never be published as such.
 * The key layout is test/helpers/syntheticResults.ts's; the values are here.
 */
import type { StudyResults as Results } from "../../src/study/results/types.js";
import { buildSyntheticResults, ci95, SAMPLES_PER_CELL as N, type ValueModel } from "../helpers/syntheticResults.js";

const scaleMult = [0.8, 1.0, 1.07];
const apLift = [0, 0.043, 0.036, 0.06, 0.069];
const noapLift = [0, 0.084, 0.071, 0.108, 0.118];
const safetyBase: Record<string, number> = { ToxiGen: 0.58, TruthfulQA: 0.57, BBQ: 0.59 };
const safetyGap: Record<string, number> = { ToxiGen: 0.21, TruthfulQA: 0.19, BBQ: 0.2 };
const capBase: Record<string, number> = { MMLU: 0.52, HumanEval: 0.5, GSM8K: 0.54 };
const capLift = [0, 0.047, 0.06, 0.02, 0.006];
const SD = 0.1;

const mean = (s: number, m: number, c: string, b: string): number => {
  const k = scaleMult[s]!;
  const jitter = 0.0007 * ((s * 7 + m * 3 + b.length) % 5);
  if (b in safetyBase) {
    const noap = safetyBase[b]! + k * noapLift[m]! + jitter;
    return c === "NoAP" ? noap : noap + k * (safetyGap[b]! + apLift[m]! - noapLift[m]!);
  }
  const noap = capBase[b]! + capLift[m]! + jitter;
  return c === "NoAP" ? noap : noap - 0.01 * k * (1 + 0.03 * m);
};

const model: ValueModel = {
  benchmark: ({ si, mi, benchmark: b }) => {
    const ap = mean(si, mi, "AP", b);
    const noap = mean(si, mi, "NoAP", b);
    const diff = ap - noap;
    const se = Math.sqrt((2 * SD * SD) / N);
    const t = diff / se;
    return {
      cells: { AP: { mean: ap, sd: SD, se: SD / Math.sqrt(N) }, NoAP: { mean: noap, sd: SD, se: SD / Math.sqrt(N) } },
      cmp: {
        diff,
        se,
        t,
        df: 2 * N - 2,
        // A normal-tail approximation is enough for a fixture.
        log10p: -(t * t) / (2 * Math.LN10) - Math.log10(Math.abs(t) * Math.sqrt(2 * Math.PI)) + Math.log10(2),
        p: Math.min(1, 2 * Math.exp(-(t * t) / 2)),
        d: diff / SD,
        ...ci95(diff, se),
      },
    };
  },
  gapFrom: "scores",
  interval: (_metric, v) => ({ se: 0.001, ciLow: v - 0.002, ciHigh: v + 0.002 }),
};

/** Options let a test break one value (NaN) or change a size. */
export function syntheticResults(patch: Record<string, number> = {}): Results {
  return buildSyntheticResults(model, patch);
}
