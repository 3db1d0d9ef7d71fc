/** One cell's scores: n draws of Normal(mu, sd) from the cell's own stream, clipped to [0, 1]. */
import { cellMeanOf } from "../params/cellMean.js";
import type { Params } from "../params/types.js";
import { clipScores } from "./clipScores.js";
import { samplesSpawnKey, streamFor } from "./streams.js";
import type { CellId } from "./types.js";

export function simulateCell(params: Params, c: CellId): Float64Array {
  const gen = streamFor(params.seed, samplesSpawnKey(c.scale, c.method, c.condition, c.benchmark));
  const mu = cellMeanOf(params, c.scale, c.method, c.condition, c.benchmark);
  // With the paper's parameters no mean is within 3.5 SD of a bound, so the clipping almost never changes a score.
  return clipScores(gen.normal(mu, params.noise.sd, params.samplesPerCell));
}
