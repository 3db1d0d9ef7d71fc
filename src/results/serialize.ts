/**
 * Results -> JSON text, byte-identical from run to run: fixed field order,
 * `numbers` keys sorted, numbers as JavaScript's shortest round-trip decimal
 * (so `JSON.parse` gives back the same doubles). A non-finite number is a bug
 * upstream (JSON cannot hold it), so it throws instead of writing `null`.
 */
import { sortKeys } from "./flatten.js";
import type { Results } from "./types.js";

export function serializeResults(r: Results): string {
  for (const [k, v] of Object.entries(r.numbers)) if (!Number.isFinite(v)) throw new Error(`results: ${k} is ${v}, not a finite number`);
  const ordered: Results = {
    schemaVersion: r.schemaVersion,
    tool: { name: r.tool.name, version: r.tool.version },
    seed: r.seed,
    paramsHash: r.paramsHash,
    sizes: r.sizes,
    numbers: sortKeys(r.numbers),
  };
  return `${JSON.stringify(ordered, null, 1)}\n`;
}

export const parseResults = (text: string): Results => JSON.parse(text) as Results;
