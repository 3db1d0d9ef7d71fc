/**
 * runSeeds: a seed's numbers are compute's for that seed wherever the
 * comparisons they come from were bootstrapped, and unknown elsewhere; on the
 * hand-sized design of test/study/tinyParams.ts (scale S, methods B and M,
 * safety s1 and s2, capability c1; n = 4, B = 5), one thread.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BootstrapPool, type BootstrapJob } from "../../../src/study/analyze/bootstrapPool.js";
import { computeResults } from "../../../src/study/results/computeResults.js";
import { simulate } from "../../../src/study/simulate/index.js";
import { comparisonsFor } from "../../../src/study/sweep/neededBootstraps.js";
import { SEEDS_PER_BATCH, allKeys, runSeeds, type SeedOutcome, type SeedRun } from "../../../src/study/sweep/seedResults.js";
import { tinyParams } from "../tinyParams.js";

const params = tinyParams();
const keys = allKeys(params);
const keyComparisons = new Map(keys.map((k) => [k, [...comparisonsFor([k], params)]] as const).filter(([, c]) => c.length > 0));
const ALL = ["S.B.s1", "S.B.s2", "S.B.c1", "S.M.s1", "S.M.s2", "S.M.c1"];
let pool: BootstrapPool;
const jobCounts: number[] = [];
const compute = new Map<number, Record<string, number>>();
const numbersOf = async (seed: number): Promise<Record<string, number>> => {
  if (!compute.has(seed)) compute.set(seed, (await computeResults({ ...params, seed }, { workers: 1 })).results.numbers);
  return compute.get(seed)!;
};

beforeAll(() => {
  pool = new BootstrapPool(1);
  const run = pool.run.bind(pool);
  pool.run = (jobs: BootstrapJob[], o) => (jobCounts.push(jobs.length), run(jobs, o));
});
afterAll(async () => {
  await pool.close();
});

/** Runs `seeds` with a plan that asks, round by round, for the comparisons of `rounds` not yet run. */
async function outcomes(seeds: number[], read: Iterable<string>, rounds: string[][], runKeys: readonly string[] = keys): Promise<{ out: SeedOutcome[]; asked: string[][] }> {
  const out: SeedOutcome[] = [];
  const asked: string[][] = [];
  const plan = {
    next: (o: SeedOutcome): Set<string> => {
      asked.push([...o.bootstrapped]);
      const pending = (round: string[]): string[] => round.filter((c) => !o.bootstrapped.has(c));
      return new Set(pending(rounds.find((r) => pending(r).length > 0) ?? []));
    },
  };
  const run: SeedRun = { keyComparisons, keys: runKeys, read: new Set(read), plan, pool };
  jobCounts.length = 0;
  await runSeeds(params, seeds, run, (o) => out.push(o));
  return { out, asked };
}

describe("allKeys", () => {
  it("is every key compute writes: 3 per cell, 9 per comparison, 24 per summary", async () => {
    // 12 cells x 3 + 6 comparisons x 9 + 2 summaries x (4 means with SE + 4 estimates with CI and SE) = 138.
    expect(keys).toHaveLength(138);
    expect([...keys].sort()).toEqual(Object.keys(await numbersOf(7)).sort());
  });
});

describe("runSeeds", () => {
  it("with every comparison bootstrapped, every number read is compute's, none unknown; the largest |score| is the samples'", async () => {
    const { out, asked } = await outcomes([3], keys, [ALL]);
    const n = await numbersOf(3);
    expect(out).toHaveLength(1);
    const o = out[0]!;
    expect(o.seed).toBe(3);
    expect(o.unknown.size).toBe(0);
    expect([...o.bootstrapped].sort()).toEqual([...ALL].sort());
    expect(Object.keys(o.numbers)).toEqual(keys);
    for (const k of keys) expect(o.numbers[k], k).toBe(n[k]);
    const largest = Math.max(...[...simulate({ ...params, seed: 3 }).values()].flatMap((x) => Array.from(x, Math.abs)));
    expect(o.largest).toBe(largest);
    // The plan saw the seed before and after its one round.
    expect(asked).toEqual([[], ALL]);
    expect(jobCounts).toEqual([6]);
  });

  it("with nothing bootstrapped, the bootstrap keys are unknown and the rest are compute's", async () => {
    const { out } = await outcomes([5], keys, []);
    const n = await numbersOf(5);
    const o = out[0]!;
    expect(jobCounts).toEqual([]);
    expect(o.bootstrapped.size).toBe(0);
    expect([...o.unknown].sort()).toEqual([...keyComparisons.keys()].sort());
    for (const k of keys) if (!o.unknown.has(k)) expect(o.numbers[k], k).toBe(n[k]);
    // An interval not bootstrapped reads as 0.
    expect([o.numbers["cmp.S.M.s1.ciLow"], o.numbers["cmp.S.M.s1.ciHigh"]]).toEqual([0, 0]);
  });

  it("reads only `read`, and leaves unknown every summary interval and SE of a group it does not read (never summarised)", async () => {
    // A comparison's CI is no summary's: reading it summarises nothing more.
    const read = ["summary.S.M.tax.se", "summary.S.M.safetyGap", "cell.S.B.AP.s1.mean", "cmp.S.B.s1.ciLow"];
    const { out } = await outcomes([5], read, [ALL]);
    const n = await numbersOf(5);
    const o = out[0]!;
    expect(Object.keys(o.numbers)).toEqual(["cell.S.B.AP.s1.mean", "cmp.S.B.s1.ciLow", "summary.S.M.safetyGap", "summary.S.M.tax.se"]);
    for (const k of read) expect(o.numbers[k], k).toBe(n[k]);
    const expected = ["B", "M"].flatMap((m) => ["safetyGap", "retention", "delta"].flatMap((metric) => ["ciHigh", "ciLow", "se"].map((leaf) => `summary.S.${m}.${metric}.${leaf}`)));
    expected.push("summary.S.B.tax.ciHigh", "summary.S.B.tax.ciLow", "summary.S.B.tax.se");
    expect([...o.unknown].sort()).toEqual(expected.sort());
  });

  it("goes round by round until the plan asks for nothing; a half-bootstrapped group's summary stays unknown", async () => {
    const read = ["summary.S.M.safetyGap.se", "summary.S.M.tax.se", "cmp.S.M.s1.ciLow"];
    const { out, asked } = await outcomes([4], read, [["S.M.s1"], ["S.M.c1"]]);
    const n = await numbersOf(4);
    const o = out[0]!;
    expect(asked).toEqual([[], ["S.M.s1"], ["S.M.s1", "S.M.c1"]]);
    expect(jobCounts).toEqual([1, 1]);
    expect(o.numbers["cmp.S.M.s1.ciLow"]).toBe(n["cmp.S.M.s1.ciLow"]);
    expect(o.numbers["summary.S.M.tax.se"]).toBe(n["summary.S.M.tax.se"]);
    expect(o.unknown.has("summary.S.M.tax.se")).toBe(false);
    expect(o.unknown.has("cmp.S.M.s1.ciLow")).toBe(false);
    // s2 was not bootstrapped: its placeholder replicates make the gap's SE meaningless, and unknown.
    expect(o.unknown.has("summary.S.M.safetyGap.se")).toBe(true);
    expect(o.unknown.has("cmp.S.M.s2.ciLow")).toBe(true);
  });

  it(`runs seeds in batches of ${SEEDS_PER_BATCH}, one pool run per round of a batch, reporting seeds in order`, async () => {
    expect(SEEDS_PER_BATCH).toBe(8);
    const seeds = [11, 12, 13, 14, 15, 16, 17, 18, 19];
    const { out } = await outcomes(seeds, ["cmp.S.M.c1.ciLow"], [["S.M.c1"]]);
    expect(out.map((o) => o.seed)).toEqual(seeds);
    expect(jobCounts).toEqual([8, 1]);
    expect(out[8]!.numbers["cmp.S.M.c1.ciLow"]).toBe((await numbersOf(19))["cmp.S.M.c1.ciLow"]);
  });

  it("refuses a key of no key family", async () => {
    await expect(outcomes([1], ["foo.x"], [], [...keys, "foo.x"])).rejects.toThrow(new Error("sweep: foo.x is of no key family"));
  });
});
