/**
 * The study's results.json: its results -> JSON text, byte-identical from run to run: fixed field order,
 * `numbers` keys sorted, numbers as JavaScript's shortest round-trip decimal
 * (so `JSON.parse` gives back the same doubles). A non-finite number is a bug
 * upstream (JSON cannot hold it), so it throws instead of writing `null`.
 */
import { sortKeys } from "../../results/sortKeys.js";
import { declareResults } from "./declare.js";
import type { StudyResults, StudyResultsFile } from "./types.js";

export function serializeResults(r: StudyResultsFile): string {
  for (const [k, v] of Object.entries(r.numbers)) if (!Number.isFinite(v)) throw new Error(`results: ${k} is ${v}, not a finite number`);
  const ordered: StudyResultsFile = {
    schemaVersion: r.schemaVersion,
    tool: { name: r.tool.name, version: r.tool.version },
    seed: r.seed,
    paramsHash: r.paramsHash,
    sizes: r.sizes,
    numbers: sortKeys(r.numbers),
  };
  return `${JSON.stringify(ordered, null, 1)}\n`;
}

/** A results.json the study wrote itself (the compute cache), declared for the engine. */
export const parseResults = (text: string): StudyResults => declareResults(JSON.parse(text) as StudyResultsFile);
