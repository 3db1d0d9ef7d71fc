/**
 * Stages 1-3 (params -> simulate -> analyze), cached as one: the expensive
 * part of a build (the bootstrap), so it re-runs only when the parameters,
 * the seed or the code of the computation changed — never for a text edit.
 */
import { join } from "node:path";
import { loadParams } from "../../params/load.js";
import { computeResults } from "../../results/computeResults.js";
import { resultsFiles } from "../../results/outputFiles.js";
import { parseResults } from "../../results/serialize.js";
import type { Results } from "../../results/types.js";
import type { LoadedParams } from "../../params/types.js";
import { codeInputs, timed, type BuildContext } from "../context.js";
import { commandResults } from "../../source/commandResults.js";
import { asEngineResults } from "../../source/asEngineResults.js";
import type { CommandSource } from "../../source/types.js";

async function fromCommand(ctx: BuildContext, source: CommandSource): Promise<ComputeOutput> {
  const { results, files } = await commandResults(source, ctx);
  return { results: asEngineResults(results), files };
}

export interface ComputeOutput {
  /** The built-in study's parameters (absent for a command source). */
  loaded?: LoadedParams;
  results: Results;
  /** results.json and data/*.csv, as written to out/. */
  files: Map<string, Uint8Array | string>;
}

/** Every folder whose code decides a number of results.json. */
const COMPUTE_CODE = ["params", "simulate", "analyze", "results", "random", "numeric", "stats"];

export async function computeStage(ctx: BuildContext): Promise<ComputeOutput> {
  // A paper whose numbers come from its own command (the config's `results`, src/source/).
  if (ctx.options.source.kind === "command") return fromCommand(ctx, ctx.options.source);
  const file = join(ctx.options.reportDir, "model.yaml");
  const loaded = await timed(ctx, "params", true, "always runs", () => loadParams(file));
  const inputs = { params: loaded.hash, ...codeInputs(ctx, COMPUTE_CODE) };
  const hit = ctx.cache.lookup("compute", inputs);
  if (hit.hit) {
    const files = hit.files;
    const results = parseResults(new TextDecoder().decode(files.get("results.json")));
    await timed(ctx, "compute", false, "cached", () => undefined);
    return { loaded, results, files };
  }
  return timed(ctx, "compute", true, hit.reason, async () => {
    const { results, samplesCsv } = await computeResults(loaded.params, { workers: ctx.options.workers });
    const files = resultsFiles(loaded.params, results, samplesCsv);
    ctx.cache.store("compute", inputs, files);
    return { loaded, results, files };
  });
}
