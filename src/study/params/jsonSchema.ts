/**
 * report/model.yaml's JSON Schema for editors, from the zod schema the
 * validator checks (./modelSchema.ts), so it never says other than the
 * checks; each field's description and default come from its entry of the
 * field table (./schema.ts), as docs/model.md's table does.
 */
import * as z from "zod";
import { FIELD_SPECS, modelSchema } from "./modelSchema.js";
import { allowedText } from "./schema.js";

/** The schema's body (`type`, `properties`, ...): the engine adds `$schema`, `$id` and the title. */
export function modelJsonSchema(): Record<string, unknown> {
  const { $schema: _, ...body } = z.toJSONSchema(modelSchema, {
    // Stryker disable next-line StringLiteral: the schema has no default, transform or pipe, so input and output JSON Schemas are the same (checked: "output" gives schemas/model.schema.json too)
    io: "input",
    target: "draft-2020-12",
    override: ({ zodSchema, jsonSchema }) => {
      const spec = FIELD_SPECS.get(zodSchema);
      if (!spec) return;
      jsonSchema.description = `${spec.description} Allowed: ${allowedText[spec.type].replace(/`/g, "")}.`;
      if (spec.default !== undefined) jsonSchema.default = spec.default;
      if (spec.type === "name-list") jsonSchema.uniqueItems = true;
    },
  });
  return body;
}
