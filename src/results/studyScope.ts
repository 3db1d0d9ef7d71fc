/**
 * What this study gives the results language beyond `results.numbers`: its
 * named sets (src/results/namedSets.ts) with the baseline as a set of one
 * (written `{baseline}` in a key), and its design sizes as numbers, so prose
 * like "30 configurations" or "n = 500" is a placeholder too
 * (sizes.configurations, sizes.samplesPerCell, seed, ...). The engine reads
 * them only through this function.
 */
import { designOfResults, namedSets } from "./namedSets.js";
import type { Results } from "./types.js";

export function studySets(r: Results): Record<string, string[]> {
  const design = designOfResults(r);
  return { ...namedSets(design), baseline: [design.baseline] };
}

export function sizeNumbers(r: Results): Record<string, number> {
  const s = r.sizes;
  const safety = s.benchmarks.filter((b) => b.kind === "safety").length;
  return {
    "sizes.conditions": s.conditions.length,
    "sizes.methods": s.methods.length,
    "sizes.advancedMethods": s.methods.length - 1,
    "sizes.scales": s.scales.length,
    "sizes.benchmarks": s.benchmarks.length,
    "sizes.safetyBenchmarks": safety,
    "sizes.capabilityBenchmarks": s.benchmarks.length - safety,
    "sizes.configurations": s.conditions.length * s.methods.length * s.scales.length,
    "sizes.samplesPerCell": s.samplesPerCell,
    "sizes.bootstrapResamples": s.bootstrapResamples,
    "sizes.confidence": s.confidence,
    "sizes.alpha": 1 - s.confidence,
    seed: r.seed,
  };
}
