/**
 * Reads and validates a results file (the contract in src/results/types.ts)
 * and the optional provenance.json beside it. Validation is structural only,
 * enough that the review tools can trust `numbers` and `sets`, plus the
 * schema version: results of another version are refused, not compared. A
 * source that writes its own format (the built-in study's `sizes`) reads it
 * (src/results/readers.ts).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { SafetyGapError, lineColumnAt } from "../errors.js";
import { decodeUtf8 } from "../input/utf8.js";
import { RESULTS_FILE_READERS } from "../results/readers.js";
import { RESULTS_SCHEMA_VERSION, type Results } from "../results/types.js";
import * as msg from "../messages/review.js";
import type { Provenance } from "./provenance.js";

/** The results schema versions this code reads: the one it writes. */
const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [RESULTS_SCHEMA_VERSION];

/** `hint` says what the command accepts instead (check takes no git revision). */
export function parseResults(text: string, file: string, hint = msg.notResultsFileHint()): Results {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const m = /position (\d+)/.exec(reason);
    const at = m ? lineColumnAt(text, Number(m[1])) : {};
    throw new SafetyGapError(msg.unreadableJson(reason), { file, ...at, source: text }, hint);
  }
  const fail = (field: string, expected: string): never => {
    throw new SafetyGapError(msg.resultsFieldInvalid(field, expected), { file, path: field }, hint);
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) fail("(root)", "an object");
  const r = data as Record<string, unknown>;
  if (typeof r.schemaVersion !== "number") fail("schemaVersion", "a number");
  // Another version's keys may mean other things: comparing them would report differences, or sameness, that are not there.
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(r.schemaVersion as number)) {
    throw new SafetyGapError(msg.unsupportedSchemaVersion(r.schemaVersion, SUPPORTED_SCHEMA_VERSIONS), { file, path: "schemaVersion" }, msg.unsupportedSchemaVersionHint());
  }
  if (typeof r.numbers !== "object" || r.numbers === null || Array.isArray(r.numbers)) fail("numbers", "an object of key: number");
  for (const [k, v] of Object.entries(r.numbers as object)) if (typeof v !== "number") fail(`numbers.${k}`, "a number");
  const reader = RESULTS_FILE_READERS.find((x) => x.claims(r));
  if (reader) return reader.read(r, fail);
  const sets = r.sets as Record<string, unknown> | undefined;
  if (typeof sets !== "object" || sets === null || Array.isArray(sets)) fail("sets", "an object of name: list of names");
  for (const [k, v] of Object.entries(sets!)) if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) fail(`sets.${k}`, "a list of names");
  return data as Results;
}

export function readResultsFile(file: string, hint?: string): Results {
  // A binary file (an archive, an image given by mistake) is named as such, not parsed: JSON.parse would quote its bytes.
  const decoded = decodeUtf8(readFileSync(file));
  if (!decoded.ok) throw new SafetyGapError(msg.resultsNotText(decoded.bytes, decoded.byte), { file }, hint ?? msg.notResultsFileHint());
  return parseResults(decoded.text, file, hint);
}

/** A results file or output folder as given on the command line; undefined if it is neither. */
export function resultsPathOf(arg: string, cwd: string): string | undefined {
  const p = resolve(cwd, arg);
  if (!existsSync(p)) return undefined;
  if (statSync(p).isFile()) return p;
  const inside = join(p, "results.json");
  if (existsSync(inside)) return inside;
  throw new SafetyGapError(msg.noResultsInFolder(arg), { file: arg }, msg.noResultsInFolderHint());
}

/** provenance.json next to a results file, if the render stage wrote one. */
export function readProvenanceBeside(resultsFile: string): Provenance | undefined {
  const file = join(dirname(resultsFile), "provenance.json");
  try {
    const p = JSON.parse(readFileSync(file, "utf8")) as Provenance;
    return Array.isArray(p.usage) ? { usage: p.usage, sentences: Array.isArray(p.sentences) ? p.sentences : [] } : undefined;
    // Stryker disable next-line BlockStatement: an empty catch block falls off the function, which returns undefined all the same
  } catch {
    // No provenance file (ENOENT), or a malformed one, only loses the grouping; the numbers still diff.
    return undefined;
  }
}
