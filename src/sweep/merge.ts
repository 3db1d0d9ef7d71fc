/**
 * `sweep merge`: parts -> sweep.json. The parts must be of one sweep (same
 * header), cover its seeds exactly once between them, and agree with their
 * shard (shard i of N holds exactly the seeds seedsOfShard gives it). The
 * values are laid out in seed order and handed to sweepJson, as one
 * unsharded run does, so the result is byte-identical to it.
 */
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/sweep.js";
import { seedsOfShard } from "./seeds.js";
import { sweepJson, type SweepFile, type SweepPart } from "./sweepFile.js";

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `names[i]` is how `parts[i]` is shown in messages (its path). */
export function mergeParts(parts: readonly SweepPart[], names: readonly string[]): SweepFile {
  if (parts.length === 0) throw new SafetyGapError(msg.mergeNeedsParts(), { file: "(command line)" }, msg.mergeHint());
  const first = parts[0]!;
  const keys = Object.keys(first.values);
  const fields: [string, (p: SweepPart) => unknown][] = [
    ["safety-gap version", (p) => p.tool],
    ["parameters (paramsHash)", (p) => p.paramsHash],
    ["paper seed", (p) => p.paperSeed],
    ["seed list", (p) => p.seeds],
    ["shard count", (p) => p.shard.count],
    ["bootstrapped comparisons", (p) => p.bootstrapped],
    ["claims and statements", (p) => p.items],
    ["numbers", (p) => Object.keys(p.values)],
    ["paper seed's values", (p) => p.paper],
  ];
  parts.forEach((p, i) => {
    for (const [field, get] of fields) if (!same(get(p), get(first))) throw new SafetyGapError(msg.partMismatch(names[i]!, field, names[0]!), { file: names[i]! }, msg.partMismatchHint());
    if (!same(p.partSeeds, seedsOfShard(p.seeds, p.shard)) || Object.values(p.values).some((v) => v.length !== p.partSeeds.length) || p.items.some((it) => p.holds[it.id]?.length !== p.partSeeds.length))
      throw new SafetyGapError(msg.partMismatch(names[i]!, `seeds of shard ${p.shard.index}/${p.shard.count}`, "the sweep's seed list"), { file: names[i]! }, msg.partMismatchHint());
  });
  const where = new Map<number, { part: number; index: number }>();
  parts.forEach((p, i) =>
    p.partSeeds.forEach((seed, index) => {
      const had = where.get(seed);
      if (had) throw new SafetyGapError(msg.partOverlap(seed, names[had.part]!, names[i]!), { file: names[i]! }, msg.partOverlapHint());
      where.set(seed, { part: i, index });
    }),
  );
  const missing = first.seeds.filter((s) => !where.has(s));
  if (missing.length) {
    const present = new Set(parts.map((p) => p.shard.index));
    const shards = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !present.has(i) && seedsOfShard(first.seeds, { index: i, count: first.shard.count }).length > 0);
    throw new SafetyGapError(msg.partsMissing(missing, shards, first.shard.count), { file: "(command line)" }, msg.partsMissingHint());
  }
  const slots = first.seeds.map((s) => where.get(s)!);
  const values = (key: string): Float64Array => Float64Array.from(slots, ({ part, index }) => parts[part]!.values[key]![index]!);
  const holds = (id: string): Uint8Array => Uint8Array.from(slots, ({ part, index }) => parts[part]!.holds[id]![index]!);
  return sweepJson(first, keys, values, holds, first.paper);
}
