/**
 * The two files a sweep writes: a part (one shard's per-seed values, from
 * `sweep --shard i/N`) and sweep.json (the statistics). sweep.json is always
 * made by `sweepJson` from per-seed values in seed order, in one run (one
 * part of shard 1/1, in memory) as in a merge, so both give the same bytes.
 */
import { holdRateOf, spreadOf, type HoldRate, type NumberSpread } from "./aggregate.js";
import { PUBLISHED_PREFIX, type Checked } from "./holds.js";
import { RANK_PREFIX, rankingStability, type RankingStability } from "./rankings.js";
import type { Shard } from "./seeds.js";
import { ascending } from "../text/ascending.js";

export const SWEEP_FORMAT = "safety-gap sweep";
export const PART_FORMAT = "safety-gap sweep part";
export const SWEEP_SCHEMA_VERSION = 1;

/** What every part of one sweep shares (merge refuses parts that differ in any of it). */
export interface SweepHeader {
  tool: { name: string; version: string };
  /** Of the parameters with the paper's seed. */
  paramsHash: string;
  /** The seed of report/model.yaml. */
  paperSeed: number;
  /** Every seed of the sweep, ascending. */
  seeds: number[];
  /** The comparisons bootstrapped in every seed (src/study/sweep/neededBootstraps.ts). */
  bootstrapped: string[];
  /** The claims and statements, in order. */
  items: Checked[];
}

export interface SweepPart extends SweepHeader {
  format: typeof PART_FORMAT;
  schemaVersion: number;
  shard: Shard;
  /** This part's seeds, ascending. */
  partSeeds: number[];
  /** Per number (keys sorted), its value in each of partSeeds. */
  values: Record<string, number[]>;
  /** Per item id, 1 where it holds, for each of partSeeds. */
  holds: Record<string, number[]>;
  /** The paper's seed: its numbers and which items hold. */
  paper: { numbers: Record<string, number>; holds: Record<string, boolean> };
}

export interface ClaimRate extends HoldRate {
  kind: Checked["kind"];
  text: string;
  where?: string;
  /** Whether it holds in the paper's seed. */
  paper: boolean;
}

export interface SweepFile {
  format: typeof SWEEP_FORMAT;
  schemaVersion: number;
  tool: { name: string; version: string };
  paramsHash: string;
  paperSeed: number;
  seeds: number[];
  bootstrapped: string[];
  numbers: Record<string, NumberSpread>;
  /** Per published number (published.yaml id), the spread of its reproduced value (key or formula). */
  published: Record<string, NumberSpread>;
  claims: Record<string, ClaimRate>;
  /** How often each ranking of methods the paper states comes out as in the paper's seed. */
  rankings: RankingStability[];
}

/** sweep.json from values ordered as `header.seeds` (`values(key)`, `holds(id)`). */
export function sweepJson(header: SweepHeader, keys: readonly string[], values: (key: string) => Float64Array, holds: (id: string) => Uint8Array, paper: SweepPart["paper"]): SweepFile {
  const numbers: Record<string, NumberSpread> = {};
  const publishedSpread: Record<string, NumberSpread> = {};
  for (const k of [...keys].sort(ascending)) {
    const s = spreadOf(values(k), paper.numbers[k] as number);
    if (k.startsWith(PUBLISHED_PREFIX)) publishedSpread[k.slice(PUBLISHED_PREFIX.length)] = s;
    else if (!k.startsWith(RANK_PREFIX)) numbers[k] = s;
  }
  const claims: Record<string, ClaimRate> = {};
  for (const it of header.items) claims[it.id] = { ...holdRateOf(holds(it.id)), kind: it.kind, text: it.text, ...(it.where ? { where: it.where } : {}), paper: paper.holds[it.id] === true };
  return {
    format: SWEEP_FORMAT,
    schemaVersion: SWEEP_SCHEMA_VERSION,
    tool: header.tool,
    paramsHash: header.paramsHash,
    paperSeed: header.paperSeed,
    seeds: header.seeds,
    bootstrapped: header.bootstrapped,
    numbers,
    published: publishedSpread,
    claims,
    rankings: rankingStability(keys, values, paper.numbers),
  };
}

/** One line per seed list would make the file long; indent 1, as results.json. */
export const serializeSweep = (s: SweepFile | SweepPart): string => `${JSON.stringify(s, null, 1)}\n`;
