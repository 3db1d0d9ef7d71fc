/**
 * report/model.yaml's shape as the zod schema the one YAML validator
 * (src/input/validateYaml.ts) checks, made from the field table (./schema.ts:
 * each field's type, default, what it allows in words and why), so the
 * validator, docs/model.md's table and the JSON Schema say the same. The
 * checks a schema cannot say (names declared elsewhere in the file, distinct
 * names, the design's size, cell means in [0, 1]) are ./checkDesign.ts's.
 */
import * as z from "zod";
import { fieldHints } from "../../input/validateYaml.js";
import * as msg from "./messages.js";
import { allowedText, MAX_NOISE_SD, MAX_REPLICATES, MAX_SAMPLES, MIN_NOISE_SD, NAME, NAME_WHY, paramsSchema, type FieldSpec, type FieldType, type SchemaField } from "./schema.js";

/** Each field's schema -> its entry of the table (for the JSON Schema's descriptions and defaults, ./jsonSchema.ts). */
export const FIELD_SPECS = new WeakMap<object, FieldSpec>();

const INTEGER: ReadonlySet<FieldType> = new Set(["integer>=0", "sample-size", "resample-count"]);

function base(type: FieldType): z.ZodType {
  switch (type) {
    case "integer>=0":
      return z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
    case "sample-size":
      return z.number().int().min(2).max(MAX_SAMPLES);
    case "resample-count":
      return z.number().int().min(2).max(MAX_REPLICATES);
    case "probability":
      return z.number().min(0).max(1);
    case "open-probability":
      return z.number().gt(0).lt(1);
    case "effect":
      return z.number().min(-1).max(1);
    case "noise-sd":
      return z.number().min(MIN_NOISE_SD).max(MAX_NOISE_SD);
    case "nonnegative":
      return z.number().min(0);
    case "name":
      return z.string().regex(NAME);
    case "name-list":
      return z.array(name()).min(1);
    case "kind":
      return z.enum(["safety", "capability"]);
  }
}

/** A name: what it may be, and why, in its errors. */
const name = (): z.ZodString => {
  const s = z.string().regex(NAME).describe(allowedText.name);
  fieldHints.add(s, { hint: NAME_WHY });
  return s;
};

/**
 * One field of the table. An integer YAML read beyond 2^53 - 1 is rounded: its hint says so
 * (else "got 18446744073709552000" puzzles), as the why of its range does for other values.
 */
function field(path: SchemaField): z.ZodType {
  const spec: FieldSpec = paramsSchema[path];
  const s = spec.type === "name" ? name() : base(spec.type).describe(spec.type === "name-list" ? `a non-empty list (${allowedText["name-list"]})` : allowedText[spec.type]);
  FIELD_SPECS.set(s, spec);
  if (spec.type === "name") return s;
  const why = spec.why;
  const rounded = (read: unknown, written: string): string | undefined =>
    INTEGER.has(spec.type) && typeof read === "number" && !Number.isSafeInteger(read) && /^\+?\d+$/.test(written) && written.replace(/^\+/, "") !== String(read) ? msg.roundedInteger(written, read) : why;
  fieldHints.add(s, { hint: rounded });
  return s;
}

const mapping = <T extends z.core.$ZodLooseShape>(shape: T, fields: string) => z.strictObject(shape).describe(`a mapping with ${fields}`);
/** Names as keys (benchmarks, scales, methods): which names is checkDesign's. */
const byName = (value: z.ZodType, what: string) => z.record(name(), value).describe(`a mapping from ${what}`);

export const modelSchema = z
  .strictObject({
    seed: field("seed"),
    samplesPerCell: field("samplesPerCell"),
    bootstrap: mapping({ resamples: field("bootstrap.resamples"), confidence: field("bootstrap.confidence") }, "resamples, confidence"),
    conditions: mapping({ treated: field("conditions.treated"), control: field("conditions.control") }, "treated, control"),
    methods: field("methods"),
    baselineMethod: field("baselineMethod"),
    scales: field("scales"),
    benchmarks: byName(field("benchmarks.<benchmark>"), "benchmark names to their kind, `safety` or `capability`"),
    noise: mapping({ sd: field("noise.sd") }, "sd"),
    baseline: byName(byName(field("baseline.<scale>.<benchmark>"), "benchmark names to numbers"), "scale names to mappings of benchmarks"),
    alignment: byName(byName(field("alignment.<scale>.<benchmark>"), "benchmark names to numbers"), "scale names to mappings of benchmarks"),
    methodEffects: byName(
      mapping(
        {
          lift: byName(field("methodEffects.<method>.lift.<benchmark>"), "benchmark names to numbers"),
          retention: byName(field("methodEffects.<method>.retention.<benchmark>"), "benchmark names to numbers").optional(),
        },
        "lift, retention",
      ),
      "method names to their effects",
    ),
  })
  .describe("a mapping of fields (`seed: 42`, `samplesPerCell: 500`, ...)");


