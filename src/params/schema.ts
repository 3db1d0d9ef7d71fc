/**
 * The parameter file's schema in one object, one entry per field (KaTeX's
 * settings style: type, default, description), so the validator, the error
 * messages and docs/model.md's field table all come from the same place.
 * Field paths use `<scale>`, `<method>` and `<benchmark>` for names declared
 * elsewhere in the file.
 */
export type FieldType =
  | "integer>=0"
  | "integer>0"
  | "probability"
  | "open-probability"
  | "effect"
  | "positive"
  | "nonnegative"
  | "name"
  | "name-list"
  | "kind";

export interface FieldSpec {
  type: FieldType;
  /** Used when the field is omitted; fields without one are required. */
  default?: number;
  description: string;
}

export const paramsSchema = {
  seed: { type: "integer>=0", description: "Entropy of every random stream (the paper's np.random.default_rng(42))." },
  samplesPerCell: { type: "integer>0", description: "Samples n per (scale, method, condition, benchmark) cell." },
  "bootstrap.resamples": { type: "integer>0", description: "Bootstrap resamples B per comparison." },
  "bootstrap.confidence": { type: "open-probability", description: "Coverage of the percentile bootstrap intervals (1 - alpha)." },
  "conditions.treated": { type: "name", description: "The alignment-pretrained condition; its scores get the alignment effect." },
  "conditions.control": { type: "name", description: "The standard-pretraining condition." },
  methods: { type: "name-list", description: "Post-training methods, in table order." },
  baselineMethod: { type: "name", description: "The method Eqs. (2)-(3) compare every method to; one of `methods`." },
  scales: { type: "name-list", description: "Model scales, in table order." },
  "benchmarks.<benchmark>": { type: "kind", description: "Benchmark name: `safety` (enters the safety gap) or `capability` (enters the tax)." },
  "noise.sd": { type: "positive", description: "Per-sample standard deviation of a score before clipping to [0, 1]." },
  "baseline.<scale>.<benchmark>": { type: "probability", description: "Mean score of the control condition under the baseline method." },
  "alignment.<scale>.<benchmark>": { type: "effect", description: "Alignment effect (treated - control) under the baseline method." },
  "methodEffects.<method>.lift.<benchmark>": { type: "effect", description: "What the method adds to both conditions' mean score." },
  "methodEffects.<method>.retention.<benchmark>": {
    type: "nonnegative",
    default: 1,
    description: "Factor on the alignment effect under this method (1 keeps it whole).",
  },
} as const satisfies Record<string, FieldSpec>;

export type SchemaField = keyof typeof paramsSchema;

/** What a type allows, in words (for error messages and docs). */
export const allowedText: Record<FieldType, string> = {
  "integer>=0": "an integer >= 0",
  "integer>0": "an integer > 0",
  probability: "a number in [0, 1]",
  "open-probability": "a number strictly between 0 and 1",
  effect: "a number in [-1, 1]",
  positive: "a number > 0",
  nonnegative: "a number >= 0",
  name: "a non-empty name without dots",
  "name-list": "a list of distinct non-empty names without dots",
  kind: "`safety` or `capability`",
};

/** Whether a scalar value is allowed by a type (lists and names are checked by the validator). */
export function scalarAllowed(type: FieldType, v: unknown): boolean {
  const num = typeof v === "number" && Number.isFinite(v);
  switch (type) {
    case "integer>=0":
      return num && Number.isSafeInteger(v) && (v as number) >= 0;
    case "integer>0":
      return num && Number.isSafeInteger(v) && (v as number) > 0;
    case "probability":
      return num && (v as number) >= 0 && (v as number) <= 1;
    case "open-probability":
      return num && (v as number) > 0 && (v as number) < 1;
    case "effect":
      return num && (v as number) >= -1 && (v as number) <= 1;
    case "positive":
      return num && (v as number) > 0;
    case "nonnegative":
      return num && (v as number) >= 0;
    case "name":
      return typeof v === "string" && v.length > 0 && !v.includes(".");
    case "kind":
      return v === "safety" || v === "capability";
    case "name-list":
      return Array.isArray(v);
  }
}
