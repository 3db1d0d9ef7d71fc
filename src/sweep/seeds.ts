/**
 * `--seeds` and `--shard`: which seeds a sweep runs. The seeds are kept in
 * ascending order whatever order they were written in (the sweep's "seed
 * order": every aggregate is computed over the values in this order, so a
 * sharded and merged sweep makes the same bytes as one run). Shard i of N
 * takes every N-th seed of that order starting at the i-th, so shards are
 * disjoint, together cover every seed, and each gets as many seeds as any
 * other give or take one.
 */
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/sweep.js";

/** More seeds than a sweep.json can reasonably list: sharding is the way past it. */
export const MAX_SEEDS = 100_000;

const COMMAND_LINE = { file: "(command line)" };
const WHOLE = /^\d+$/;

function seedOf(text: string, spec: string): number {
  const n = Number(text);
  if (!WHOLE.test(text) || !Number.isSafeInteger(n)) throw new SafetyGapError(msg.badSeeds(spec), COMMAND_LINE, msg.seedsHint());
  return n;
}

/** `1..20` (both ends included) or `3,7,11`: the seeds, ascending. */
export function parseSeeds(spec: string): number[] {
  const text = spec.trim();
  const range = /^(\d+)\.\.(\d+)$/.exec(text);
  let seeds: number[];
  if (range) {
    const a = seedOf(range[1]!, spec);
    const b = seedOf(range[2]!, spec);
    if (b < a) throw new SafetyGapError(msg.emptyRange(a, b), COMMAND_LINE, msg.seedsHint());
    if (b - a + 1 > MAX_SEEDS) throw new SafetyGapError(msg.tooManySeeds(b - a + 1, MAX_SEEDS), COMMAND_LINE, msg.tooManySeedsHint());
    seeds = Array.from({ length: b - a + 1 }, (_, i) => a + i);
  } else {
    const parts = text.split(",").map((s) => s.trim());
    if (parts.length > MAX_SEEDS) throw new SafetyGapError(msg.tooManySeeds(parts.length, MAX_SEEDS), COMMAND_LINE, msg.tooManySeedsHint());
    seeds = parts.map((p) => seedOf(p, spec));
  }
  seeds.sort((x, y) => x - y);
  for (let i = 1; i < seeds.length; i++) if (seeds[i] === seeds[i - 1]) throw new SafetyGapError(msg.duplicateSeed(seeds[i]!), COMMAND_LINE, msg.duplicateSeedHint());
  return seeds;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(index >= 1 && index <= count && count <= MAX_SEEDS)) throw new SafetyGapError(msg.badShard(spec), COMMAND_LINE, msg.badShardHint());
  return { index, count };
}

/** The seeds of shard `index` of `count` (may be empty when there are more shards than seeds). */
export const seedsOfShard = (seeds: readonly number[], shard: Shard): number[] => seeds.filter((_, i) => i % shard.count === shard.index - 1);
