/**
 * A results file (docs/results-file.md) -> the engine's results: parsed
 * with positions, validated by the one validator (src/input/validateYaml.ts)
 * against resultsFileSchema, then normalized: `value` -> numbers[k], `se` ->
 * numbers["k.se"], `interval` -> numbers["k.ciLow"], numbers["k.ciHigh"],
 * and n/unit/formula/inputs/meaning -> about[k] (CONTRACT.md §2). Every
 * problem is a SafetyGapError at the file's line and column.
 */
import { SafetyGapError } from "../errors.js";
import { decodeInput } from "../input/readInput.js";
import { parseJsonInput } from "../input/locateJson.js";
import { pathText, type FieldPath } from "../input/locateYaml.js";
import { validateData, type LocatedData } from "../input/validateYaml.js";
import * as msg from "../messages/source.js";
import { closest } from "../text/closest.js";
import { MAX_NUMBERS, resultsFileSchema, type ResultsFile } from "./resultsFileSchema.js";
import type { Results } from "../results/types.js";

export const RESULTS_ROLE = { what: msg.RESULTS_FILE, doc: msg.RESULTS_DOC };

export interface ReadResults {
  results: Results;
  /** The file's tables: name -> CSV path relative to the results file's folder. */
  tables: Record<string, string>;
}

/** `bytes` of the results file `file` (as messages show it) -> results; `tool` is the package's name and version. */
export function readResultsFile(bytes: Uint8Array, file: string, tool: { name: string; version: string }): ReadResults {
  const text = decodeInput(bytes, RESULTS_ROLE, file);
  const y = parseJsonInput(text, file, msg.RESULTS_FILE, msg.syntaxHint());
  const data = validateData(y, resultsFileSchema, msg.RESULTS_DOC);
  return { results: normalize(data, y, tool), tables: { ...(data.tables ?? {}) } };
}

const fail = (y: LocatedData, path: FieldPath, message: string, hint: string, atKey = false): never => {
  throw new SafetyGapError(message, y.locate(path, atKey, pathText(path)), hint);
};

function normalize(data: ResultsFile, y: LocatedData, tool: { name: string; version: string }): Results {
  const entries = Object.entries(data.numbers);
  if (entries.length > MAX_NUMBERS) fail(y, ["numbers"], msg.tooManyNumbers(entries.length, MAX_NUMBERS), msg.tooManyNumbersHint(), true);
  const numbers = new Map<string, number>();
  /** Where each key came from, for the message about a key given twice. */
  const origin = new Map<string, { path: FieldPath; as: string }>();
  const put = (key: string, value: number, path: FieldPath, as: string): void => {
    const before = origin.get(key);
    if (before) {
      const [plain, derived] = before.as === "number" ? [before, { path, as }] : [{ path, as }, before];
      fail(y, plain.path, msg.twice(key, derived.as), msg.twiceHint(), true);
    }
    numbers.set(key, value);
    origin.set(key, { path, as });
  };
  const about: NonNullable<Results["about"]> = {};
  for (const [key, entry] of entries) {
    const path = ["numbers", key];
    if (typeof entry === "number") {
      put(key, entry, path, "number");
      continue;
    }
    put(key, entry.value, path, "number");
    // A key given twice is reported at its plain number, so a derived key's origin is its number's entry.
    if (entry.se !== undefined) put(`${key}.se`, entry.se, path, "se");
    if (entry.interval !== undefined) {
      const [low, high] = entry.interval;
      if (low > high) fail(y, [...path, "interval"], msg.reversedInterval(low, high), msg.reversedIntervalHint());
      put(`${key}.ciLow`, low, path, "interval");
      put(`${key}.ciHigh`, high, path, "interval");
    }
    const { n, unit, formula, inputs, meaning } = entry;
    const known = { ...(n !== undefined ? { n } : {}), ...(unit !== undefined ? { unit } : {}), ...(formula !== undefined ? { formula } : {}), ...(inputs !== undefined ? { inputs } : {}), ...(meaning !== undefined ? { meaning } : {}) };
    if (Object.keys(known).length > 0) about[key] = known;
  }
  // An input names a number of this file, so provenance can link to it.
  for (const [key, a] of Object.entries(about))
    (a.inputs ?? []).forEach((input, i) => {
      if (!numbers.has(input)) fail(y, ["numbers", key, "inputs", i], msg.unknownInput(input, closest(input, [...numbers.keys()])), msg.unknownInputHint());
    });
  const sorted = [...numbers.keys()].sort();
  return {
    schemaVersion: 1,
    tool,
    ...(data.seed !== undefined ? { seed: data.seed } : {}),
    numbers: Object.fromEntries(sorted.map((k) => [k, numbers.get(k)!])),
    sets: { ...(data.sets ?? {}) },
    ...(data.design !== undefined ? { design: { ...data.design } } : {}),
    ...(Object.keys(about).length > 0 ? { about: Object.fromEntries(Object.keys(about).sort().map((k) => [k, about[k]!])) } : {}),
  };
}
