/**
 * The paper's study at a small size (n = 40 per cell, 200 resamples): the
 * same design, parameters, claims and statements as report/, so a sweep runs
 * every code path of the paper-size one in milliseconds per seed.
 */
import { join } from "node:path";
import { BootstrapPool } from "../../src/study/analyze/bootstrapPool.js";
import { loadParams } from "../../src/study/params/load.js";
import type { Params } from "../../src/study/params/types.js";
import { loadClaims } from "../../src/review/claims/loadClaims.js";
import { loadPublished } from "../../src/review/published/loadPublished.js";
import { mergeParts } from "../../src/sweep/merge.js";
import { runSweep } from "../../src/study/sweep/runSweep.js";
import type { Shard } from "../../src/sweep/seeds.js";
import type { SweepFile, SweepPart } from "../../src/sweep/sweepFile.js";

const report = join(import.meta.dirname, "..", "..", "report");

export const smallParams: Params = { ...loadParams(join(report, "model.yaml")).params, samplesPerCell: 40, bootstrap: { resamples: 200, confidence: 0.95 } };
export const claims = loadClaims(join(report, "claims.yaml"));
export const published = loadPublished(join(report, "published.yaml"));

export async function smallPart(seeds: number[], shard?: Shard, workers = 1): Promise<SweepPart> {
  const pool = new BootstrapPool(workers);
  try {
    return await runSweep({ params: smallParams, seeds, ...(shard ? { shard } : {}), claims, published, pool });
  } finally {
    await pool.close();
  }
}

export const smallSweep = async (seeds: number[]): Promise<SweepFile> => mergeParts([await smallPart(seeds)], ["(this run)"]);
