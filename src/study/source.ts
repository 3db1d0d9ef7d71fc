/**
 * The built-in study as a results source (`results: builtin`): the paper's
 * simulation and statistics from report/model.yaml. `prepare` reads and
 * validates the parameters; `run` simulates, analyzes and formats
 * results.json and data/*.csv. Its other
 * capabilities give the engine what it needs of the study without naming
 * it: the reader of its results.json, its key families, model.yaml's
 * schema, and its seed sweep with the sweep's figures.
 *
 * This module loads only the declarations: the parameter loader (and its
 * zod schema), the computation and the sweep are imported when asked for,
 * so a command that needs none of them (`check`, `diff`) does not load them.
 */
import { join } from "node:path";
import type { ResultsContext, ResultsSource, PreparedSource, InputSchema } from "../results/loadResults.js";
import type { ResultsFileReader } from "../results/readers.js";
import type { KeyFamily } from "../lang/keyFamily.js";
import type { SweepCapability } from "../sweep/sweepSource.js";
import { KEY_FAMILIES } from "./results/keyFamilies.js";
import { isStudyResults, readStudyResults } from "./results/readResults.js";
import { robustnessFigures } from "./sweep/robustnessFigures.js";
import { textOf } from "../text/textOf.js";

/** The folders of src/ whose code decides a number of results.json. */
const CODE_FOLDERS = ["study", "results", "random", "numeric", "stats"];

const loadParamsModule = () => import("./params/load.js");

async function prepare(ctx: ResultsContext): Promise<PreparedSource> {
  const [{ loadParams }, { hashParams }, { paramDescriptions }, { parseResults }] = await Promise.all([
    loadParamsModule(),
    import("./params/hash.js"),
    import("./params/descriptions.js"),
    import("./results/serialize.js"),
  ]);
  const loaded = loadParams(join(ctx.reportDir, "model.yaml"), ctx.cwd);
  const params = ctx.seed === undefined ? loaded.params : { ...loaded.params, seed: ctx.seed };
  const p = params;
  const conditions = [p.conditions.treated, p.conditions.control];
  return {
    inputs: { params: hashParams(params) },
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
      const [{ computeResults }, { resultsFiles }] = await Promise.all([import("./results/computeResults.js"), import("./results/outputFiles.js")]);
      const { results, samplesCsv } = await computeResults(params, {
        workers: ctx.workers,
        ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
      });
      return { results, files: resultsFiles(params, results, samplesCsv) };
    },
    fromFiles: (files) => parseResults(textOf(files.get("results.json"))),
  };
}

const sweep: SweepCapability = {
  async prepare(reportDir, cwd) {
    const [{ loadParams }, { runSweep }, { BootstrapPool }] = await Promise.all([loadParamsModule(), import("./sweep/runSweep.js"), import("./analyze/bootstrapPool.js")]);
    const { params } = loadParams(join(reportDir, "model.yaml"), cwd);
    return {
      async run({ workers, ...inputs }) {
        // One pool for every seed, so the threads stay busy across seed boundaries.
        const pool = new BootstrapPool(workers);
        try {
          return await runSweep({ ...inputs, params, pool });
        } finally {
          await pool.close();
        }
      },
    };
  },
  figures: robustnessFigures,
};

export const builtinSource = {
  name: "builtin",
  prepare,
  reader: { claims: isStudyResults, read: readStudyResults } as ResultsFileReader,
  keyFamilies: KEY_FAMILIES as readonly KeyFamily[],
  inputSchemas: [{ file: "schemas/model.schema.json", title: "report/model.yaml: the built-in simulation's parameters (docs/model.md)", schema: async () => (await import("./params/jsonSchema.js")).modelJsonSchema() }] as readonly InputSchema[],
  sweep,
} satisfies ResultsSource;
