/**
 * A synthetic Results object for renderer tests: every key the paper uses,
 * filled by a closed-form model (no simulation, no randomness). The values
 * are shaped like the paper's (gaps grow with scale, advanced methods narrow
 * them, the tax is small and negative) so the prose helpers' claims hold,
 * but they are NOT the study's results and must never be published as such.
 */
import type { Results } from "../../src/results/types.js";

const scales = ["1B", "7B", "13B"];
const methods = ["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"];
const conditions = ["AP", "NoAP"];
const safety = ["ToxiGen", "TruthfulQA", "BBQ"];
const capability = ["MMLU", "HumanEval", "GSM8K"];

const scaleMult = [0.8, 1.0, 1.07];
const apLift = [0, 0.043, 0.036, 0.06, 0.069];
const noapLift = [0, 0.084, 0.071, 0.108, 0.118];
const safetyBase: Record<string, number> = { ToxiGen: 0.58, TruthfulQA: 0.57, BBQ: 0.59 };
const safetyGap: Record<string, number> = { ToxiGen: 0.21, TruthfulQA: 0.19, BBQ: 0.2 };
const capBase: Record<string, number> = { MMLU: 0.52, HumanEval: 0.5, GSM8K: 0.54 };
const capLift = [0, 0.047, 0.06, 0.02, 0.006];
const SD = 0.1;
const N = 500;

/** Options let a test break one value (NaN) or change a size. */
export function syntheticResults(patch: Record<string, number> = {}): Results {
  const numbers: Record<string, number> = {};
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
  const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  scales.forEach((scale, s) => {
    const gaps: number[] = [];
    methods.forEach((method, m) => {
      for (const c of conditions)
        for (const b of [...safety, ...capability]) {
          numbers[`cell.${scale}.${method}.${c}.${b}.mean`] = mean(s, m, c, b);
          numbers[`cell.${scale}.${method}.${c}.${b}.sd`] = SD;
          numbers[`cell.${scale}.${method}.${c}.${b}.se`] = SD / Math.sqrt(N);
        }
      for (const b of [...safety, ...capability]) {
        const diff = mean(s, m, "AP", b) - mean(s, m, "NoAP", b);
        const se = Math.sqrt((2 * SD * SD) / N);
        const t = diff / se;
        const p = `cmp.${scale}.${method}.${b}`;
        Object.assign(numbers, {
          [`${p}.diff`]: diff,
          [`${p}.se`]: se,
          [`${p}.t`]: t,
          [`${p}.df`]: 2 * N - 2,
          // A normal-tail approximation is enough for a fixture.
          [`${p}.log10p`]: -(t * t) / (2 * Math.LN10) - Math.log10(Math.abs(t) * Math.sqrt(2 * Math.PI)) + Math.log10(2),
          [`${p}.p`]: Math.min(1, 2 * Math.exp(-(t * t) / 2)),
          [`${p}.d`]: diff / SD,
          [`${p}.ciLow`]: diff - 1.96 * se,
          [`${p}.ciHigh`]: diff + 1.96 * se,
        });
      }
      const ap = avg(safety.map((b) => mean(s, m, "AP", b)));
      const noap = avg(safety.map((b) => mean(s, m, "NoAP", b)));
      const apCap = avg(capability.map((b) => mean(s, m, "AP", b)));
      const noapCap = avg(capability.map((b) => mean(s, m, "NoAP", b)));
      gaps.push(ap - noap);
      const base = gaps[0]!;
      const q = `summary.${scale}.${method}`;
      const vals: Record<string, number> = {
        apSafety: ap,
        noapSafety: noap,
        safetyGap: ap - noap,
        apCap,
        noapCap,
        tax: apCap - noapCap,
        retention: (ap - noap) / base,
        delta: ap - noap - base,
      };
      for (const [k, v] of Object.entries(vals)) numbers[`${q}.${k}`] = v;
      for (const k of ["safetyGap", "tax", "retention", "delta"]) {
        numbers[`${q}.${k}.se`] = 0.001;
        numbers[`${q}.${k}.ciLow`] = vals[k]! - 0.002;
        numbers[`${q}.${k}.ciHigh`] = vals[k]! + 0.002;
      }
    });
  });
  Object.assign(numbers, patch);
  return {
    schemaVersion: 1,
    tool: { name: "safety-gap", version: "0.0.0-test" },
    seed: 42,
    paramsHash: "0".repeat(64),
    sizes: {
      conditions,
      methods,
      scales,
      benchmarks: [...safety.map((name) => ({ name, kind: "safety" as const })), ...capability.map((name) => ({ name, kind: "capability" as const }))],
      samplesPerCell: N,
      bootstrapResamples: 10000,
      confidence: 0.95,
    },
    numbers: Object.fromEntries(Object.entries(numbers).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}
