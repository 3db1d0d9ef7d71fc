/**
 * JSON Schemas of every input a person writes or a program generates, for
 * editors (`# yaml-language-server: $schema=…`, `"$schema"`): generated
 * from the zod schemas the validator uses (zod's toJSONSchema), and for
 * model.yaml from its field table (src/study/params/schema.ts), so a schema never
 * says other than the checks. `npm run docs` writes them into schemas/;
 * test/config/jsonSchemas.test.ts fails when one is stale.
 */
import * as z from "zod";
import { allowedText, MAX_NOISE_SD, MAX_REPLICATES, MAX_SAMPLES, MIN_NOISE_SD, NAME, paramsSchema, type FieldSpec } from "../study/params/schema.js";
import { paperSchema } from "../render/frontMatter.js";
import { tablesSchema } from "../render/tables.js";
import { claimsSchema } from "../review/claims/claimsSchema.js";
import { publishedSchema } from "../review/published/publishedSchema.js";
import { resultsFileSchema } from "../source/resultsFileSchema.js";
import { configSchema } from "./configSchema.js";

type JsonSchema = Record<string, unknown>;

const BASE = "https://safety-gap.invalid/schemas";

function fromZod(schema: z.ZodType, id: string, title: string): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  const { $schema, ...rest } = json;
  return { $schema, $id: `${BASE}/${id}`, title, ...rest };
}

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

/** model.yaml's field table (paths like `baseline.<scale>.<benchmark>`) as nested objects; `<name>` segments are any name. */
function modelSchema(): JsonSchema {
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
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${BASE}/model.schema.json`,
    title: "report/model.yaml: the built-in simulation's parameters (docs/model.md)",
    ...root,
    required: [...required],
  };
}

export const JSON_SCHEMAS: readonly { file: string; schema: () => JsonSchema }[] = [
  { file: "schemas/config.schema.json", schema: () => fromZod(configSchema, "config.schema.json", "safety-gap.config.yaml (docs/config.md)") },
  { file: "schemas/results.schema.json", schema: () => fromZod(resultsFileSchema, "results.schema.json", "a results file a command writes (docs/results-file.md)") },
  { file: "schemas/model.schema.json", schema: modelSchema },
  { file: "schemas/paper.schema.json", schema: () => fromZod(paperSchema, "paper.schema.json", "report/paper.yaml (docs/writing.md)") },
  { file: "schemas/tables.schema.json", schema: () => fromZod(tablesSchema, "tables.schema.json", "report/tables.yaml (docs/writing.md)") },
  { file: "schemas/claims.schema.json", schema: () => fromZod(claimsSchema, "claims.schema.json", "report/claims.yaml (docs/review.md)") },
  { file: "schemas/published.schema.json", schema: () => fromZod(publishedSchema, "published.schema.json", "report/published.yaml (docs/review.md)") },
];

/** A schema file's text: two-space JSON and a final newline. */
export const schemaText = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`;
