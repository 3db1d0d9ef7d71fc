/**
 * JSON Schemas of every input a person writes or a program generates, for
 * editors (`# yaml-language-server: $schema=…`, `"$schema"`): generated
 * from the zod schemas the validator uses (zod's toJSONSchema), with the
 * built-in study's own (src/sources.ts), so a schema never says other than
 * the checks. `npm run docs` writes them into schemas/;
 * test/config/jsonSchemas.test.ts fails when one is stale.
 */
import * as z from "zod";
import { paperSchema } from "../render/frontMatter.js";
import { tablesSchema } from "../render/tables.js";
import { claimsSchema } from "../review/claims/claimsSchema.js";
import { publishedSchema } from "../review/published/publishedSchema.js";
import { resultsFileSchema } from "../source/resultsFileSchema.js";
import type { InputSchema } from "../results/loadResults.js";
import { builtinSource } from "../sources.js";
import { configSchema } from "./configSchema.js";

type JsonSchema = Record<string, unknown>;

const BASE = "https://safety-gap.invalid/schemas";

function fromZod(schema: z.ZodType, id: string, title: string): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  const { $schema, ...rest } = json;
  return { $schema, $id: `${BASE}/${id}`, title, ...rest };
}

async function sourceSchema({ file, title, schema }: InputSchema): Promise<JsonSchema> {
  const id = file.slice(file.lastIndexOf("/") + 1);
  return { $schema: "https://json-schema.org/draft/2020-12/schema", $id: `${BASE}/${id}`, title, ...(await schema()) };
}

export const JSON_SCHEMAS: readonly { file: string; schema: () => JsonSchema | Promise<JsonSchema> }[] = [
  { file: "schemas/config.schema.json", schema: () => fromZod(configSchema, "config.schema.json", "safety-gap.config.yaml (docs/config.md)") },
  { file: "schemas/results.schema.json", schema: () => fromZod(resultsFileSchema, "results.schema.json", "a results file a command writes (docs/results-file.md)") },
  ...builtinSource.inputSchemas.map((s) => ({ file: s.file, schema: () => sourceSchema(s) })),
  { file: "schemas/paper.schema.json", schema: () => fromZod(paperSchema, "paper.schema.json", "report/paper.yaml (docs/writing.md)") },
  { file: "schemas/tables.schema.json", schema: () => fromZod(tablesSchema, "tables.schema.json", "report/tables.yaml (docs/writing.md)") },
  { file: "schemas/claims.schema.json", schema: () => fromZod(claimsSchema, "claims.schema.json", "report/claims.yaml (docs/review.md)") },
  { file: "schemas/published.schema.json", schema: () => fromZod(publishedSchema, "published.schema.json", "report/published.yaml (docs/review.md)") },
];

/** A schema file's text: two-space JSON and a final newline. */
export const schemaText = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`;
