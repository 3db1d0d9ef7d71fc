import { describe, expect, it } from "vitest";
import { computeResults } from "../../src/study/results/computeResults.js";
import { buildCheckReport } from "../../src/review/checkPublished.js";
import { evaluatedStatements } from "../../src/review/consistency/qualitativeStatements.js";
import { reproducedScope } from "../../src/review/scopes.js";
import { holdRateOf, spreadOf } from "../../src/sweep/aggregate.js";
import { mergeParts } from "../../src/sweep/merge.js";
import { comparisonsFor, decidableWithIntervals, keyAsPattern, keysRead, unknownInterval } from "../../src/study/sweep/neededBootstraps.js";
import { bootstrapPlan, bootstrapsNeeded, runSweep } from "../../src/study/sweep/runSweep.js";
import { allKeys } from "../../src/study/sweep/seedResults.js";
import { BootstrapPool } from "../../src/study/analyze/bootstrapPool.js";
import { parseExpr } from "../../src/lang/parser.js";
import { parseSeeds, parseShard, seedsOfShard } from "../../src/sweep/seeds.js";
import { serializeSweep } from "../../src/sweep/sweepFile.js";
import { fragileClaims } from "../../src/sweep/fragile.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { claims, published, smallParams, smallPart, smallSweep } from "./smallStudy.js";

describe("--seeds and --shard", () => {
  it("reads a range, a list (sorted), and gives each shard every N-th seed", () => {
    expect(parseSeeds("3..7")).toEqual([3, 4, 5, 6, 7]);
    expect(parseSeeds("11,3, 7")).toEqual([3, 7, 11]);
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(seedsOfShard([1, 2, 3, 4, 5, 6, 7], { index: 2, count: 3 })).toEqual([2, 5]);
    expect(seedsOfShard([1, 2], { index: 3, count: 3 })).toEqual([]);
  });
  it("refuses an empty range, a repeated seed, a fraction and a bad shard, saying how to write them", () => {
    expect(safetyGapErrorOf(() => parseSeeds("9..3")).message).toBe("--seeds 9..3 is empty: the range's end is below its start");
    expect(safetyGapErrorOf(() => parseSeeds("1,2,1")).message).toBe("--seeds names seed 1 twice");
    expect(safetyGapErrorOf(() => parseSeeds("1.5")).message).toBe('--seeds "1.5" is not a range a..b nor a list a,b,c of whole numbers');
    expect(safetyGapErrorOf(() => parseShard("4/3")).message).toBe('--shard "4/3" is not i/N with 1 <= i <= N');
  });
});

describe("aggregation", () => {
  it("spreadOf: mean, SD (n - 1), extremes, NumPy's linear quantiles and the paper's mid-rank percentile", () => {
    const s = spreadOf(Float64Array.of(4, 1, 3, 2), 3);
    expect(s).toEqual({ mean: 2.5, sd: Math.sqrt(5 / 3), min: 1, max: 4, q025: 1.075, q975: 3.925, seeds: 4, paper: 3, paperPercentile: 62.5 });
  });
  it("holdRateOf: the Wilson 95% interval (12 of 20: 0.387-0.781; 20 of 20: 0.839-1)", () => {
    const r = holdRateOf(Uint8Array.from({ length: 20 }, (_, i) => (i < 12 ? 1 : 0)));
    expect([r.holds, r.of, r.rate]).toEqual([12, 20, 0.6]);
    expect(r.low).toBeCloseTo(0.38658, 5);
    expect(r.high).toBeCloseTo(0.78119, 5);
    const all = holdRateOf(new Uint8Array(20).fill(1));
    expect(all.low).toBeCloseTo(0.83887, 5);
    expect(all.high).toBe(1);
  });
});

describe("which comparisons a seed bootstraps", () => {
  it("a CI key needs its comparison; a summary interval its kind's comparisons, and retention/delta the baseline's too", () => {
    expect([...comparisonsFor(["cmp.7B.CAI.BBQ.ciLow", "cmp.7B.CAI.BBQ.diff", "summary.1B.CAI.tax"], smallParams)]).toEqual(["7B.CAI.BBQ"]);
    expect([...comparisonsFor(["summary.1B.RLVR.tax.se"], smallParams)]).toEqual(["1B.RLVR.MMLU", "1B.RLVR.HumanEval", "1B.RLVR.GSM8K"]);
    expect([...comparisonsFor(["summary.13B.CAI.retention.ciHigh"], smallParams)]).toEqual(["13B.CAI.ToxiGen", "13B.CAI.TruthfulQA", "13B.CAI.BBQ", "13B.SFT+DPO.ToxiGen", "13B.SFT+DPO.TruthfulQA", "13B.SFT+DPO.BBQ"]);
  });
  it("for the paper: the 7B safety comparisons (claims and Table 4 read their CIs) and every capability comparison (tax-not-amplified reads every tax SE)", () => {
    const need = bootstrapsNeeded(smallParams, claims, published);
    const expected = new Set([
      ...["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"].flatMap((m) => ["ToxiGen", "TruthfulQA", "BBQ"].map((b) => `7B.${m}.${b}`)),
      ...["1B", "7B", "13B"].flatMap((s) => ["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"].flatMap((m) => ["MMLU", "HumanEval", "GSM8K"].map((b) => `${s}.${m}.${b}`))),
    ]);
    expect(need).toEqual(expected);
  });
});

describe("bootstrapping a claim's comparisons only where its verdict needs them", () => {
  const keys = allKeys(smallParams);
  const readsOf = (text: string): Set<string> => keysRead([parseExpr(text)], keys);
  const decidable = (text: string): boolean => decidableWithIntervals(parseExpr(text), readsOf(text), smallParams);

  it("a bootstrap number before its bootstrap: within +-bound (an SE within [0, bound]); a retention's has no bound", () => {
    expect(unknownInterval("cmp.7B.CAI.BBQ.ciLow", 16)).toEqual({ lo: -16, hi: 16 });
    expect(unknownInterval("summary.1B.RLVR.tax.se", 16)).toEqual({ lo: 0, hi: 16 });
    expect(unknownInterval("summary.1B.RLVR.delta.ciHigh", 16)).toEqual({ lo: -16, hi: 16 });
    expect(unknownInterval("summary.1B.RLVR.retention.ciLow", 16)).toBeUndefined();
    expect(unknownInterval("cmp.7B.CAI.BBQ.diff", 16)).toBeUndefined();
  });
  it("only claims whose interval verdict is the exact one are decided so: no ==, !=, name-picking function, or unbounded number", () => {
    expect(decidable("all s in scales: `summary.{s}.CAI.tax.se` < 0.01")).toBe(true);
    expect(decidable("all s in scales: `summary.{s}.CAI.tax.se` == 0.01")).toBe(false);
    expect(decidable('argmax(`summary.7B.*.tax.se`) == "CAI"')).toBe(false);
    expect(decidable("`summary.7B.CAI.retention.ciLow` > 0.5")).toBe(false);
  });
  it("for the paper: Table 4's five CIs run in every seed; the 7B CI claim and tax-not-amplified bootstrap where their verdict needs it", () => {
    const claimReads = claims.map((c) => keysRead([c.assert], keys));
    const publishedReads = keysRead([...published.statements.map((s) => s.rule), ...published.numbers.map((n) => n.formula ?? (n.key !== undefined ? keyAsPattern(n.key) : undefined))], keys);
    const plan = bootstrapPlan(smallParams, claims, claimReads, publishedReads);
    expect([...plan.always]).toEqual(["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"].map((m) => `7B.${m}.ToxiGen`));
    expect(plan.lazy.map((c) => c.claim.id)).toEqual(["safety-gaps-significant-7B", "tax-not-amplified"]);
  });
  it("30 seeds at a tiny size (n = 10, 30 resamples): the same values and verdicts as bootstrapping everything (--full), from under a third of the bootstraps", async () => {
    const tiny = { ...smallParams, samplesPerCell: 10, bootstrap: { resamples: 30, confidence: 0.95 } };
    const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
    const pool = new BootstrapPool(1);
    let jobs = 0;
    const run = pool.run.bind(pool);
    pool.run = (j, o) => ((jobs += j.length), run(j, o));
    try {
      // And a claim check cannot evaluate (its set does not exist): it holds in no seed, and stops nothing.
      const broken = { id: "broken", claim: "x", assertText: "", at: { file: "claims.yaml", line: 1, column: 1 }, assert: parseExpr("all m in nosuch: `summary.7B.{m}.tax.se` < 1") };
      const lazy = await runSweep({ params: tiny, seeds, claims: [...claims, broken], published, pool });
      const lazyJobs = jobs;
      const full = await runSweep({ params: tiny, seeds, claims: [...claims, broken], published, pool, full: true });
      expect(lazy.holds).toEqual(full.holds);
      expect(lazy.holds.broken).toEqual(new Array<number>(30).fill(0));
      for (const [k, v] of Object.entries(lazy.values)) expect(v, k).toEqual(full.values[k]);
      // 30 seeds and the paper's (42): --full bootstraps all 90 comparisons of each.
      expect(jobs - lazyJobs).toBe(31 * 90);
      expect(lazyJobs).toBeLessThan((31 * 90) / 3);
    } finally {
      await pool.close();
    }
  });
});

describe("a sweep equals separate runs of compute --seed N", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
  it("seeds 1..20 (small size): every number's mean and SD equal those of 20 computeResults runs to 1e-9, every value exactly, and each hold count equals check's verdicts", async () => {
    const sweep = await smallSweep(seeds);
    const values = new Map<string, number[]>();
    const holds = new Map<string, number>();
    for (const seed of seeds) {
      const { results } = await computeResults({ ...smallParams, seed }, { workers: 1 });
      for (const [k, v] of Object.entries(results.numbers)) values.set(k, [...(values.get(k) ?? []), v]);
      for (const c of buildCheckReport({ published, results, claims }).claims) holds.set(c.id, (holds.get(c.id) ?? 0) + (c.status === "pass" ? 1 : 0));
      for (const { s, result } of evaluatedStatements(published, reproducedScope(published, results))) holds.set(s.id, (holds.get(s.id) ?? 0) + (result?.truth === true ? 1 : 0));
    }
    const keys = Object.keys(sweep.numbers);
    // Every number except the intervals and SEs of the comparisons not bootstrapped in every seed: all but
    // Table 4's five (85 comparisons x 2 CI keys; 15 summaries x 3 keys x 4 metrics).
    expect(keys.length).toBe(values.size - 350);
    for (const k of keys) {
      const v = values.get(k)!;
      const mean = v.reduce((a, b) => a + b, 0) / v.length;
      const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1));
      const s = sweep.numbers[k]!;
      expect(Math.abs(s.mean - mean), k).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(mean)));
      expect(Math.abs(s.sd - sd), k).toBeLessThanOrEqual(1e-9 * Math.max(1, sd));
      expect([s.min, s.max], k).toEqual([Math.min(...v), Math.max(...v)]);
    }
    expect(Object.fromEntries(Object.entries(sweep.claims).map(([id, c]) => [id, c.holds]))).toEqual(Object.fromEntries(holds));
    expect(Object.keys(sweep.claims)).toHaveLength(claims.length + published.statements.length);
    // Some claims are fragile at this size: the list is what the sweep says.
    expect(fragileClaims(sweep).every((f) => f.paper && f.rate < 0.95)).toBe(true);
  });

  it("sharded and merged (any sharding, parts in any order) gives the unsharded bytes", async () => {
    const seeds8 = seeds.slice(0, 5);
    const whole = serializeSweep(mergeParts([await smallPart(seeds8)], ["(this run)"]));
    const parts2 = await Promise.all([1, 2].map((index) => smallPart(seeds8, { index, count: 2 })));
    expect(serializeSweep(mergeParts([parts2[1]!, parts2[0]!], ["b", "a"]))).toBe(whole);
    // More shards than seeds: the empty one merges too.
    const parts6 = await Promise.all(Array.from({ length: 6 }, (_, i) => smallPart(seeds8, { index: i + 1, count: 6 })));
    expect(parts6[5]!.partSeeds).toEqual([]);
    expect(serializeSweep(mergeParts(parts6, parts6.map((_, i) => `p${i}`)))).toBe(whole);
  });

  it("merge refuses overlapping, missing and foreign parts with messages naming them", async () => {
    const [a, b] = await Promise.all([smallPart([1, 2, 3, 4], { index: 1, count: 2 }), smallPart([1, 2, 3, 4], { index: 2, count: 2 })]);
    expect([a.partSeeds, b.partSeeds]).toEqual([[1, 3], [2, 4]]);
    expect(safetyGapErrorOf(() => mergeParts([a, b, a], ["a.json", "b.json", "a2.json"])).message).toBe("seed 1 is in both a.json and a2.json");
    expect(safetyGapErrorOf(() => mergeParts([a], ["a.json"])).message).toBe("the parts lack 2 seeds of the sweep (2, 4): shard 2 of 2 missing");
    expect(safetyGapErrorOf(() => mergeParts([a, { ...b, paramsHash: "0".repeat(64) }], ["a.json", "b.json"])).message).toBe("b.json belongs to another sweep: its parameters (paramsHash) differs from that of a.json");
  });
});
