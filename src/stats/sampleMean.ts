import { checkSample } from "./checkSample.js";
import { mean } from "../numeric/mean.js";

/** Arithmetic mean, bit-identical to NumPy's `x.mean()` (`mean` of src/numeric: pairwise sum, then divide by n). Throws on empty or non-finite input. */
export function sampleMean(x: Float64Array | number[]): number {
  checkSample(x, "sampleMean(x): x", 1);
  return mean(x);
}
