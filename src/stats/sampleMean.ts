import { checkLength, checkSample } from "./checkSample.js";
import { mean } from "../numeric/mean.js";

/** Arithmetic mean, bit-identical to NumPy's `x.mean()` (`mean` of src/numeric: pairwise sum, then divide by n). Throws on empty or non-finite input. */
export function sampleMean(x: Float64Array | number[]): number {
  checkLength(x, "sampleMean(x): x", 1);
  const m = mean(x);
  // A non-finite value makes the mean non-finite: only then scan, to name it (see checkLength).
  if (!Number.isFinite(m)) checkSample(x, "sampleMean(x): x", 1);
  return m;
}
