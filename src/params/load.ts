/**
 * Reads the parameter file: YAML text -> Document (with node ranges, for
 * error locations) -> `unknown` -> validated `Params` (+ hash).
 */
import { relative } from "node:path";
import { parseDocument } from "yaml";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/params.js";
import { readInputText } from "../input/readInput.js";
import { hashParams } from "./hash.js";
import { locate } from "./locate.js";
import type { LoadedParams } from "./types.js";
import { validateParams } from "./validate.js";
import { yamlData } from "./yamlData.js";
import { yamlError } from "./yamlErrors.js";

/** Parses and validates parameter text; `file` is only used in messages. */
export function parseParams(source: string, file: string): LoadedParams {
  // logLevel "error": the library would print its own warnings (e.g. "Set mapAsMap: true") to stderr.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const err = yamlError(doc, source, file);
  if (err) throw err;
  // Nothing but comments and blank lines: say so, rather than "must be a mapping, got nothing".
  if (doc.contents === null) throw new SafetyGapError(msg.emptyFile(), { file }, msg.emptyFileHint(file));
  const raw = yamlData(doc, source, file);
  const params = validateParams(raw, (path, atKey) => locate(doc, source, file, path, atKey));
  return { params, hash: hashParams(params), file };
}

/** Reads `path` (e.g. report/model.yaml) and returns its validated parameters. */
export function loadParams(path: string, cwd = process.cwd()): LoadedParams {
  const shown = relative(cwd, path) || path;
  return parseParams(readInputText(path, { what: msg.paramsWhat(), doc: "docs/model.md" }, shown), shown);
}
