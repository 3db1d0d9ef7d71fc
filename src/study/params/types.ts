/**
 * The validated, normalized parameters of the simulation: the output of the
 * params stage (`unknown` YAML -> `Params`). Every map is complete (one entry
 * per scale and benchmark; every method has lift and retention for every
 * benchmark, the baseline method 0 and 1), so later stages never need a
 * default or a lookup that can fail.
 */
export type BenchmarkKind = "safety" | "capability";

export interface Benchmark {
  name: string;
  kind: BenchmarkKind;
}

export interface MethodEffect {
  /** Added to the score of both conditions, per benchmark. */
  lift: Record<string, number>;
  /** Fraction of the alignment effect the method keeps, per benchmark. */
  retention: Record<string, number>;
}

export interface Params {
  seed: number;
  samplesPerCell: number;
  bootstrap: { resamples: number; confidence: number };
  conditions: { treated: string; control: string };
  methods: string[];
  baselineMethod: string;
  scales: string[];
  benchmarks: Benchmark[];
  noise: { sd: number };
  /** NoAP score under the baseline method: baseline[scale][benchmark]. */
  baseline: Record<string, Record<string, number>>;
  /** AP - NoAP under the baseline method: alignment[scale][benchmark]. */
  alignment: Record<string, Record<string, number>>;
  /** Per method (baseline included), per benchmark. */
  methodEffects: Record<string, MethodEffect>;
}

/** Parameters plus where they came from (for messages and the results' hash). */
export interface LoadedParams {
  params: Params;
  /** SHA-256 (hex) of the canonical JSON of `params`. */
  hash: string;
  file: string;
  /** The file's text as read. */
  text: string;
}
