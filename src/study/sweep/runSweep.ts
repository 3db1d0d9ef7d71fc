/**
 * A sweep, or one shard of it, as one pure-ish function over loaded inputs:
 * parameters, claims, published statements, seeds -> a part (per-seed
 * values and holds). The command writes the part, or merges the one part of
 * an unsharded run into sweep.json (./merge.ts).
 */
import type { BootstrapPool } from "../analyze/bootstrapPool.js";
import { comparisonIds } from "../analyze/comparisons.js";
import { comparisonKey } from "../analyze/types.js";
import { hashParams } from "../params/hash.js";
import type { Params } from "../params/types.js";
import type { Claim } from "../../review/claims/loadClaims.js";
import type { Published } from "../../review/published/types.js";
import type { Expr } from "../../lang/ast.js";
import type { Scope } from "../../lang/evaluate.js";
import type { Truth } from "../../lang/interval.js";
import { RESULTS_SCHEMA_VERSION, type Results } from "../../results/types.js";
import { Collector } from "../../sweep/collect.js";
import { checkedItems, claimHolds, publishedValuesOn, statementsHoldOn } from "../../sweep/holds.js";
import { ranksOf } from "./rankings.js";
import { comparisonsFor, decidableWithIntervals, keyAsPattern, keyIndex, keysRead } from "./neededBootstraps.js";
import { comparisonsToDecide, partialScope, type LazyClaim, type PartialResults } from "./lazyVerdicts.js";
import { allKeys, runSeeds, type SeedOutcome } from "./seedResults.js";
import { declareResults } from "../results/declare.js";
import { resultsHeader } from "../results/computeResults.js";
import { tool } from "../../results/tool.js";
import { seedsOfShard, type Shard } from "../../sweep/seeds.js";
import { PART_FORMAT, SWEEP_SCHEMA_VERSION, type SweepPart } from "../../sweep/sweepFile.js";
import { ascending } from "../../text/ascending.js";

export interface SweepInputs {
  params: Params;
  seeds: readonly number[];
  shard?: Shard;
  claims: readonly Claim[];
  published?: Published;
  /** Bootstrap every comparison, not only those the checks read. */
  full?: boolean;
  pool: BootstrapPool;
  onProgress?: (done: number, total: number) => void;
}

/** Every result key the claims, statements and published numbers may read (./neededBootstraps.ts). */
export function keysChecked(params: Params, claims: readonly Claim[], published: Published | undefined, keys: readonly string[] = allKeys(params)): Set<string> {
  return keysRead([...claims.map((c) => c.assert), ...exprsOfPublished(published)], keys);
}

const exprsOfPublished = (published: Published | undefined): (Expr | undefined)[] => [
  ...(published?.statements ?? []).map((s) => s.rule),
  ...(published?.numbers ?? []).map((n) => n.formula ?? (n.key !== undefined ? keyAsPattern(n.key) : undefined)),
];

/** The comparisons some seed may bootstrap: those whose numbers the claims, statements or published numbers may read. */
export function bootstrapsNeeded(params: Params, claims: readonly Claim[], published: Published | undefined, full = false): Set<string> {
  if (full) return new Set(comparisonIds(params).map(comparisonKey));
  return comparisonsFor(keysChecked(params, claims, published), params);
}

/**
 * Which comparisons run in every seed, and which claims bootstrap their own only where their
 * verdict needs them (./lazyVerdicts.ts). `claimReads[i]` and `publishedReads`: the keys claim i
 * and the statements and published numbers may read.
 */
export function bootstrapPlan(params: Params, claims: readonly Claim[], claimReads: readonly ReadonlySet<string>[], publishedReads: ReadonlySet<string>, full = false): { always: Set<string>; lazy: LazyClaim[] } {
  if (full) return { always: new Set(comparisonIds(params).map(comparisonKey)), lazy: [] };
  const lazy: LazyClaim[] = [];
  const eager = new Set(publishedReads);
  claims.forEach((claim, i) => {
    const reads = claimReads[i] as ReadonlySet<string>;
    if (decidableWithIntervals(claim.assert, reads, params)) lazy.push({ claim, reads: comparisonsFor(reads, params) });
    else for (const k of reads) eager.add(k);
  });
  return { always: comparisonsFor(eager, params), lazy: lazy.filter((c) => c.reads.size > 0) };
}

/**
 * The results with only the keys the checks may read: the same verdicts and values (every key a
 * pattern can match is among them), but each \`*\` pattern scans ~200 names instead of ~2,600.
 */
const narrowed = (r: Results, keys: ReadonlySet<string>): Results => ({ ...r, numbers: Object.fromEntries(Object.entries(r.numbers).filter(([k]) => keys.has(k))) });

export async function runSweep(inp: SweepInputs): Promise<SweepPart> {
  const { params, claims, published } = inp;
  const shard = inp.shard ?? { index: 1, count: 1 };
  const partSeeds = seedsOfShard(inp.seeds, shard);
  const keys = allKeys(params);
  const index = keyIndex(keys);
  const claimReads = claims.map((c) => keysRead([c.assert], index));
  const publishedReads = keysRead(exprsOfPublished(published), index);
  const checked = new Set([...claimReads.flatMap((r) => [...r]), ...publishedReads]);
  const { always, lazy } = bootstrapPlan(params, claims, claimReads, publishedReads, inp.full);
  // The comparisons each bootstrap number comes from; the numbers reported are those every seed computes.
  const keyComparisons = new Map<string, string[]>();
  for (const k of keys) {
    const from = [...comparisonsFor([k], params)];
    if (from.length > 0) keyComparisons.set(k, from);
  }
  const reported = keys.filter((k) => (keyComparisons.get(k) ?? []).every((c) => always.has(c)));
  const lazyContext = { keys: keyIndex(keys.filter((k) => checked.has(k))), comparisonsOf: keyComparisons, reads: new WeakMap(), sharing: new WeakMap() };
  // sets and design are the same in every seed; each seed's Results is made without the per-key `about`.
  const { sets, design } = declareResults({ ...resultsHeader(params), numbers: {} });
  const header = { schemaVersion: RESULTS_SCHEMA_VERSION, tool: tool(), sets, design };
  const resultsOf = (seed: number, numbers: Record<string, number>): Results => ({ ...header, seed, numbers });
  const partial = (o: SeedOutcome): PartialResults => {
    const numbers: Record<string, number> = {};
    for (const k of keys) if (checked.has(k)) numbers[k] = o.unknown.has(k) ? NaN : (o.numbers[k] as number);
    return { results: resultsOf(o.seed, numbers), unknown: o.unknown, bootstrapped: o.bootstrapped, bound: 16 * o.largest };
  };
  // The lazy claims' truths on each seed's last numbers: once nothing more is asked for, they are its verdicts.
  const truths = new WeakMap<SeedOutcome, Map<Claim, Truth>>();
  const plan = {
    next(o: SeedOutcome): Set<string> {
      const todo = new Set([...always].filter((c) => !o.bootstrapped.has(c)));
      const t = new Map<Claim, Truth>();
      truths.set(o, t);
      for (const c of comparisonsToDecide(lazy, partial(o), lazyContext, t)) todo.add(c);
      return todo;
    },
  };
  const run = { keyComparisons, keys, read: new Set([...checked, ...reported]), plan, pool: inp.pool };
  const items = checkedItems(claims, published);
  const collector = new Collector(partSeeds, items.length);
  let paper: SweepPart["paper"] | undefined;
  /** The seed's reported numbers and the verdicts of its claims and statements. */
  const finished = (o: SeedOutcome): { results: Results; holds: boolean[] } => {
    const decided = truths.get(o);
    let scope: Scope | undefined;
    const holds = (c: Claim): boolean => {
      const truth = decided?.get(c);
      return truth !== undefined ? truth === true : claimHolds(c, (scope ??= partialScope(partial(o))));
    };
    const results = resultsOf(o.seed, Object.fromEntries(reported.map((k) => [k, o.numbers[k] as number])));
    return { results, holds: [...claims.map(holds), ...statementsHoldOn(narrowed(results, checked), published)] };
  };
  const valuesOf = (results: Results): Record<string, number> => ({ ...results.numbers, ...publishedValuesOn(narrowed(results, checked), published), ...ranksOf(results, params) });
  const paperOf = (results: Results, holds: boolean[]): SweepPart["paper"] => ({
    numbers: Object.fromEntries(Object.entries(valuesOf(results)).filter(([, v]) => Number.isFinite(v))),
    holds: Object.fromEntries(items.map((it, i) => [it.id, holds[i] as boolean])),
  });
  // The paper's seed is needed for its percentile and its verdicts: computed apart only when not swept.
  if (!partSeeds.includes(params.seed))
    await runSeeds(params, [params.seed], run, (o) => {
      const { results, holds } = finished(o);
      paper = paperOf(results, holds);
    });
  await runSeeds(params, partSeeds, run, (o) => {
    const { results, holds } = finished(o);
    if (o.seed === params.seed) paper = paperOf(results, holds);
    collector.add(o.seed, valuesOf(results), holds);
    inp.onProgress?.(collector.done, partSeeds.length);
  });
  const values: Record<string, number[]> = {};
  // An empty shard (more shards than seeds) still lists the numbers, so that it merges with the others.
  const keysOut = collector.done > 0 ? collector.keys : Object.keys((paper as SweepPart["paper"]).numbers);
  for (const k of [...keysOut].sort(ascending)) values[k] = collector.done > 0 ? Array.from(collector.values(k)) : [];
  const holds: Record<string, number[]> = Object.fromEntries(items.map((it, i) => [it.id, Array.from(collector.holds(i))]));
  return {
    format: PART_FORMAT,
    schemaVersion: SWEEP_SCHEMA_VERSION,
    tool: tool(),
    paramsHash: hashParams(params),
    paperSeed: params.seed,
    seeds: [...inp.seeds],
    bootstrapped: comparisonIds(params).map(comparisonKey).filter((k) => always.has(k)),
    items,
    shard,
    partSeeds,
    values,
    holds,
    paper: paper as SweepPart["paper"],
  };
}
