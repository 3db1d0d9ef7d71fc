/** The statistics library: pure functions on Float64Array | number[]. */
export { sampleMean } from "./sampleMean.js";
export { sampleVariance } from "./sampleVariance.js";
export { welchTTest, type WelchTTestResult } from "./welchTTest.js";
export { cohenD } from "./cohenD.js";
export { studentTSf } from "./studentTSf.js";
export { studentTLogSf } from "./studentTLogSf.js";
export { studentTQuantile } from "./studentTQuantile.js";
export { regularizedIncompleteBeta } from "./regularizedIncompleteBeta.js";
export { logRegularizedIncompleteBeta } from "./logRegularizedIncompleteBeta.js";
export { logGamma } from "./logGamma.js";
export { logBeta } from "./logBeta.js";
