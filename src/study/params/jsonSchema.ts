/**
 * report/model.yaml's JSON Schema for editors, from the field table the
 * validator checks against (./schema.ts), so it never says other than the
 * checks.
 */
import { allowedText, MAX_NOISE_SD, MAX_REPLICATES, MAX_SAMPLES, MIN_NOISE_SD, NAME, paramsSchema, type FieldSpec } from "./schema.js";

type JsonSchema = Record<string, unknown>;

/** One field type of model.yaml as JSON Schema. */
function fieldType(spec: FieldSpec): JsonSchema {
  const name = { type: "string", pattern: NAME.source };
  const described = { description: `${spec.description} Allowed: ${allowedText[spec.type].replace(/`/g, "")}.`, ...("default" in spec ? { default: spec.default } : {}) };
  switch (spec.type) {
    case "integer>=0":
      return { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER, ...described };
    case "sample-size":
      return { type: "integer", minimum: 2, maximum: MAX_SAMPLES, ...described };
    case "resample-count":
      return { type: "integer", minimum: 2, maximum: MAX_REPLICATES, ...described };
    case "probability":
      return { type: "number", minimum: 0, maximum: 1, ...described };
    case "open-probability":
      return { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, ...described };
    case "effect":
      return { type: "number", minimum: -1, maximum: 1, ...described };
    case "noise-sd":
      return { type: "number", minimum: MIN_NOISE_SD, maximum: MAX_NOISE_SD, ...described };
    case "nonnegative":
      return { type: "number", minimum: 0, ...described };
    case "name":
      return { ...name, ...described };
    case "name-list":
      return { type: "array", items: name, uniqueItems: true, minItems: 1, ...described };
    case "kind":
      return { enum: ["safety", "capability"], ...described };
  }
}

/** The body of model.yaml's JSON Schema, from its field table (paths like `baseline.<scale>.<benchmark>`) as nested objects; `<name>` segments are any name. */
export function modelJsonSchema(): JsonSchema {
  const root: JsonSchema = { type: "object", properties: {}, additionalProperties: false };
  const required = new Set<string>();
  for (const [path, spec] of Object.entries(paramsSchema as Record<string, FieldSpec>)) {
    const segments = path.split(".");
    if (!("default" in spec) && !segments[0]!.startsWith("<")) required.add(segments[0]!);
    let node = root;
    segments.forEach((seg, i) => {
      const last = i === segments.length - 1;
      const child: JsonSchema = last ? fieldType(spec) : { type: "object", properties: {}, additionalProperties: false };
      if (seg.startsWith("<")) {
        node.propertyNames = { pattern: NAME.source };
        node.additionalProperties = (node.additionalProperties as JsonSchema | false) || child;
        node = node.additionalProperties as JsonSchema;
      } else {
        const props = node.properties as Record<string, JsonSchema>;
        props[seg] ??= child;
        node = props[seg]!;
      }
    });
  }
  return { ...root, required: [...required] };
}
