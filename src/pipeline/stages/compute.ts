/**
 * Stages 1-3, the results: asked of the paper's results source (the built-in
 * study by default) through loadResults, cached as one stage by the
 * source's inputs and code — the expensive part of a build, re-run only
 * when those change, never for a text edit.
 */
import { loadResults, type LoadedResults, type ResultsSource } from "../../results/loadResults.js";
import { builtinSource } from "../../sources.js";
import { commandSource } from "../../source/commandResults.js";
import { codeInputs, timed, type BuildContext } from "../context.js";

export type ComputeOutput = LoadedResults;

/** The source the paper's config names (`results:`): the built-in study, or the paper's own command. */
export function configuredSource(ctx: BuildContext): ResultsSource {
  const setting = ctx.options.source;
  return setting.kind === "command" ? commandSource(setting, process.env, ctx.options.onProgress) : builtinSource;
}

export async function computeStage(ctx: BuildContext, source: ResultsSource = configuredSource(ctx)): Promise<ComputeOutput> {
  return loadResults(
    source,
    { reportDir: ctx.options.reportDir, cwd: process.cwd(), workers: ctx.options.workers },
    {
      cache: { store: ctx.cache, codeInputs: (folders) => codeInputs(ctx, folders) },
      timed: (step, ran, reason, work) => timed(ctx, step, ran, reason, work),
    },
  );
}
