/**
 * Reads the parameter file: YAML text -> Document (with node ranges, for
 * error locations) -> `unknown` -> validated `Params` (+ hash).
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseDocument } from "yaml";
import { SafetyGapError, lineColumnAt } from "../errors.js";
import * as msg from "../messages/params.js";
import { decodeUtf8 } from "./decodeUtf8.js";
import { hashParams } from "./hash.js";
import { locate } from "./locate.js";
import type { LoadedParams } from "./types.js";
import { validateParams } from "./validate.js";
import { yamlData } from "./yamlData.js";

/** Parses and validates parameter text; `file` is only used in messages. */
export function parseParams(source: string, file: string): LoadedParams {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const { line, column } = lineColumnAt(source, err.pos[0]);
    throw new SafetyGapError(msg.yamlSyntax(err.message.split("\n")[0] ?? err.message), { file, line, column, source }, "Fix the YAML syntax at this place.");
  }
  const raw = yamlData(doc, source, file);
  const params = validateParams(raw, (path, atKey) => locate(doc, source, file, path, atKey));
  return { params, hash: hashParams(params), file };
}

/** Reads `path` (e.g. report/model.yaml) and returns its validated parameters. */
export function loadParams(path: string, cwd = process.cwd()): LoadedParams {
  const shown = relative(cwd, path) || path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new SafetyGapError(`cannot read the parameter file: ${(e as Error).message}`, { file: shown }, "Pass --report with the folder that holds model.yaml.");
  }
  return parseParams(decodeUtf8(bytes, shown), shown);
}
