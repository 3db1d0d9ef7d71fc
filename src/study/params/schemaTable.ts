/**
 * The parameter file's field reference as a Markdown table, generated from
 * `paramsSchema` (docs/model.md embeds it; a test keeps the two in sync).
 */
import { allowedText, paramsSchema, type FieldSpec } from "./schema.js";

export function schemaTable(): string {
  const rows = Object.entries(paramsSchema as Record<string, FieldSpec>).map(
    ([path, spec]) => `| \`${path}\` | ${allowedText[spec.type]} | ${"default" in spec ? String(spec.default) : "required"} | ${spec.description}${spec.why ? ` ${spec.why}` : ""} |`,
  );
  return ["| field | allowed | default | description |", "|---|---|---|---|", ...rows].join("\n");
}
