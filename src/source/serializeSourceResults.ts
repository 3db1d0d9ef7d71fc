/**
 * A command source's results as out/results.json: fixed field order,
 * `numbers` keys sorted (code-unit order), numbers as JavaScript's shortest
 * round-trip decimal, so the same results give the same bytes.
 */
import type { Results } from "../results/types.js";

export function serializeSourceResults(r: Results): string {
  const sortedNumbers = Object.fromEntries(Object.keys(r.numbers).sort().map((k) => [k, r.numbers[k]]));
  const ordered = {
    schemaVersion: r.schemaVersion,
    tool: { name: r.tool.name, version: r.tool.version },
    // An optional field that is absent stays out of the file: JSON.stringify leaves out a field whose value is undefined.
    seed: r.seed,
    paramsHash: r.paramsHash,
    sets: r.sets,
    design: r.design,
    about: r.about,
    tables: r.tables,
    numbers: sortedNumbers,
  };
  return `${JSON.stringify(ordered, null, 1)}\n`;
}
