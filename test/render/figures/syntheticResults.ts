/**
 * A deterministic stand-in for `safety-gap compute`'s results, shaped like
 * the paper's numbers (AP ~0.78-0.85 safety, gaps ~0.15-0.21, tax ~-0.01),
 * so figure tests do not depend on the simulation. Every key the figures
 * may read exists; values come from closed-form expressions, no randomness.
 */
import type { Results } from "../../../src/results/types.js";

const scales = ["1B", "7B", "13B"];
const methods = ["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"];
const conditions = ["AP", "NoAP"];
const benchmarks = [
  { name: "ToxiGen", kind: "safety" as const },
  { name: "TruthfulQA", kind: "safety" as const },
  { name: "BBQ", kind: "safety" as const },
  { name: "MMLU", kind: "capability" as const },
  { name: "HumanEval", kind: "capability" as const },
  { name: "GSM8K", kind: "capability" as const },
];

export function syntheticResults(): Results {
  const n: Record<string, number> = {};
  const n0 = 500;
  scales.forEach((s, si) => {
    const scaleLift = [-0.03, 0, 0.015][si] as number;
    const gapScale = [0.82, 1, 1.075][si] as number;
    methods.forEach((m, mi) => {
      const methodLift = [0, 0.045, 0.04, 0.06, 0.07][mi] as number;
      const gapShrink = [1, 0.79, 0.83, 0.765, 0.76][mi] as number;
      benchmarks.forEach((b, bi) => {
        const isSafety = b.kind === "safety";
        const base = isSafety ? 0.58 + 0.02 * bi + methodLift * 1.6 + scaleLift : 0.53 + 0.01 * bi + 0.01 * mi + scaleLift;
        const gap = isSafety ? (0.2 + 0.005 * ((bi + mi) % 3)) * gapShrink * gapScale : -0.0095 - 0.0004 * ((bi + mi + si) % 4);
        const means = { AP: base + gap, NoAP: base };
        for (const c of conditions) {
          const mean = means[c as "AP" | "NoAP"];
          const sd = 0.015 + 0.001 * bi;
          n[`cell.${s}.${m}.${c}.${b.name}.mean`] = mean;
          n[`cell.${s}.${m}.${c}.${b.name}.sd`] = sd;
          n[`cell.${s}.${m}.${c}.${b.name}.se`] = sd / Math.sqrt(n0);
        }
        const se = Math.sqrt(2) * (0.015 + 0.001 * bi) / Math.sqrt(n0);
        Object.assign(n, {
          [`cmp.${s}.${m}.${b.name}.diff`]: gap,
          [`cmp.${s}.${m}.${b.name}.se`]: se,
          [`cmp.${s}.${m}.${b.name}.t`]: gap / se,
          [`cmp.${s}.${m}.${b.name}.df`]: 997.5,
          [`cmp.${s}.${m}.${b.name}.p`]: 1e-100,
          [`cmp.${s}.${m}.${b.name}.log10p`]: -100,
          [`cmp.${s}.${m}.${b.name}.d`]: gap / 0.016,
          [`cmp.${s}.${m}.${b.name}.ciLow`]: gap - 1.96 * se,
          [`cmp.${s}.${m}.${b.name}.ciHigh`]: gap + 1.96 * se,
        });
      });
      const avg = (c: string, kind: string): number => {
        const bs = benchmarks.filter((b) => b.kind === kind);
        return bs.reduce((acc, b) => acc + (n[`cell.${s}.${m}.${c}.${b.name}.mean`] as number), 0) / bs.length;
      };
      const p = `summary.${s}.${m}`;
      n[`${p}.apSafety`] = avg("AP", "safety");
      n[`${p}.noapSafety`] = avg("NoAP", "safety");
      n[`${p}.safetyGap`] = avg("AP", "safety") - avg("NoAP", "safety");
      n[`${p}.apCap`] = avg("AP", "capability");
      n[`${p}.noapCap`] = avg("NoAP", "capability");
      n[`${p}.tax`] = avg("AP", "capability") - avg("NoAP", "capability");
      // SE of a mean of three benchmark means, as compute reports it.
      for (const k of ["apSafety", "noapSafety", "apCap", "noapCap"]) n[`${p}.${k}.se`] = 0.016 / Math.sqrt(3 * n0);
    });
    methods.forEach((m, mi) => {
      const p = `summary.${s}.${m}`;
      const base = n[`summary.${s}.SFT+DPO.safetyGap`] as number;
      n[`${p}.retention`] = (n[`${p}.safetyGap`] as number) / base;
      n[`${p}.delta`] = (n[`${p}.safetyGap`] as number) - base;
      const widths: Record<string, number> = { safetyGap: 0.0018, tax: 0.0012, retention: 0.012, delta: 0.0025 };
      for (const [metric, w] of Object.entries(widths)) {
        const v = n[`${p}.${metric}`] as number;
        const hw = w * (1 + 0.1 * mi);
        n[`${p}.${metric}.ciLow`] = v - hw;
        n[`${p}.${metric}.ciHigh`] = v + hw;
        n[`${p}.${metric}.se`] = hw / 1.96;
      }
    });
  });
  const numbers = Object.fromEntries(Object.entries(n).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    schemaVersion: 1,
    tool: { name: "safety-gap", version: "0.0.0-test" },
    seed: 42,
    paramsHash: "0".repeat(64),
    sizes: { conditions, methods, scales, benchmarks, samplesPerCell: n0, bootstrapResamples: 10000, confidence: 0.95 },
    numbers,
  };
}
