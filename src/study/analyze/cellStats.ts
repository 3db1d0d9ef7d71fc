/** Mean (NumPy pairwise), SD (ddof = 1, as np.std) and SE = SD / sqrt(n) of one cell. */
import { sampleMean, sampleVariance } from "../../stats/index.js";
import type { CellStats } from "./types.js";

export function cellStats(x: Float64Array): CellStats {
  const sd = Math.sqrt(sampleVariance(x, 1));
  return { mean: sampleMean(x), sd, se: sd / Math.sqrt(x.length) };
}
