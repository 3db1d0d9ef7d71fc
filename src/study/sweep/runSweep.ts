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
import type { Results } from "../../results/types.js";
import { Collector } from "../../sweep/collect.js";
import { checkedItems, holdsOn, publishedValuesOn } from "../../sweep/holds.js";
import { ranksOf } from "./rankings.js";
import { comparisonsFor, keyAsPattern, keysRead } from "./neededBootstraps.js";
import { allKeys, runSeeds } from "./seedResults.js";
import { tool } from "../../results/tool.js";
import { seedsOfShard, type Shard } from "../../sweep/seeds.js";
import { PART_FORMAT, SWEEP_SCHEMA_VERSION, type SweepPart } from "../../sweep/sweepFile.js";

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
export function keysChecked(params: Params, claims: readonly Claim[], published: Published | undefined): Set<string> {
  const exprs = [...claims.map((c) => c.assert), ...(published?.statements ?? []).map((s) => s.rule), ...(published?.numbers ?? []).map((n) => n.formula ?? (n.key !== undefined ? keyAsPattern(n.key) : undefined))];
  return keysRead(exprs, allKeys(params));
}

/** The comparisons a seed bootstraps: those whose numbers the claims, statements or published numbers read. */
export function bootstrapsNeeded(params: Params, claims: readonly Claim[], published: Published | undefined, full = false): Set<string> {
  if (full) return new Set(comparisonIds(params).map(comparisonKey));
  return comparisonsFor(keysChecked(params, claims, published), params);
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
  const checked = keysChecked(params, claims, published);
  const bootstrap = inp.full ? bootstrapsNeeded(params, claims, published, true) : comparisonsFor(checked, params);
  const verdicts = (r: Results): boolean[] => holdsOn(narrowed(r, checked), claims, published);
  const items = checkedItems(claims, published);
  const collector = new Collector(partSeeds, items.length);
  let paper: SweepPart["paper"] | undefined;
  const valuesOf = (results: Results): Record<string, number> => ({ ...results.numbers, ...publishedValuesOn(narrowed(results, checked), published), ...ranksOf(results, params) });
  const paperOf = (results: Results, holds: boolean[]): SweepPart["paper"] => ({
    numbers: Object.fromEntries(Object.entries(valuesOf(results)).filter(([, v]) => Number.isFinite(v))),
    holds: Object.fromEntries(items.map((it, i) => [it.id, holds[i] as boolean])),
  });
  // The paper's seed is needed for its percentile and its verdicts: computed apart only when not swept.
  if (!partSeeds.includes(params.seed)) await runSeeds(params, [params.seed], bootstrap, inp.pool, (_, r) => (paper = paperOf(r, verdicts(r))));
  await runSeeds(params, partSeeds, bootstrap, inp.pool, (seed, results) => {
    const holds = verdicts(results);
    if (seed === params.seed) paper = paperOf(results, holds);
    collector.add(seed, valuesOf(results), holds);
    inp.onProgress?.(collector.done, partSeeds.length);
  });
  const values: Record<string, number[]> = {};
  // An empty shard (more shards than seeds) still lists the numbers, so that it merges with the others.
  const keys = collector.done > 0 ? collector.keys : Object.keys((paper as SweepPart["paper"]).numbers);
  for (const k of [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) values[k] = collector.done > 0 ? Array.from(collector.values(k)) : [];
  const holds: Record<string, number[]> = Object.fromEntries(items.map((it, i) => [it.id, Array.from(collector.holds(i))]));
  return {
    format: PART_FORMAT,
    schemaVersion: SWEEP_SCHEMA_VERSION,
    tool: tool(),
    paramsHash: hashParams(params),
    paperSeed: params.seed,
    seeds: [...inp.seeds],
    bootstrapped: comparisonIds(params).map(comparisonKey).filter((k) => bootstrap.has(k)),
    items,
    shard,
    partSeeds,
    values,
    holds,
    paper: paper as SweepPart["paper"],
  };
}
