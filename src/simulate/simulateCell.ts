/** One cell's scores: n draws of Normal(mu, sd) from the cell's own stream, clipped to [0, 1]. */
import { cellMeanOf } from "../params/cellMean.js";
import type { Params } from "../params/types.js";
import { samplesSpawnKey, streamFor } from "./streams.js";
import type { CellId } from "./types.js";

export function simulateCell(params: Params, c: CellId): Float64Array {
  const gen = streamFor(params.seed, samplesSpawnKey(c.scale, c.method, c.condition, c.benchmark));
  const mu = cellMeanOf(params, c.scale, c.method, c.condition, c.benchmark);
  const x = Float64Array.from(gen.normal(mu, params.noise.sd, params.samplesPerCell));
  // Scores are proportions: clip like np.clip(x, 0, 1) (= minimum(maximum(x, 0), 1)).
  // With the paper's parameters no mean is within 3.5 SD of a bound, so this almost never fires.
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    x[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
  return x;
}
