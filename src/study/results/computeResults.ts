/**
 * The whole computation as one pure function: Params -> simulate -> analyze
 * -> Results (plus the samples, and data/samples.csv formatted while the
 * workers run the bootstrap). Deterministic: the same parameters give the
 * same bytes for any number of workers.
 */
import { analyze } from "../analyze/index.js";
import type { OnProgress } from "../analyze/types.js";
import { hashParams } from "../params/hash.js";
import type { Params } from "../params/types.js";
import { simulate } from "../simulate/index.js";
import type { Samples } from "../simulate/types.js";
import { samplesCsv } from "./csv.js";
import { flattenAnalysis } from "./flatten.js";
import { tool } from "../../results/tool.js";
import { RESULTS_SCHEMA_VERSION } from "../../results/types.js";
import { declareResults } from "./declare.js";
import type { StudyResults, StudyResultsFile } from "./types.js";

export interface ComputeOptions {
  /** Threads for the bootstrap, the calling one included (1: in the calling thread only). */
  workers?: number;
  onProgress?: OnProgress;
}

export async function computeResults(params: Params, options: ComputeOptions = {}): Promise<{ results: StudyResults; samples: Samples; samplesCsv: Uint8Array }> {
  let samples: Samples = new Map();
  let csv: Uint8Array | undefined;
  // Simulated once the bootstrap jobs are posted (see analyze); data/samples.csv is formatted meanwhile too.
  const analysis = await analyze(params, () => (samples = simulate(params)), { ...options, meanwhile: () => (csv = samplesCsv(params, samples)) });
  const results = declareResults({ ...resultsHeader(params), numbers: flattenAnalysis(analysis) });
  return { results, samples, samplesCsv: csv as Uint8Array };
}

/** results.json's fields besides `numbers`: what every results of these parameters shares (`compute`, each seed of a sweep). */
export function resultsHeader(params: Params): Omit<StudyResultsFile, "numbers"> {
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: tool(),
    seed: params.seed,
    paramsHash: hashParams(params),
    sizes: {
      conditions: [params.conditions.treated, params.conditions.control],
      methods: [...params.methods],
      scales: [...params.scales],
      benchmarks: params.benchmarks.map((b) => ({ ...b })),
      samplesPerCell: params.samplesPerCell,
      bootstrapResamples: params.bootstrap.resamples,
      confidence: params.bootstrap.confidence,
    },
  };
}
