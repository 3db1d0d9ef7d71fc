/**
 * A deterministic, synthetic Results object with every key family of
 * src/results/types.ts, so the supplement can be built and tested before
 * (and independently of) `safety-gap compute`. Values are plausible
 * (safety scores near the paper's) but come from a closed-form formula, not
 * a simulation: no randomness, so the bytes of the built site are stable.
 */
import type { Results } from "../../src/results/types.js";

const scales = ["1B", "7B", "13B"];
const methods = ["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"];
const conditions = ["AP", "NoAP"];
const benchmarks: Results["sizes"]["benchmarks"] = [
  { name: "ToxiGen", kind: "safety" },
  { name: "TruthfulQA", kind: "safety" },
  { name: "BBQ", kind: "safety" },
  { name: "MMLU", kind: "capability" },
  { name: "HumanEval", kind: "capability" },
  { name: "GSM8K", kind: "capability" },
];
const n = 500;

/** Rounds to 12 significant digits so values look like computed doubles but are stable. */
const r = (x: number): number => Number(x.toPrecision(12));

export function syntheticResults(): Results {
  const numbers: Record<string, number> = {};
  scales.forEach((scale, si) => {
    methods.forEach((method, mi) => {
      const means: Record<string, number> = {};
      for (const [bi, b] of benchmarks.entries()) {
        const safety = b.kind === "safety";
        const noap = safety ? 0.55 + 0.03 * mi + 0.01 * bi + 0.02 * si : 0.45 + 0.02 * mi + 0.01 * bi + 0.05 * si;
        const gap = safety ? 0.2 - 0.012 * mi + 0.006 * si - 0.002 * mi * si - 0.004 * bi + 0.001 * ((mi * 7 + bi * 3) % 5) : -0.007 - 0.0005 * ((mi + bi + si) % 6);
        const ap = noap + gap;
        const sdAp = 0.015 + 0.001 * bi;
        const sdNoap = 0.016 + 0.001 * mi;
        means[`AP.${b.name}`] = ap;
        means[`NoAP.${b.name}`] = noap;
        for (const [c, mean, sd] of [["AP", ap, sdAp], ["NoAP", noap, sdNoap]] as const) {
          const k = `cell.${scale}.${method}.${c}.${b.name}`;
          numbers[`${k}.mean`] = r(mean);
          numbers[`${k}.sd`] = r(sd);
          numbers[`${k}.se`] = r(sd / Math.sqrt(n));
        }
        const diff = r(ap) - r(noap);
        const se = Math.sqrt((sdAp * sdAp + sdNoap * sdNoap) / n);
        const t = diff / se;
        const df = (sdAp ** 2 / n + sdNoap ** 2 / n) ** 2 / ((sdAp ** 2 / n) ** 2 / (n - 1) + (sdNoap ** 2 / n) ** 2 / (n - 1));
        const d = diff / Math.sqrt((sdAp ** 2 + sdNoap ** 2) / 2);
        const log10p = -Math.abs(t) * 0.9 - 1;
        const k = `cmp.${scale}.${method}.${b.name}`;
        numbers[`${k}.diff`] = r(diff);
        numbers[`${k}.se`] = r(se);
        numbers[`${k}.t`] = r(t);
        numbers[`${k}.df`] = r(df);
        numbers[`${k}.d`] = r(d);
        numbers[`${k}.log10p`] = r(log10p);
        numbers[`${k}.p`] = 10 ** log10p;
        numbers[`${k}.ciLow`] = r(diff - 1.96 * se);
        numbers[`${k}.ciHigh`] = r(diff + 1.96 * se);
      }
      const avg = (cond: string, kind: string): number => {
        const bs = benchmarks.filter((b) => b.kind === kind);
        return bs.reduce((s, b) => s + r(means[`${cond}.${b.name}`] ?? 0), 0) / bs.length;
      };
      const s = `summary.${scale}.${method}`;
      numbers[`${s}.apSafety`] = r(avg("AP", "safety"));
      numbers[`${s}.noapSafety`] = r(avg("NoAP", "safety"));
      numbers[`${s}.safetyGap`] = r(avg("AP", "safety") - avg("NoAP", "safety"));
      numbers[`${s}.apCap`] = r(avg("AP", "capability"));
      numbers[`${s}.noapCap`] = r(avg("NoAP", "capability"));
      numbers[`${s}.tax`] = r(avg("AP", "capability") - avg("NoAP", "capability"));
    });
    const base = numbers[`summary.${scale}.${methods[0]}.safetyGap`] ?? 1;
    for (const method of methods) {
      const s = `summary.${scale}.${method}`;
      const gap = numbers[`${s}.safetyGap`] ?? 0;
      numbers[`${s}.retention`] = r(gap / base);
      numbers[`${s}.delta`] = r(gap - base);
      for (const metric of ["safetyGap", "tax", "retention", "delta"]) {
        const v = numbers[`${s}.${metric}`] ?? 0;
        const se = metric === "retention" ? 0.012 : 0.0011;
        numbers[`${s}.${metric}.se`] = se;
        numbers[`${s}.${metric}.ciLow`] = r(v - 1.96 * se);
        numbers[`${s}.${metric}.ciHigh`] = r(v + 1.96 * se);
      }
    }
  });
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(numbers).sort()) sorted[k] = numbers[k] as number;
  return {
    schemaVersion: 1,
    tool: { name: "safety-gap", version: "0.1.0" },
    seed: 42,
    paramsHash: "0".repeat(56) + "deadbeef",
    sizes: { conditions, methods, scales, benchmarks, samplesPerCell: n, bootstrapResamples: 10000, confidence: 0.95 },
    numbers: sorted,
  };
}
