/**
 * Reads back a results.json the built-in study wrote (it carries `sizes`,
 * not the engine's `sets`): checks the design lists the declarations are
 * made from, then declares the results for the engine.
 */
import { declareResults } from "./declare.js";
import type { StudyResults, StudyResultsFile } from "./types.js";

/** `fail(field, expected)` throws the caller's error naming the file. */
export function readStudyResults(data: Record<string, unknown>, fail: (field: string, expected: string) => never): StudyResults {
  const sizes = data.sizes as Record<string, unknown> | undefined;
  if (typeof sizes !== "object" || sizes === null) fail("sizes", "an object");
  for (const f of ["conditions", "methods", "scales", "benchmarks"]) if (!Array.isArray(sizes![f])) fail(`sizes.${f}`, "a list");
  return declareResults(data as unknown as StudyResultsFile);
}

/** True for a results.json of the built-in study. */
export const isStudyResults = (data: Record<string, unknown>): boolean => data.sets === undefined && data.sizes !== undefined;
