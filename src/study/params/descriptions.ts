/**
 * What each parameter of report/model.yaml means, from the schema (the same
 * text docs/model.md shows), for the supplement's provenance page. Paths are
 * patterns such as `baseline.<scale>.<benchmark>`.
 */
import { paramsSchema } from "./schema.js";

export function paramDescriptions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, spec] of Object.entries(paramsSchema as Record<string, { description: string }>)) out[path] = spec.description;
  return out;
}
