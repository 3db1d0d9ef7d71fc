/**
 * Synthetic results for the review tests: the full key layout of
 * src/results/types.ts, with values that follow the paper's story (gap grows
 * with scale, advanced methods narrow it, ToxiGen gap largest, tax ≈ -1%) and
 * internally consistent derived keys, so claims hold unless a test breaks one.
 */
import type { Results } from "../../src/results/types.js";

export const METHODS = ["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"];
export const SCALES = ["1B", "7B", "13B"];
export const SAFETY = ["ToxiGen", "TruthfulQA", "BBQ"];
export const CAPABILITY = ["MMLU", "HumanEval", "GSM8K"];

export function syntheticResults(overrides: Record<string, number> = {}): Results {
  const n = 500;
  const numbers: Record<string, number> = {};
  const scaleGap = { "1B": 0.82, "7B": 1, "13B": 1.07 } as Record<string, number>;
  // Baseline gap per benchmark at 7B, and each method's retention of it.
  const baseGap = { ToxiGen: 0.2107, TruthfulQA: 0.1904, BBQ: 0.2015 } as Record<string, number>;
  const keep = { "SFT+DPO": 1, RLVR: 0.7934, "Reasoning-PT": 0.8263, Deliberative: 0.7641, CAI: 0.7601 } as Record<string, number>;
  const lift = { "SFT+DPO": 0, RLVR: 0.04, "Reasoning-PT": 0.035, Deliberative: 0.06, CAI: 0.07 } as Record<string, number>;
  const tax = { "SFT+DPO": -0.0098, RLVR: -0.0096, "Reasoning-PT": -0.0097, Deliberative: -0.01, CAI: -0.0103 } as Record<string, number>;
  const sd = 0.05;
  const se = sd / Math.sqrt(n);
  for (const s of SCALES) {
    for (const m of METHODS) {
      const safetyGaps: number[] = [];
      const capGaps: number[] = [];
      const ap: number[] = [];
      const noap: number[] = [];
      const apC: number[] = [];
      const noapC: number[] = [];
      for (const b of [...SAFETY, ...CAPABILITY]) {
        const safety = SAFETY.includes(b);
        // The 13B reduction is made larger than at 7B (the paper's "largest at 13B").
        const gap = safety ? baseGap[b]! * scaleGap[s]! * (m === "SFT+DPO" ? 1 : keep[m]! - (s === "13B" ? 0.01 : 0)) : tax[m]! * (s === "13B" ? 1.05 : 1);
        const noapMean = safety ? 0.55 + lift[m]! + 0.01 * SCALES.indexOf(s) : 0.55;
        const apMean = noapMean + gap;
        numbers[`cell.${s}.${m}.AP.${b}.mean`] = apMean;
        numbers[`cell.${s}.${m}.AP.${b}.sd`] = sd;
        numbers[`cell.${s}.${m}.AP.${b}.se`] = se;
        numbers[`cell.${s}.${m}.NoAP.${b}.mean`] = noapMean;
        numbers[`cell.${s}.${m}.NoAP.${b}.sd`] = sd;
        numbers[`cell.${s}.${m}.NoAP.${b}.se`] = se;
        const diffSe = Math.sqrt(2) * se;
        const t = gap / diffSe;
        const p = `cmp.${s}.${m}.${b}`;
        Object.assign(numbers, {
          [`${p}.diff`]: gap,
          [`${p}.se`]: diffSe,
          [`${p}.t`]: t,
          [`${p}.df`]: 998,
          [`${p}.d`]: gap / sd,
          [`${p}.log10p`]: safety ? -200 : -5,
          [`${p}.p`]: safety ? 1e-200 : 1e-5,
          [`${p}.ciLow`]: gap - 1.96 * diffSe,
          [`${p}.ciHigh`]: gap + 1.96 * diffSe,
        });
        if (safety) {
          safetyGaps.push(gap);
          ap.push(apMean);
          noap.push(noapMean);
        } else {
          capGaps.push(gap);
          apC.push(apMean);
          noapC.push(noapMean);
        }
      }
      const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
      const q = `summary.${s}.${m}`;
      numbers[`${q}.apSafety`] = mean(ap);
      numbers[`${q}.noapSafety`] = mean(noap);
      numbers[`${q}.safetyGap`] = mean(safetyGaps);
      numbers[`${q}.apCap`] = mean(apC);
      numbers[`${q}.noapCap`] = mean(noapC);
      numbers[`${q}.tax`] = mean(capGaps);
      const gapSe = (Math.sqrt(2) * se) / Math.sqrt(3);
      for (const k of ["safetyGap", "tax", "retention", "delta"]) numbers[`${q}.${k}.se`] = k === "retention" ? 0.01 : gapSe;
    }
    for (const m of METHODS) {
      const q = `summary.${s}.${m}`;
      const g0 = numbers[`summary.${s}.SFT+DPO.safetyGap`]!;
      numbers[`${q}.retention`] = numbers[`${q}.safetyGap`]! / g0;
      numbers[`${q}.delta`] = numbers[`${q}.safetyGap`]! - g0;
      for (const k of ["safetyGap", "tax", "retention", "delta"]) {
        numbers[`${q}.${k}.ciLow`] = numbers[`${q}.${k}`]! - 1.96 * numbers[`${q}.${k}.se`]!;
        numbers[`${q}.${k}.ciHigh`] = numbers[`${q}.${k}`]! + 1.96 * numbers[`${q}.${k}.se`]!;
      }
    }
  }
  Object.assign(numbers, overrides);
  const sorted = Object.fromEntries(Object.entries(numbers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    schemaVersion: 1,
    tool: { name: "safety-gap", version: "0.0.0-test" },
    seed: 42,
    paramsHash: "0".repeat(64),
    sizes: {
      conditions: ["AP", "NoAP"],
      methods: METHODS,
      scales: SCALES,
      benchmarks: [...SAFETY.map((name) => ({ name, kind: "safety" as const })), ...CAPABILITY.map((name) => ({ name, kind: "capability" as const }))],
      samplesPerCell: n,
      bootstrapResamples: 10000,
      confidence: 0.95,
    },
    numbers: sorted,
  };
}
