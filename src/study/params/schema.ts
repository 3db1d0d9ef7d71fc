/**
 * The parameter file's schema in one object, one entry per field (KaTeX's
 * settings style: type, default, description), so the validator, the error
 * messages and docs/model.md's field table all come from the same place.
 * Field paths use `<scale>`, `<method>` and `<benchmark>` for names declared
 * elsewhere in the file.
 */
import { groupDigits } from "../../text/groupDigits.js";

export type FieldType =
  | "integer>=0"
  | "sample-size"
  | "resample-count"
  | "probability"
  | "open-probability"
  | "effect"
  | "noise-sd"
  | "nonnegative"
  | "name"
  | "name-list"
  | "kind";

export interface FieldSpec {
  type: FieldType;
  /** Used when the field is omitted; fields without one are required. */
  default?: number;
  description: string;
  /** Why the allowed range is what it is; the fix hint when a value is outside it. */
  why?: string;
}

/** 10000000 -> "10,000,000". */
const grouped = groupDigits;

/**
 * Most cells a design may have (2 conditions × methods × scales ×
 * benchmarks). results.json holds ~10 numbers per cell and comparison, all
 * built in memory: a million cells need ~5 GB, and ~2,000,000
 * would overflow the longest string V8 makes. 100,000 is ~0.5 GB; the
 * paper has 180.
 */
export const MAX_CELLS = 100_000;

/**
 * Most samples one run may hold (samplesPerCell × cells). Every sample stays
 * in memory until data/samples.csv is written (~110 bytes of memory and ~50
 * bytes of file each, measured): 10,000,000 is ~1.1 GB and a ~500 MB file.
 * The paper's 90,000 use 1% of it.
 */
export const MAX_SAMPLES = 10_000_000;

/**
 * Most bootstrap replicates one run may hold (resamples × comparisons): each
 * comparison's replicates stay in memory until the derived metrics are
 * computed (~10 bytes each, measured): 100,000,000 is ~1 GB. The paper's
 * 900,000 use 1% of it.
 */
export const MAX_REPLICATES = 100_000_000;

/**
 * noise.sd's range. Below 1e-6 the noise nears the rounding of a score near
 * 1 (steps of 1.1e-16: at 1e-300 every sample of a cell is the same number
 * and the t-tests have no variance); above 1 most scores would be clipped to
 * 0 or 1 (at 1e308 the draws overflow to infinity).
 */
/**
 * What a name may be. Names become file names (data/summary-<scale>.csv,
 * the supplement's tables/<id>-<scale>.csv) and parts of results keys
 * (cmp.<scale>.<method>.<benchmark>) that templates write in placeholders,
 * so: no `.` (keys split on it), no `/` or `\` (folders), no control
 * characters (a newline or NUL in a file name), no space, comma, quote,
 * parenthesis, `|`, `{}`, `*` or `$` (placeholder syntax), no non-ASCII
 * letters (`é` has two Unicode spellings that look the same, and macOS
 * rewrites file names to one of them). The first character is a letter or
 * digit: a leading `-` reads as an option on a command line and as a minus
 * in a placeholder, and `__proto__` would be an object's prototype. 64
 * characters keep a file name far below the 255-byte limit.
 */
export const NAME = /^[A-Za-z0-9][A-Za-z0-9+_-]{0,63}$/;

/** The fix hint for a bad name, whatever field it is in. */
export const NAME_WHY =
  "Names become file names (data/summary-<scale>.csv) and results keys (cmp.<scale>.<method>.<benchmark>), so only these characters are allowed; e.g. 13B, SFT+DPO, Reasoning-PT.";

export const MIN_NOISE_SD = 1e-6;
export const MAX_NOISE_SD = 1;

export const paramsSchema = {
  seed: {
    type: "integer>=0",
    description: "Entropy of every random stream (the paper's np.random.default_rng(42)); at most 2^53 - 1, the largest integer a JavaScript number holds exactly.",
  },
  samplesPerCell: {
    type: "sample-size",
    description: "Samples n per (scale, method, condition, benchmark) cell.",
    why: `Use at least 2 (a cell's SD and t-test need two samples) and at most ${grouped(MAX_SAMPLES)} samples in all (each is kept in memory and written to data/samples.csv, ~160 bytes); the paper uses 500.`,
  },
  "bootstrap.resamples": {
    type: "resample-count",
    description: "Bootstrap resamples B per comparison.",
    why: `Use at least 2 (a bootstrap SE is the SD of the replicates) and at most ${grouped(MAX_REPLICATES)} replicates in all (each comparison's are kept in memory, ~10 bytes each); the paper uses 10,000.`,
  },
  "bootstrap.confidence": { type: "open-probability", description: "Coverage of the percentile bootstrap intervals (1 - alpha)." },
  "conditions.treated": { type: "name", description: "The alignment-pretrained condition; its scores get the alignment effect." },
  "conditions.control": { type: "name", description: "The standard-pretraining condition." },
  methods: { type: "name-list", description: "Post-training methods, in table order." },
  baselineMethod: { type: "name", description: "The method Eqs. (2)-(3) compare every method to; one of `methods`." },
  scales: { type: "name-list", description: "Model scales, in table order." },
  "benchmarks.<benchmark>": { type: "kind", description: "Benchmark name: `safety` (enters the safety gap) or `capability` (enters the tax)." },
  "noise.sd": {
    type: "noise-sd",
    description: "Per-sample standard deviation of a score before clipping to [0, 1].",
    why: "Use a value from 1e-6 (smaller noise nears the rounding of the scores, 1e-16, and leaves the t-tests no spread) to 1 (larger clips most scores to 0 or 1); the paper uses 0.0147.",
  },
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
  "integer>=0": "an integer from 0 to 2^53 - 1 = 9007199254740991",
  "sample-size": `an integer >= 2, with n × cells <= ${grouped(MAX_SAMPLES)}`,
  "resample-count": `an integer >= 2, with B × comparisons <= ${grouped(MAX_REPLICATES)}`,
  probability: "a number in [0, 1]",
  "open-probability": "a number strictly between 0 and 1",
  effect: "a number in [-1, 1]",
  "noise-sd": "a number from 1e-6 to 1",
  nonnegative: "a number >= 0",
  name: "a name of letters, digits, `+`, `-` and `_` (starting with a letter or digit, at most 64 characters)",
  "name-list": "a list of distinct names of letters, digits, `+`, `-` and `_` (starting with a letter or digit, at most 64 characters)",
  kind: "`safety` or `capability`",
};
