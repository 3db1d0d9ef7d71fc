/** Message texts for `safety-gap sweep` and `sweep merge` (`src/cli/commands/sweep.ts`, `src/sweep/`). */

export const seedsRequired = (): string => "sweep needs --seeds";
export const seedsHint = (): string => "Give a range, --seeds 1..20, or a list, --seeds 3,7,11 (whole numbers from 0 to 2^53 - 1).";
export const badSeeds = (value: string): string => `--seeds ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} is not a range a..b nor a list a,b,c of whole numbers`;
export const emptyRange = (a: number, b: number): string => `--seeds ${a}..${b} is empty: the range's end is below its start`;
export const tooManySeeds = (n: number, max: number): string => `--seeds names ${n} seeds; at most ${max} are allowed`;
export const tooManySeedsHint = (): string => "Split the sweep into shards (--shard i/N) and merge the parts (safety-gap sweep merge).";
export const duplicateSeed = (seed: number): string => `--seeds names seed ${seed} twice`;
export const duplicateSeedHint = (): string => "Name each seed once.";
export const badShard = (value: string): string => `--shard ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} is not i/N with 1 <= i <= N`;
export const badShardHint = (): string => "Write the shard as i/N, e.g. --shard 2/4 for the second of four parts.";
export const badRate = (value: string): string => `--fragile ${JSON.stringify(value)} is not a rate between 0 and 1`;
export const badRateHint = (): string => "Give the hold rate below which a claim is fragile as a fraction, e.g. --fragile 0.95.";

export const mergeNeedsParts = (): string => "sweep merge needs at least one part file";
export const mergeHint = (): string => "Name every part: safety-gap sweep merge parts/sweep-part-*.json --out DIR.";
export const notAPart = (why: string): string => `not a sweep part file written by safety-gap sweep --shard i/N (${why})`;
export const notAPartHint = (): string => "Pass the files that sweep --shard wrote (sweep-part-<i>-of-<N>.json).";
export const partMismatch = (file: string, field: string, first: string): string =>
  `${file} belongs to another sweep: its ${field} differs from that of ${first}`;
export const partMismatchHint = (): string => "Merge only parts of one sweep: the same --seeds, the same parameters and the same safety-gap version.";
export const partOverlap = (seed: number, a: string, b: string): string => `seed ${seed} is in both ${a} and ${b}`;
export const partOverlapHint = (): string => "Pass each shard's part once; two parts must not share a seed.";
export const partsMissing = (seeds: readonly number[], shards: readonly number[], count: number): string =>
  `the parts lack ${seeds.length} seed${seeds.length === 1 ? "" : "s"} of the sweep (${seeds.slice(0, 8).join(", ")}${seeds.length > 8 ? ", …" : ""})${shards.length ? `: shard${shards.length === 1 ? "" : "s"} ${shards.join(", ")} of ${count} missing` : ""}`;
export const partsMissingHint = (): string => "Run the missing shards (sweep --shard i/N) and merge all parts.";

export const progressLine = (done: number, total: number, width = 30): string => {
  const filled = Math.round((done / total) * width);
  return `\rsweep [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} seeds`;
};

/** `seconds` is left out for a merge, which computes nothing worth timing. */
export const wroteSweep = (file: string, seeds: number, keys: number, claims: number, seconds?: number): string =>
  `safety-gap sweep: wrote ${file} (${seeds} seed${seeds === 1 ? "" : "s"}, ${keys} numbers, ${claims} claims and statements${seconds === undefined ? "" : `, ${seconds.toFixed(2)} s`})\n`;

export const fragileLine = (id: string, rate: number, holds: number, of: number, low: number, high: number): string =>
  `fragile: ${id} holds in the paper's seed but in ${holds} of ${of} seeds (${(rate * 100).toFixed(0)}%, 95% CI ${(low * 100).toFixed(0)}–${(high * 100).toFixed(0)}%)`;

export const badSweepFile = (why: string): string => `not a sweep.json written by safety-gap sweep (${why})`;
export const badSweepFileHint = (): string => "Run safety-gap sweep --seeds 1..100 again, or pass another file with --sweep.";
export const tooFewSeeds = (n: number): string => `--seeds names ${n} seed; a spread needs at least 2`;
export const staleSweep = (file: string): string =>
  `${file} is a sweep of other parameters than the results (its paramsHash differs): not used; run safety-gap sweep again for fragile claims and the seeds' yardstick`;
export const fragileWarning = (id: string, rate: number, holds: number, of: number): string =>
  `${id} is fragile: it holds in the paper's seed but in ${holds} of ${of} seeds (${(rate * 100).toFixed(0)}%)`;
