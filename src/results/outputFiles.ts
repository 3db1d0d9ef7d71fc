/** The files `safety-gap compute` writes, relative to the output folder (committed with writeTreeAtomically). */
import type { OutputFiles } from "../build/writeTreeAtomically.js";
import type { Params } from "../params/types.js";
import type { Samples } from "../simulate/types.js";
import { samplesCsv, summaryCsv } from "./csv.js";
import { serializeResults } from "./serialize.js";
import type { Results } from "./types.js";

export function resultsFiles(params: Params, results: Results, samples: Samples): OutputFiles {
  const files: OutputFiles = new Map();
  files.set("results.json", serializeResults(results));
  files.set("data/samples.csv", samplesCsv(params, samples));
  for (const s of params.scales) files.set(`data/summary-${s}.csv`, summaryCsv(results, s));
  return files;
}
