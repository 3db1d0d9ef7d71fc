/** The files `safety-gap compute` writes, relative to the output folder (committed with writeTreeAtomically). */
import type { OutputFiles } from "../../pipeline/writeTreeAtomically.js";
import type { Params } from "../params/types.js";
import { summaryCsv } from "./csv.js";
import { serializeResults } from "./serialize.js";
import type { StudyResultsFile } from "./types.js";

/** `samplesCsv`: data/samples.csv as `computeResults` formatted it (`samplesCsv` of ./csv.js). */
export function resultsFiles(params: Params, results: StudyResultsFile, samplesCsv: Uint8Array | string): OutputFiles {
  const files: OutputFiles = new Map();
  files.set("results.json", serializeResults(results));
  files.set("data/samples.csv", samplesCsv);
  for (const s of params.scales) files.set(`data/summary-${s}.csv`, summaryCsv(results, s));
  return files;
}
