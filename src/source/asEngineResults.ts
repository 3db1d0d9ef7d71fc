/**
 * A source's results (CONTRACT.md §1) as the engine's `Results` type. The
 * built-in study's design fields (`sizes`) are empty for a results file:
 * the names a paper's templates quantify over come from its `sets`.
 */
import type { Results } from "../results/types.js";
import type { SourceResults } from "./types.js";

export function asEngineResults(r: SourceResults): Results {
  return {
    ...r,
    seed: r.seed ?? 0,
    paramsHash: r.paramsHash ?? "",
    sizes: { conditions: [], methods: [], scales: [], benchmarks: [], samplesPerCell: 0, bootstrapResamples: 0, confidence: 0 },
  };
}
