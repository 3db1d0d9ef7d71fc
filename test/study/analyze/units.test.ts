/**
 * The analyze stage's pieces, in the calling thread, on inputs small enough
 * to check by hand (test/study/tinyParams.ts: one scale, methods B (the
 * baseline) and M, safety s1 and s2, capability c1, n = 4, B = 5).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/study/analyze/index.js";
import { benchmarkMean, benchmarkMeanRows } from "../../../src/study/analyze/benchmarkMean.js";
import { bootstrapComparison } from "../../../src/study/analyze/bootstrapComparison.js";
import { runJob } from "../../../src/study/analyze/bootstrapJob.js";
import { BootstrapPool, type BootstrapDone, type BootstrapJob } from "../../../src/study/analyze/bootstrapPool.js";
import { cellStats } from "../../../src/study/analyze/cellStats.js";
import { compare } from "../../../src/study/analyze/compare.js";
import { comparisonIds } from "../../../src/study/analyze/comparisons.js";
import { estimate } from "../../../src/study/analyze/estimate.js";
import { percentileInterval } from "../../../src/study/analyze/percentileInterval.js";
import { runBootstrap } from "../../../src/study/analyze/runBootstrap.js";
import { baselineGap, summarizeMethod, type SummaryInputs } from "../../../src/study/analyze/summarize.js";
import { comparisonKey, type CellStats } from "../../../src/study/analyze/types.js";
import { cellKey, simulate, simulateCell } from "../../../src/study/simulate/index.js";
import { bootstrapSpawnKey, streamFor } from "../../../src/study/simulate/streams.js";
import { welchTTest } from "../../../src/stats/index.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { tinyParams } from "../tinyParams.js";

/** SD with ddof 1, written out: the reference for the SEs below. */
const sd = (xs: ArrayLike<number>): number => {
  const v = Array.from(xs);
  const m = v.reduce((s, x) => s + x, 0) / v.length;
  return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1));
};

describe("benchmarkMean / benchmarkMeanRows messages and short rows", () => {
  it("names the function and the row on bad input, with the fix", () => {
    const empty = safetyGapErrorOf(() => benchmarkMean([]));
    expect([empty.message, empty.hint]).toEqual(["benchmarkMean of an empty array is undefined", "pass at least one value"]);
    const noRows = safetyGapErrorOf(() => benchmarkMeanRows([]));
    expect([noRows.message, noRows.hint]).toEqual(["benchmarkMeanRows of an empty array is undefined", "pass at least one value"]);
    // The third row is the odd one: every row after the first is checked.
    const odd = safetyGapErrorOf(() => benchmarkMeanRows([Float64Array.of(1, 2), Float64Array.of(3, 4), Float64Array.of(5)]));
    expect([odd.message, odd.hint]).toEqual([
      "benchmarkMeanRows(rows): rows[2] has 1 values, rows[0] has 2; every row must have the same length",
      "Pass replicate vectors of one length (one bootstrap run).",
    ]);
  });

  it("averages short rows column by column without touching the first row", () => {
    const first = Float64Array.of(1, 2);
    expect(Array.from(benchmarkMeanRows([first, Float64Array.of(3, 4), Float64Array.of(8, 9)]))).toEqual([4, 5]);
    expect(Array.from(first)).toEqual([1, 2]);
    expect(benchmarkMean([1, 2, 6])).toBe(3);
  });
});

describe("percentileInterval", () => {
  it("takes the (1-c)/2 and (1+c)/2 percentiles: c = 0.5 of 0..4 is [1, 3]", () => {
    expect(percentileInterval(Float64Array.of(4, 0, 3, 1, 2), 0.5)).toEqual([1, 3]);
  });
  it("refuses a confidence outside [0, 1] naming it, with the fix", () => {
    const e = safetyGapErrorOf(() => percentileInterval(Float64Array.of(1), 1.5));
    expect([e.message, e.hint]).toEqual([
      "percentileInterval(replicates, confidence): confidence must be a number in [0, 1] (e.g. 0.95), got 1.5",
      "Pass the confidence level as a fraction, e.g. 0.95.",
    ]);
    expect(safetyGapErrorOf(() => percentileInterval(Float64Array.of(1), -0.5)).message).toBe(
      "percentileInterval(replicates, confidence): confidence must be a number in [0, 1] (e.g. 0.95), got -0.5",
    );
  });
});

describe("cellStats, compare, estimate, comparisonIds", () => {
  it("cellStats of 1, 2, 3, 4: mean 2.5, SD sqrt(5/3), SE SD / 2", () => {
    const s = cellStats(Float64Array.of(1, 2, 3, 4));
    expect(s.mean).toBe(2.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(s.se).toBeCloseTo(Math.sqrt(5 / 3) / 2, 14);
  });

  it("compare: diff 2, SE sqrt(5/12 + 1/12), df 108/26, pooled-SD Cohen's d 2, Welch's p", () => {
    const a = Float64Array.of(1, 2, 3, 4);
    const b = Float64Array.of(0, 0, 1, 1);
    const c = compare(a, b);
    expect(c.diff).toBe(2);
    expect(c.se).toBeCloseTo(Math.sqrt(0.5), 14);
    expect(c.t).toBeCloseTo(2 / Math.sqrt(0.5), 12);
    expect(c.df).toBeCloseTo(108 / 26, 12);
    expect(c.d).toBeCloseTo(2, 14);
    const w = welchTTest(a, b);
    expect([c.p, c.log10p]).toEqual([w.p, w.log10p]);
    expect(c.p).toBeGreaterThan(0.04);
    expect(c.p).toBeLessThan(0.05);
  });

  it("estimate: the value, the percentile interval and the SD of the replicates", () => {
    expect(estimate(7, Float64Array.of(5, 1, 4, 2, 3), 0.5)).toEqual({ value: 7, ciLow: 2, ciHigh: 4, se: Math.sqrt(2.5) });
  });

  it("comparisonIds: scale, method, benchmark", () => {
    const p = { ...tinyParams(), scales: ["S", "T"], methods: ["B"], benchmarks: [{ name: "s1", kind: "safety" as const }, { name: "c1", kind: "capability" as const }] };
    expect(comparisonIds(p).map(comparisonKey)).toEqual(["S.B.s1", "S.B.c1", "T.B.s1", "T.B.c1"]);
  });
});

describe("bootstrapComparison and runJob", () => {
  const a = Float64Array.of(0.25, 0.5, 0.75, 1);
  const b = Float64Array.of(0, 0.125, 0.25, 0.375);
  const id = { scale: "S", method: "M", benchmark: "s1" };

  it("replicate r is mean(a at B x n draws, row r) - mean(b at the next B x n draws), from the comparison's stream", () => {
    const gen = streamFor(7, bootstrapSpawnKey("S", "M", "s1"));
    const ia = gen.integers(0, 4, [5, 4]);
    const ib = gen.integers(0, 4, [5, 4]);
    const mean = (x: Float64Array, idx: ArrayLike<number | bigint>, r: number): number => {
      let s = 0;
      for (let j = 0; j < 4; j++) s += x[Number(idx[r * 4 + j])]!;
      return s / 4;
    };
    const expected = [0, 1, 2, 3, 4].map((r) => mean(a, ia, r) - mean(b, ib, r));
    expect(Array.from(bootstrapComparison(7, id, a, b, 5))).toEqual(expected);
  });

  it("runJob: the replicates of the given samples and their percentile interval", () => {
    const job: BootstrapJob = { key: "S.M.s1", seed: 7, id, a, b, resamples: 5, confidence: 0.5 };
    const d = runJob(job);
    const diffs = bootstrapComparison(7, id, a, b, 5);
    expect(Array.from(d.diffs)).toEqual(Array.from(diffs));
    expect([d.ciLow, d.ciHigh]).toEqual(percentileInterval(diffs, 0.5));
    expect(d.ciLow).toBeLessThan(d.ciHigh);
  });

  it("runJob: cells named by id come from `known`, else are simulated from params, else it says what is missing", () => {
    const p = tinyParams();
    const ca = { ...id, condition: "AP" };
    const cb = { ...id, condition: "NoAP" };
    const job: BootstrapJob = { key: "S.M.s1", seed: 7, id, a: ca, b: cb, resamples: 5, confidence: 0.9 };
    const known = new Map([[cellKey(ca), a], [cellKey(cb), b]]);
    expect(Array.from(runJob(job, p, known).diffs)).toEqual(Array.from(bootstrapComparison(7, id, a, b, 5)));
    const simulated = bootstrapComparison(7, id, simulateCell(p, ca), simulateCell(p, cb), 5);
    expect(Array.from(runJob(job, p).diffs)).toEqual(Array.from(simulated));
    expect(Array.from(runJob(job, p, new Map()).diffs)).toEqual(Array.from(simulated));
    expect(() => runJob(job)).toThrow(new Error("bootstrap job names cell S.M.AP.s1 but the run has no params to simulate it from"));
  });
});

describe("BootstrapPool without workers (the calling thread runs every job)", () => {
  const job = (k: number): BootstrapJob => ({
    key: `j${k}`,
    seed: k,
    id: { scale: "S", method: "M", benchmark: "s1" },
    a: Float64Array.of(1, 2, 3),
    b: Float64Array.of(0, 1, 1),
    resamples: 3,
    confidence: 0.5,
  });

  // Only pools of one thread here: a larger one starts worker threads (test/study/analyze/bootstrapPool.test.ts).
  it("counts threads as a whole number, at least 1", () => {
    expect(new BootstrapPool(1.9).threads).toBe(1);
    expect(new BootstrapPool(0.5).threads).toBe(1);
    expect(new BootstrapPool(-3).threads).toBe(1);
  });

  it("runs jobs in order after `meanwhile`, reporting each as done and the progress, and starts no worker for one thread", async () => {
    const pool = new BootstrapPool(1);
    const events: string[] = [];
    const jobs = [job(1), job(2), job(3)];
    const out = await pool.run(jobs, {
      meanwhile: () => events.push("meanwhile"),
      onDone: (i, d: BootstrapDone) => events.push(`done ${i} ${d.diffs.length}`),
      onProgress: (done, total) => events.push(`progress ${done}/${total}`),
    });
    expect(events).toEqual(["meanwhile", "done 0 3", "progress 1/3", "done 1 3", "progress 2/3", "done 2 3", "progress 3/3"]);
    expect(out.map((d) => Array.from(d.diffs))).toEqual(jobs.map((j) => Array.from(runJob(j).diffs)));
    expect(pool.started).toBe(0);
    await pool.close();
    await pool.close();
    await expect(pool.run([job(1)])).rejects.toThrow(new Error("bootstrap pool is closed"));
  });

  it("a failing callback fails the run", async () => {
    const pool = new BootstrapPool(1);
    await expect(pool.run([job(1), job(2)], { onDone: () => { throw new Error("no"); } })).rejects.toThrow(new Error("no"));
    await pool.close();
  });
});

describe("runBootstrap", () => {
  const p = tinyParams();
  const samples = simulate(p);
  const keys = ["S.B.s1", "S.B.s2", "S.B.c1", "S.M.s1", "S.M.s2", "S.M.c1"];

  it("bootstraps every comparison's treated vs control samples from its own stream, in design order, with its interval", async () => {
    const seen: string[] = [];
    const progress: string[] = [];
    let meanwhile = 0;
    const { replicates, intervals } = await runBootstrap(p, samples, {
      workers: 1,
      onReplicates: (id, reps) => seen.push(`${comparisonKey(id)} ${reps.length}`),
      onProgress: (d, t) => progress.push(`${d}/${t}`),
      meanwhile: () => meanwhile++,
    });
    expect([...replicates.keys()]).toEqual(keys);
    expect([...intervals.keys()]).toEqual(keys);
    expect(seen).toEqual(keys.map((k) => `${k} 5`));
    expect(progress).toEqual(["1/6", "2/6", "3/6", "4/6", "5/6", "6/6"]);
    expect(meanwhile).toBe(1);
    for (const id of comparisonIds(p)) {
      const k = comparisonKey(id);
      const a = samples.get(cellKey({ ...id, condition: "AP" }))!;
      const b = samples.get(cellKey({ ...id, condition: "NoAP" }))!;
      const diffs = bootstrapComparison(7, id, a, b, 5);
      expect(Array.from(replicates.get(k)!), k).toEqual(Array.from(diffs));
      expect(intervals.get(k), k).toEqual(percentileInterval(diffs, 0.9));
    }
  });

  it("leaves the caller's pool open, and needs no samples for cells it can simulate", async () => {
    const pool = new BootstrapPool(1);
    const first = await runBootstrap(p, samples, { pool });
    const second = await runBootstrap(p, new Map(), { pool });
    expect([...second.replicates.entries()].map(([k, v]) => [k, Array.from(v)])).toEqual([...first.replicates.entries()].map(([k, v]) => [k, Array.from(v)]));
    await pool.close();
  });
});

describe("summarizeMethod and baselineGap (Eqs. 1-4 from hand-made inputs)", () => {
  const p = { ...tinyParams(), bootstrap: { resamples: 3, confidence: 1 } };
  const cells = new Map<string, CellStats>([
    ["S.M.AP.s1", { mean: 0.75, sd: 0, se: 0.3 }],
    ["S.M.AP.s2", { mean: 0.25, sd: 0, se: 0.4 }],
    ["S.M.NoAP.s1", { mean: 0.5, sd: 0, se: 0.6 }],
    ["S.M.NoAP.s2", { mean: 0.125, sd: 0, se: 0.8 }],
    ["S.M.AP.c1", { mean: 0.625, sd: 0, se: 0.5 }],
    ["S.M.NoAP.c1", { mean: 0.375, sd: 0, se: 0.25 }],
  ]);
  const diffs: Record<string, number> = { "S.B.s1": 0.5, "S.B.s2": 0.25, "S.B.c1": 0, "S.M.s1": 0.25, "S.M.s2": 0.125, "S.M.c1": -0.5 };
  const reps: Record<string, number[]> = {
    "S.B.s1": [0.5, 1, 0],
    "S.B.s2": [0.25, 0, 0.5],
    "S.B.c1": [0, 0, 0],
    "S.M.s1": [0.25, 0.5, 0],
    "S.M.s2": [0.125, 0.25, 0.25],
    "S.M.c1": [-0.5, -0.25, -1],
  };
  const inputs: SummaryInputs = {
    cells,
    comparisons: new Map(Object.entries(diffs).map(([k, diff]) => [k, { diff }])),
    replicates: new Map(Object.entries(reps).map(([k, v]) => [k, Float64Array.from(v)])),
  };

  it("the baseline's gap is the mean of its safety differences, replicate by replicate too", () => {
    const base = baselineGap(p, "S", inputs);
    expect(base.value).toBe(0.375);
    expect(Array.from(base.replicates)).toEqual([0.375, 0.5, 0.25]);
  });

  it("M: means and SEs by condition, gap 0.1875, tax -0.5, retention 0.5 and delta -0.1875 against B, each over its replicates", () => {
    const s = summarizeMethod(p, "S", "M", baselineGap(p, "S", inputs), inputs);
    // SE of a mean of two cells: sqrt(se1^2 + se2^2) / 2.
    expect(s.apSafety.value).toBe(0.5);
    expect(s.apSafety.se).toBeCloseTo(0.25, 14);
    expect(s.noapSafety.value).toBe(0.3125);
    expect(s.noapSafety.se).toBeCloseTo(0.5, 14);
    expect(s.apCap).toEqual({ value: 0.625, se: 0.5 });
    expect(s.noapCap).toEqual({ value: 0.375, se: 0.25 });
    // Gap replicates: (M.s1 + M.s2) / 2 = 0.1875, 0.375, 0.125; B's: 0.375, 0.5, 0.25 (confidence 1: min to max).
    expect(s.safetyGap).toEqual({ value: 0.1875, ciLow: 0.125, ciHigh: 0.375, se: sd([0.1875, 0.375, 0.125]) });
    expect(s.tax).toEqual({ value: -0.5, ciLow: -1, ciHigh: -0.25, se: sd([-0.5, -0.25, -1]) });
    expect(s.retention.value).toBe(0.5);
    expect([s.retention.ciLow, s.retention.ciHigh]).toEqual([0.5, 0.75]);
    expect(s.retention.se).toBeCloseTo(Math.sqrt(1 / 48), 14);
    expect(s.delta.value).toBe(-0.1875);
    expect([s.delta.ciLow, s.delta.ciHigh]).toEqual([-0.1875, -0.125]);
    expect(s.delta.se).toBeCloseTo(Math.sqrt(1 / 768), 14);
  });
});

describe("analyze", () => {
  it("is every cell's statistics, every comparison's test with its interval, and each method's summary, eager or lazy samples alike", async () => {
    const p = tinyParams();
    const samples = simulate(p);
    const calls: string[] = [];
    const seen: string[] = [];
    const a = await analyze(p, () => (calls.push("simulate"), samples), {
      workers: 1,
      meanwhile: () => calls.push("meanwhile"),
      onReplicates: (id) => seen.push(comparisonKey(id)),
    });
    expect(calls).toEqual(["simulate", "meanwhile"]);
    expect(seen).toEqual(["S.B.s1", "S.B.s2", "S.B.c1", "S.M.s1", "S.M.s2", "S.M.c1"]);
    expect([...a.cells.keys()]).toEqual([...samples.keys()]);
    for (const [k, x] of samples) expect(a.cells.get(k), k).toEqual(cellStats(x));
    const { replicates, intervals } = await runBootstrap(p, samples, { workers: 1 });
    expect([...a.comparisons.keys()]).toEqual([...intervals.keys()]);
    for (const id of comparisonIds(p)) {
      const k = comparisonKey(id);
      const [ciLow, ciHigh] = intervals.get(k)!;
      expect(a.comparisons.get(k), k).toEqual({ ...compare(samples.get(cellKey({ ...id, condition: "AP" }))!, samples.get(cellKey({ ...id, condition: "NoAP" }))!), ciLow, ciHigh });
    }
    const inputs = { cells: a.cells, comparisons: a.comparisons, replicates };
    const base = baselineGap(p, "S", inputs);
    expect([...a.summaries.keys()]).toEqual(["S.B", "S.M"]);
    expect(a.summaries.get("S.B")).toEqual(summarizeMethod(p, "S", "B", base, inputs));
    expect(a.summaries.get("S.M")).toEqual(summarizeMethod(p, "S", "M", base, inputs));
    expect(a.summaries.get("S.B")!.retention.value).toBe(1);
    expect(await analyze(p, samples, { workers: 1 })).toEqual(a);
  });
});
