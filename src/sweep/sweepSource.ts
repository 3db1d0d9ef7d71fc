/**
 * What a results source offers `safety-gap sweep` and the supplement's
 * "Robustness to the seed": the source runs its study for many seeds (the
 * engine knows nothing of how), and draws the figures of the spread of its
 * own numbers.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Claim } from "../review/claims/loadClaims.js";
import type { Published } from "../review/published/types.js";
import type { Shard } from "./seeds.js";
import type { SweepFile, SweepPart } from "./sweepFile.js";

export interface SweepRun {
  seeds: readonly number[];
  shard?: Shard;
  claims: readonly Claim[];
  published?: Published;
  /** Compute every number in every seed, not only those the checks read. */
  full: boolean;
  /** Threads the sweep may use, the calling one included. */
  workers: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SweepFigure {
  id: string;
  caption: string;
  spec: TopLevelSpec;
}

export interface SweepCapability {
  /** Reads and checks the source's parameters in the report folder (bad input throws) -> a sweep over them. */
  prepare(reportDir: string, cwd: string): Promise<{ run(inputs: SweepRun): Promise<SweepPart> }>;
  /** The supplement's figures of a sweep. `config`: the report's figure theme. */
  figures(sweep: SweepFile, sets: Readonly<Record<string, readonly string[]>>, fragileBelow: number, config?: object): SweepFigure[];
}
