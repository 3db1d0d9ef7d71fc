/**
 * The one place the engine names the built-in study (src/study/): the
 * source `results: builtin` means, and the default. Every other module
 * reaches the study through this source's ResultsSource interface
 * (src/results/loadResults.ts): its results, its results files, key
 * families, input schemas and seed sweep.
 */
import type { ResultsSource } from "./results/loadResults.js";
import { builtinSource as study } from "./study/source.js";

/** The study with every capability the engine asks of it. */
export const builtinSource: ResultsSource & Required<Pick<ResultsSource, "reader" | "keyFamilies" | "inputSchemas" | "sweep">> = study;
