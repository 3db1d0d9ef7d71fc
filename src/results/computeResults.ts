/**
 * The whole computation as one pure function: Params -> simulate -> analyze
 * -> Results (plus the samples, for data/samples.csv). Deterministic: the
 * same parameters give the same bytes for any number of workers.
 */
import { readFileSync } from "node:fs";
import { analyze } from "../analyze/index.js";
import type { OnProgress } from "../analyze/types.js";
import { hashParams } from "../params/hash.js";
import type { Params } from "../params/types.js";
import { simulate } from "../simulate/index.js";
import type { Samples } from "../simulate/types.js";
import { flattenAnalysis } from "./flatten.js";
import { RESULTS_SCHEMA_VERSION, type Results } from "./types.js";

export interface ComputeOptions {
  /** Worker threads for the bootstrap (1: in the calling thread). */
  workers?: number;
  onProgress?: OnProgress;
}

export async function computeResults(params: Params, options: ComputeOptions = {}): Promise<{ results: Results; samples: Samples }> {
  const samples = simulate(params);
  const analysis = await analyze(params, samples, options);
  const results: Results = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: "safety-gap", version: toolVersion() },
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
    numbers: flattenAnalysis(analysis),
  };
  return { results, samples };
}

/** package.json's version; the same relative path works from src/ and dist/. */
function toolVersion(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}
