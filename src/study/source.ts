/**
 * The built-in study as a results source (`results: builtin`): the paper's
 * simulation and statistics from report/model.yaml. `prepare` reads and
 * validates the parameters; `run` simulates, analyzes and formats
 * results.json and data/*.csv.
 */
import { join } from "node:path";
import type { ResultsContext, ResultsSource, PreparedSource } from "../results/loadResults.js";
import type { BootstrapPool } from "./analyze/bootstrapPool.js";
import { paramDescriptions } from "./params/descriptions.js";
import { hashParams } from "./params/hash.js";
import { loadParams } from "./params/load.js";
import { computeResults } from "./results/computeResults.js";
import { resultsFiles } from "./results/outputFiles.js";
import { parseResults } from "./results/serialize.js";

/** The folders of src/ whose code decides a number of results.json. */
const CODE_FOLDERS = ["study", "results", "random", "numeric", "stats"];

export const builtinSource: ResultsSource = {
  name: "builtin",
  prepare(ctx: ResultsContext): PreparedSource {
    const loaded = loadParams(join(ctx.reportDir, "model.yaml"), ctx.cwd);
    const params = ctx.seed === undefined ? loaded.params : { ...loaded.params, seed: ctx.seed };
    const p = params;
    const conditions = [p.conditions.treated, p.conditions.control];
    return {
      inputs: { params: ctx.seed === undefined ? loaded.hash : hashParams(params) },
      codeFolders: CODE_FOLDERS,
      provenance: {
        facts: [
          ["Design", `${conditions.length} conditions \u00d7 ${p.methods.length} methods \u00d7 ${p.scales.length} scales, ${p.benchmarks.length} benchmarks`],
          ["Samples per cell", String(p.samplesPerCell)],
          ["Bootstrap resamples", String(p.bootstrap.resamples)],
          ["Confidence level", `${Math.round(p.bootstrap.confidence * 100)}%`],
        ],
        parameters: { text: loaded.text, descriptions: paramDescriptions() },
      },
      async run() {
        const pool = ctx.pool as BootstrapPool | undefined;
        const { results, samplesCsv } = await computeResults(params, {
          ...(pool ? { pool } : { workers: ctx.workers }),
          ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
        });
        return { results, files: resultsFiles(params, results, samplesCsv) };
      },
      fromFiles: (files) => parseResults(new TextDecoder().decode(files.get("results.json"))),
    };
  },
};
