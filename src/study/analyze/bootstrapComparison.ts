/**
 * The bootstrap of one comparison: from the comparison's own stream, B
 * resamples of the treated samples (B x n bounded draws), then B of the
 * control samples; replicate r is mean(treated*_r) - mean(control*_r).
 * Same as NumPy's
 *   gen = default_rng(SeedSequence(seed, spawn_key=key))
 *   a[gen.integers(0, n, (B, n))].mean(axis=1) - b[gen.integers(0, n, (B, n))].mean(axis=1)
 * bit for bit (the resample means come from the fused kernel of src/random).
 */
import { bootstrapMeanDifferences } from "../../random/index.js";
import { bootstrapSpawnKey, streamFor } from "../simulate/streams.js";
import type { ComparisonId } from "./types.js";

export function bootstrapComparison(seed: number, id: ComparisonId, a: Float64Array, b: Float64Array, resamples: number): Float64Array {
  return bootstrapMeanDifferences(streamFor(seed, bootstrapSpawnKey(id.scale, id.method, id.benchmark)), a, b, resamples);
}
