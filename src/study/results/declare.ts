/**
 * The built-in study's results as the engine sees them: results.json's
 * fields plus the declarations the engine reads instead of knowing the
 * study — its named sets, its design numbers (`sizes.<name>` in the text)
 * and each key's provenance (about.ts).
 */
import type { About, Results } from "../../results/types.js";
import { aboutStudyKeys } from "./about.js";
import { designOfSizes, namedSets } from "./namedSets.js";
import type { StudyResults, StudyResultsFile, StudySizes } from "./types.js";
import { KEY_FAMILIES } from "./keyFamilies.js";

/** The counts and constants the text cites as `sizes.<name>` ("30 configurations", "n = 500"). */
export function designNumbers(s: StudySizes): Record<string, number> {
  const safety = s.benchmarks.filter((b) => b.kind === "safety").length;
  return {
    conditions: s.conditions.length,
    methods: s.methods.length,
    advancedMethods: s.methods.length - 1,
    scales: s.scales.length,
    benchmarks: s.benchmarks.length,
    safetyBenchmarks: safety,
    capabilityBenchmarks: s.benchmarks.length - safety,
    configurations: s.conditions.length * s.methods.length * s.scales.length,
    samplesPerCell: s.samplesPerCell,
    bootstrapResamples: s.bootstrapResamples,
    confidence: s.confidence,
    alpha: 1 - s.confidence,
  };
}

/**
 * The sets of the results language: the named sets, and `baseline`, the one
 * method the others are compared with. Listed so that their names, in first
 * appearance, come in the paper's order: scales, methods, conditions, benchmarks.
 */
export function studySets(s: StudySizes): Results["sets"] {
  const design = designOfSizes(s);
  const n = namedSets(design);
  return {
    scales: n.scales!,
    methods: n.methods!,
    conditions: n.conditions!,
    benchmarks: n.benchmarks!,
    safetyBenchmarks: n.safetyBenchmarks!,
    capabilityBenchmarks: n.capabilityBenchmarks!,
    advancedMethods: n.advancedMethods!,
    baseline: [design.baseline],
  };
}

/**
 * `about` is made on first read: describing every key costs more than the
 * rest of declaring, and `compute` never reads it (only the supplement's
 * popups, `diff` and `check` do).
 */
export function declareResults(file: StudyResultsFile): StudyResults {
  const results: StudyResults = { ...file, sets: studySets(file.sizes), design: designNumbers(file.sizes) };
  let about: Record<string, About> | undefined;
  Object.defineProperty(results, "about", { enumerable: true, configurable: true, get: () => (about ??= aboutStudyKeys(file)) });
  // Declared, not data: not part of what a results file holds.
  Object.defineProperty(results, "keyFamilies", { enumerable: false, value: KEY_FAMILIES });
  return results;
}
