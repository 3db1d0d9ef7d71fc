/**
 * Runs every comparison's bootstrap on a `BootstrapPool`: the caller's (one
 * shared by many runs, as a seed sweep's) or one made for this call and
 * closed after it. Because each comparison draws from its own stream, the
 * replicates are bit-identical for any number of threads.
 *
 * The worker file is JavaScript: dist/analyze/bootstrapWorker.js, made from
 * src/ by `node scripts/dist.js`. Run from dist/ (the CLI), it is the sibling
 * file. Run from src/ (vitest, tsx), the compiled copy in dist/ is used if
 * it exists, else the bootstrap runs in-process (same numbers, one core).
 */
import type { Params } from "../params/types.js";
import type { Samples } from "../simulate/types.js";
import { BootstrapPool, type BootstrapJob } from "./bootstrapPool.js";
import { comparisonIds } from "./comparisons.js";
import { comparisonKey, type ComparisonId, type OnProgress, type Replicates } from "./types.js";

export interface BootstrapOptions {
  /** Threads that compute, the calling one included; 1 (or fewer) runs in the calling thread. Ignored with `pool`. */
  workers?: number;
  /** A pool started by the caller (left open); without it one is made and closed here. */
  pool?: BootstrapPool;
  onProgress?: OnProgress;
  /** Calling-thread work done while the workers run jobs (see `RunOptions.meanwhile`). */
  meanwhile?: () => void;
  /** Called in the calling thread with each comparison's replicates as they arrive, in the order jobs finish. */
  onReplicates?: (id: ComparisonId, replicates: Float64Array) => void;
}

export interface Bootstrap {
  replicates: Replicates;
  /** Each comparison's percentile interval of its replicates, by `comparisonKey`. */
  intervals: Map<string, [number, number]>;
}

/**
 * `samples` may still be empty when this is called and be filled by
 * `meanwhile`: jobs name their cells, the workers simulate the ones they
 * take (simulateCell: the same bits in every thread), and the calling
 * thread reads `samples` for its own.
 */
export async function runBootstrap(params: Params, samples: Samples, options: BootstrapOptions = {}): Promise<Bootstrap> {
  const jobs = comparisonIds(params).map((id): BootstrapJob => ({
    key: comparisonKey(id),
    seed: params.seed,
    id,
    a: { ...id, condition: params.conditions.treated },
    b: { ...id, condition: params.conditions.control },
    resamples: params.bootstrap.resamples,
    confidence: params.bootstrap.confidence,
  }));
  const pool = options.pool ?? new BootstrapPool(Math.min(options.workers ?? 1, jobs.length));
  try {
    const done = await pool.run(jobs, {
      onProgress: options.onProgress,
      meanwhile: options.meanwhile,
      params,
      samples,
      onDone: options.onReplicates && ((i, d) => options.onReplicates?.((jobs[i] as BootstrapJob).id, d.diffs)),
    });
    // In design order, so iteration order never depends on scheduling.
    const replicates: Replicates = new Map();
    const intervals = new Map<string, [number, number]>();
    jobs.forEach((j, i) => {
      const d = done[i]!;
      replicates.set(j.key, d.diffs);
      intervals.set(j.key, [d.ciLow, d.ciHigh]);
    });
    return { replicates, intervals };
  } finally {
    if (!options.pool) await pool.close();
  }
}

export { BootstrapPool, workerUrl } from "./bootstrapPool.js";
