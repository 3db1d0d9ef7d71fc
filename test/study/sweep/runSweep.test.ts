/**
 * runSweep on the hand-sized design of test/study/tinyParams.ts (scale S,
 * methods B (baseline) and M, safety s1 and s2, capability c1; n = 4, B = 5;
 * the paper's seed 7): its plan, and its part checked against separate
 * computeResults runs and `check`'s verdicts seed by seed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseExpr } from "../../../src/lang/parser.js";
import type { Claim } from "../../../src/review/claims/loadClaims.js";
import type { Published } from "../../../src/review/published/types.js";
import { tool } from "../../../src/results/tool.js";
import { BootstrapPool } from "../../../src/study/analyze/bootstrapPool.js";
import { hashParams } from "../../../src/study/params/hash.js";
import { computeResults } from "../../../src/study/results/computeResults.js";
import { simulate } from "../../../src/study/simulate/index.js";
import { keysRead } from "../../../src/study/sweep/neededBootstraps.js";
import { bootstrapPlan, bootstrapsNeeded, keysChecked, runSweep } from "../../../src/study/sweep/runSweep.js";
import { allKeys } from "../../../src/study/sweep/seedResults.js";
import { holdsOn, publishedValuesOn } from "../../../src/sweep/holds.js";
import { ranksOf } from "../../../src/study/sweep/rankings.js";
import type { SweepPart } from "../../../src/sweep/sweepFile.js";
import { tinyParams } from "../tinyParams.js";

const params = tinyParams();
const at = { file: "x.yaml", line: 1, column: 1 };
const claim = (id: string, text: string): Claim => ({ id, claim: `claim ${id}`, assertText: text, at, assert: parseExpr(text) });
const claims = [
  // Lazy: decided by the interval of its CI (within 16 times the seed's largest score), or by its bootstrap.
  claim("ci-below", "`cmp.S.M.s1.ciLow` < 15"),
  claim("ci-above", "`cmp.S.M.c1.ciHigh` > 0.05"),
  // Eager: an equality test is not decided by intervals.
  claim("gap-eq", "`summary.S.B.safetyGap.ciLow` == 0"),
  // Reads no bootstrap number.
  claim("diff", "`cmp.S.B.s1.diff` > 5"),
  // Cannot be evaluated (no such set): holds in no seed, however many rounds.
  claim("broken", "all m in nosuch: `summary.S.{m}.tax.se` < 1"),
];
const published: Published = {
  file: "published.yaml",
  design: {},
  numbers: [
    { id: "gapB", where: "Table 1", value: 0.1, decimals: 2, key: "summary.S.B.safetyGap", origin: "table", at },
    { id: "twice", where: "Text", value: 0.1, decimals: 2, formula: parseExpr("`cmp.S.B.s2.diff` * 2"), origin: "text", at },
  ],
  statements: [{ id: "st", where: "Sec. 2", quote: "the capability CI of B is above -100", rule: parseExpr("`cmp.S.B.c1.ciHigh` > -100"), ruleText: "", at }],
  relations: [],
};
const ITEMS = ["ci-below", "ci-above", "gap-eq", "diff", "broken", "st"];

let pool: BootstrapPool;
let jobs = 0;
const computed = new Map<number, Awaited<ReturnType<typeof computeResults>>["results"]>();
const resultsOf = async (seed: number) => {
  if (!computed.has(seed)) computed.set(seed, (await computeResults({ ...params, seed }, { workers: 1 })).results);
  return computed.get(seed)!;
};

beforeAll(() => {
  pool = new BootstrapPool(1);
  const run = pool.run.bind(pool);
  pool.run = (j, o) => ((jobs += j.length), run(j, o));
});
afterAll(async () => {
  await pool.close();
});

describe("what a sweep bootstraps", () => {
  it("keysChecked: every key the claims, statements and published numbers (key or formula) may read", () => {
    const expected = ["cmp.S.M.s1.ciLow", "cmp.S.M.c1.ciHigh", "summary.S.B.safetyGap.ciLow", "cmp.S.B.s1.diff", "summary.S.B.tax.se", "summary.S.M.tax.se", "cmp.S.B.c1.ciHigh", "summary.S.B.safetyGap", "cmp.S.B.s2.diff"];
    expect([...keysChecked(params, claims, published)].sort()).toEqual(expected.sort());
    expect([...keysChecked(params, claims, published, allKeys(params))].sort()).toEqual(expected.sort());
    // A published number with neither key nor formula reads nothing; no published file, only the claims.
    const bare = { ...published, numbers: [{ ...published.numbers[0]!, key: undefined }], statements: [] };
    expect([...keysChecked(params, [], bare)]).toEqual([]);
    expect([...keysChecked(params, [claims[0]!], undefined)]).toEqual(["cmp.S.M.s1.ciLow"]);
  });

  it("bootstrapsNeeded: the comparisons of those keys, or every comparison with full", () => {
    expect([...bootstrapsNeeded(params, claims, published)].sort()).toEqual(["S.B.c1", "S.B.s1", "S.B.s2", "S.M.c1", "S.M.s1"]);
    expect([...bootstrapsNeeded(params, claims, published, true)]).toEqual(["S.B.s1", "S.B.s2", "S.B.c1", "S.M.s1", "S.M.s2", "S.M.c1"]);
    expect([...bootstrapsNeeded(params, [], undefined)]).toEqual([]);
  });

  it("bootstrapPlan: the statements' and undecidable claims' comparisons always, the decidable claims that read some lazily", () => {
    const keys = allKeys(params);
    const claimReads = claims.map((c) => keysRead([c.assert], keys));
    const publishedReads = keysRead([published.statements[0]!.rule], keys);
    const plan = bootstrapPlan(params, claims, claimReads, publishedReads);
    expect([...plan.always].sort()).toEqual(["S.B.c1", "S.B.s1", "S.B.s2"]);
    expect(plan.lazy.map((c) => [c.claim.id, [...c.reads]])).toEqual([
      ["ci-below", ["S.M.s1"]],
      ["ci-above", ["S.M.c1"]],
      ["broken", ["S.B.c1", "S.M.c1"]],
    ]);
    const full = bootstrapPlan(params, claims, claimReads, publishedReads, true);
    expect([...full.always]).toEqual(["S.B.s1", "S.B.s2", "S.B.c1", "S.M.s1", "S.M.s2", "S.M.c1"]);
    expect(full.lazy).toEqual([]);
  });
});

describe("runSweep", () => {
  const sweep = async (seeds: number[], extra: { shard?: { index: number; count: number }; full?: boolean } = {}, progress?: string[]): Promise<SweepPart> =>
    runSweep({ params, seeds, claims, published, pool, ...extra, ...(progress ? { onProgress: (d: number, t: number) => progress.push(`${d}/${t}`) } : {}) });

  /** One seed's values and verdicts as compute and check give them. */
  const expectedSeed = async (seed: number, reported: readonly string[]) => {
    const r = await resultsOf(seed);
    const values: Record<string, number> = {};
    for (const k of reported) values[k] = r.numbers[k]!;
    Object.assign(values, publishedValuesOn(r, published), ranksOf(r, params));
    return { values, holds: holdsOn(r, claims, published) };
  };

  it("gives each seed's reported numbers, published values and ranks as compute does, and check's verdicts", async () => {
    const progress: string[] = [];
    const part = await sweep([1, 2, 3], {}, progress);
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
    expect(part).toMatchObject({ format: "safety-gap sweep part", schemaVersion: 1, tool: tool(), paramsHash: hashParams(params), paperSeed: 7, seeds: [1, 2, 3], shard: { index: 1, count: 1 }, partSeeds: [1, 2, 3] });
    expect(part.bootstrapped).toEqual(["S.B.s1", "S.B.s2", "S.B.c1"]);
    expect(part.items.map((i) => [i.id, i.kind])).toEqual(ITEMS.map((id) => [id, id === "st" ? "statement" : "claim"]));
    // Reported: the numbers every seed computes (none of M's comparison CIs, nor M's summary intervals).
    const keys = Object.keys(part.values);
    expect(keys).toContain("cmp.S.B.s1.ciLow");
    expect(keys).toContain("summary.S.B.tax.se");
    expect(keys).toContain("summary.S.M.safetyGap");
    expect(keys).toContain("@published.twice");
    expect(keys).toContain("@rank.S.safetyGap.M");
    expect(keys).not.toContain("cmp.S.M.s1.ciLow");
    expect(keys).not.toContain("summary.S.M.safetyGap.se");
    expect(keys).toEqual([...keys].sort());
    const reported = keys.filter((k) => !k.startsWith("@"));
    // 138 keys less the CIs of M's 3 comparisons and the CIs and SEs of M's 4 estimates.
    expect(reported).toHaveLength(138 - 3 * 2 - 4 * 3);
    const seeds = await Promise.all([1, 2, 3].map((s) => expectedSeed(s, reported)));
    for (const k of keys) expect(part.values[k], k).toEqual(seeds.map((s) => s.values[k]));
    expect(part.holds).toEqual(Object.fromEntries(ITEMS.map((id, i) => [id, seeds.map((s) => (s.holds[i] ? 1 : 0))])));
    // The paper's seed, not swept, computed apart.
    const paper = await expectedSeed(7, reported);
    expect(part.paper.numbers).toEqual(paper.values);
    expect(part.paper.holds).toEqual(Object.fromEntries(ITEMS.map((id, i) => [id, paper.holds[i]])));
    expect(Object.values(part.paper.holds)).toEqual([true, expect.any(Boolean), false, false, false, true]);
  });

  it("takes the paper's seed from the sweep when swept, and bootstraps less than --full for the same values and verdicts", async () => {
    jobs = 0;
    const lazy = await sweep([6, 7]);
    const lazyJobs = jobs;
    jobs = 0;
    const full = await sweep([6, 7], { full: true });
    // --full: 6 comparisons in each seed. Lazily: the 3 always-run ones; M.c1 (ci-above: its CI is
    // within +-16 M, M the largest score, until bootstrapped); M.s1 only where 16 M >= 15 (ci-below);
    // the broken claim, never decided, every comparison it may read (B.c1 runs anyway).
    const largest = (seed: number): number => Math.max(...[...simulate({ ...params, seed }).values()].flatMap((x) => Array.from(x)));
    expect(jobs).toBe(12);
    expect(lazyJobs).toBe([6, 7].reduce((n, seed) => n + 4 + (16 * largest(seed) >= 15 ? 1 : 0), 0));
    expect(full.bootstrapped).toEqual(["S.B.s1", "S.B.s2", "S.B.c1", "S.M.s1", "S.M.s2", "S.M.c1"]);
    expect(lazy.holds).toEqual(full.holds);
    for (const [k, v] of Object.entries(lazy.values)) expect(v, k).toEqual(full.values[k]);
    const r7 = await resultsOf(7);
    expect(lazy.paper.numbers["summary.S.B.safetyGap"]).toBe(r7.numbers["summary.S.B.safetyGap"]);
    expect(lazy.paper.holds).toEqual(Object.fromEntries(ITEMS.map((id, i) => [id, holdsOn(r7, claims, published)[i]])));
  });

  it("a shard runs every N-th seed; an empty shard lists the paper's numbers with no values and no verdicts", async () => {
    const second = await sweep([1, 2, 3], { shard: { index: 2, count: 2 } });
    expect([second.partSeeds, second.shard, second.seeds]).toEqual([[2], { index: 2, count: 2 }, [1, 2, 3]]);
    expect(second.values["summary.S.M.safetyGap"]).toEqual([(await resultsOf(2)).numbers["summary.S.M.safetyGap"]]);
    const empty = await sweep([1], { shard: { index: 2, count: 2 } });
    expect(empty.partSeeds).toEqual([]);
    expect(Object.keys(empty.values)).toEqual(Object.keys(empty.paper.numbers).sort());
    expect(Object.values(empty.values).every((v) => v.length === 0)).toBe(true);
    expect(empty.holds).toEqual(Object.fromEntries(ITEMS.map((id) => [id, []])));
    expect(empty.paper.numbers["@published.gapB"]).toBe((await resultsOf(7)).numbers["summary.S.B.safetyGap"]);
  });
});
