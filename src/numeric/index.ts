/** NumPy's float64 reductions, bit for bit: pairwise summation, mean, percentile (linear). */
export { pairwiseSum } from "./pairwiseSum.js";
export { mean } from "./mean.js";
export { percentile } from "./percentile.js";
