/**
 * Random streams are keyed by names, not positions: each cell's samples and
 * each comparison's bootstrap come from
 *   defaultRng(SeedSequence(seed, { spawnKey: [crc32(purpose), crc32(name), ...] }))
 * so adding a benchmark, reordering a list or changing another cell's
 * parameters leaves a stream untouched, and a worker thread can recreate any
 * comparison's stream on its own.
 */
import { crc32 } from "../params/crc32.js";
import { SeedSequence, defaultRng, type Generator } from "../../random/index.js";

export const samplesSpawnKey = (scale: string, method: string, condition: string, benchmark: string): number[] => [
  crc32("samples"),
  crc32(scale),
  crc32(method),
  crc32(condition),
  crc32(benchmark),
];

export const bootstrapSpawnKey = (scale: string, method: string, benchmark: string): number[] => [
  crc32("bootstrap"),
  crc32(scale),
  crc32(method),
  crc32(benchmark),
];

export const streamFor = (seed: number, spawnKey: number[]): Generator => defaultRng(new SeedSequence(seed, { spawnKey }));
