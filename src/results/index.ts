/** Stage 4, results: `Analysis` -> `Results` (the single source of every number) and its files. */
export { computeResults, type ComputeOptions } from "./computeResults.js";
export { serializeResults, parseResults } from "./serialize.js";
export { samplesCsv, summaryCsv, SUMMARY_COLUMNS } from "./csv.js";
export { resultsFiles } from "./outputFiles.js";
export { flattenAnalysis } from "./flatten.js";
export { RESULTS_SCHEMA_VERSION, type Results } from "./types.js";
