/** Internal consistency of the analysis (reduced size, n = 50, B = 200): Eqs. (1)-(4), tests, intervals. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadParams } from "../../../src/study/params/load.js";
import { computeResults } from "../../../src/study/results/computeResults.js";

const { params } = loadParams("test/fixtures/model/model.yaml");
const SAFETY = params.benchmarks.filter((b) => b.kind === "safety").map((b) => b.name);
const CAPABILITY = params.benchmarks.filter((b) => b.kind === "capability").map((b) => b.name);
let n: Record<string, number>;
const get = (k: string): number => {
  const v = n[k];
  if (v === undefined) throw new Error(`no number ${k}`);
  return v;
};
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b) / xs.length;

beforeAll(async () => {
  n = (await computeResults(params, { workers: 1 })).results.numbers;
});

describe("comparisons", () => {
  it("diff is Eq. (1) exactly; t = diff / se; t and d agree (t ~ d sqrt(n/2)); the CI holds the diff", () => {
    for (const s of params.scales)
      for (const m of params.methods)
        for (const { name: b } of params.benchmarks) {
          const k = `cmp.${s}.${m}.${b}`;
          expect(get(`${k}.diff`)).toBe(get(`cell.${s}.${m}.AP.${b}.mean`) - get(`cell.${s}.${m}.NoAP.${b}.mean`));
          expect(get(`${k}.t`)).toBeCloseTo(get(`${k}.diff`) / get(`${k}.se`), 9);
          expect(get(`${k}.t`) / (get(`${k}.d`) * Math.sqrt(params.samplesPerCell / 2))).toBeCloseTo(1, 2);
          expect(get(`${k}.ciLow`)).toBeLessThan(get(`${k}.diff`));
          expect(get(`${k}.ciHigh`)).toBeGreaterThan(get(`${k}.diff`));
          expect(get(`${k}.df`)).toBeGreaterThan(params.samplesPerCell - 1);
          expect(get(`${k}.df`)).toBeLessThanOrEqual(2 * params.samplesPerCell - 2);
          if (get(`${k}.p`) > 0) expect(get(`${k}.log10p`)).toBeCloseTo(Math.log10(get(`${k}.p`)), 9);
        }
  });

  it("a cell's se is sd / sqrt(n)", () => {
    expect(get("cell.7B.CAI.AP.BBQ.se")).toBe(get("cell.7B.CAI.AP.BBQ.sd") / Math.sqrt(params.samplesPerCell));
  });
});

describe("summaries: Eqs. (2)-(4)", () => {
  it("safety gap and tax are the means of the per-benchmark gaps; retention and delta relative to SFT+DPO", () => {
    for (const s of params.scales) {
      const base = get(`summary.${s}.SFT+DPO.safetyGap`);
      for (const m of params.methods) {
        const k = `summary.${s}.${m}`;
        expect(get(`${k}.safetyGap`)).toBeCloseTo(mean(SAFETY.map((b) => get(`cmp.${s}.${m}.${b}.diff`))), 14);
        expect(get(`${k}.tax`)).toBeCloseTo(mean(CAPABILITY.map((b) => get(`cmp.${s}.${m}.${b}.diff`))), 14);
        expect(get(`${k}.apSafety`)).toBeCloseTo(mean(SAFETY.map((b) => get(`cell.${s}.${m}.AP.${b}.mean`))), 14);
        expect(get(`${k}.noapCap`)).toBeCloseTo(mean(CAPABILITY.map((b) => get(`cell.${s}.${m}.NoAP.${b}.mean`))), 14);
        expect(get(`${k}.retention`)).toBe(get(`${k}.safetyGap`) / base);
        expect(get(`${k}.delta`)).toBe(get(`${k}.safetyGap`) - base);
        for (const metric of ["safetyGap", "tax", "retention", "delta"]) {
          expect(get(`${k}.${metric}.ciLow`)).toBeLessThanOrEqual(get(`${k}.${metric}`));
          expect(get(`${k}.${metric}.ciHigh`)).toBeGreaterThanOrEqual(get(`${k}.${metric}`));
        }
      }
      expect(get(`summary.${s}.SFT+DPO.retention`)).toBe(1);
      expect(get(`summary.${s}.SFT+DPO.retention.se`)).toBe(0);
      expect(get(`summary.${s}.SFT+DPO.delta`)).toBe(0);
    }
  });

  it("the bootstrap SE of the safety gap matches the analytic SE (within 25% at B = 200)", () => {
    for (const s of params.scales)
      for (const m of params.methods) {
        const analytic = Math.sqrt(SAFETY.reduce((acc, b) => acc + get(`cmp.${s}.${m}.${b}.se`) ** 2, 0)) / SAFETY.length;
        expect(get(`summary.${s}.${m}.safetyGap.se`) / analytic).toBeGreaterThan(0.75);
        expect(get(`summary.${s}.${m}.safetyGap.se`) / analytic).toBeLessThan(1.25);
      }
  });
});

describe("analyze(params, samples | () => samples, options)", () => {
  it("gives the same analysis, in design order, whether the samples come first or are simulated once the jobs are posted, on one thread or a pool", async () => {
    const { analyze, BootstrapPool } = await import("../../../src/study/analyze/index.js");
    const { simulate } = await import("../../../src/study/simulate/index.js");
    const eager = await analyze(params, simulate(params), { workers: 1 });
    const pool = new BootstrapPool(3);
    try {
      let calls = 0;
      const lazy = await analyze(params, () => (calls++, simulate(params)), { pool });
      expect(calls).toBe(1);
      expect(lazy).toEqual(eager);
      // Summaries keyed scale by scale, method by method, whichever scale's jobs finished first.
      expect([...lazy.summaries.keys()]).toEqual(params.scales.flatMap((s) => params.methods.map((m) => `${s}.${m}`)));
    } finally {
      await pool.close();
    }
  });
});

describe("analyze with 300 resamples (the kernel path of the summaries' reductions)", () => {
  it("gives the TypeScript path's analysis, bit for bit", async () => {
    const { analyze } = await import("../../../src/study/analyze/index.js");
    const { simulate } = await import("../../../src/study/simulate/index.js");
    const p = { ...params, bootstrap: { ...params.bootstrap, resamples: 300 } };
    const run = async (kernel: string) => {
      const saved = process.env.SAFETY_GAP_KERNEL;
      process.env.SAFETY_GAP_KERNEL = kernel;
      try {
        return await analyze(p, simulate(p), { workers: 1 });
      } finally {
        if (saved === undefined) delete process.env.SAFETY_GAP_KERNEL;
        else process.env.SAFETY_GAP_KERNEL = saved;
      }
    };
    const [ts, wasm] = [await run("ts"), await run("wasm")];
    expect(wasm).toEqual(ts);
    // Retention's replicates divide by the baseline's: a zero there would be Infinity/NaN in both paths alike.
    expect([...wasm.summaries.values()].every((s) => Number.isFinite(s.retention.ciLow))).toBe(true);
  });
});
