/**
 * Reads the parameter file: YAML text -> Document (with node ranges, for
 * error locations) -> `unknown` -> checked against its schema (the one YAML
 * validator) -> the design's own checks -> `Params` (+ hash).
 */
import { relative } from "node:path";
import { SafetyGapError } from "../../errors.js";
import * as msg from "./messages.js";
import { readInputText } from "../../input/readInput.js";
import { hashParams } from "./hash.js";
import { locate } from "../../input/locateYaml.js";
import { parseYaml } from "../../input/parseYaml.js";
import { validateYaml } from "../../input/validateYaml.js";
import { checkDesign, type ModelFile } from "./checkDesign.js";
import { modelSchema } from "./modelSchema.js";
import type { LoadedParams } from "./types.js";

/** Parses and validates parameter text; `file` is only used in messages. */
export function parseParams(source: string, file: string): LoadedParams {
  const y = parseYaml({ file, source, what: msg.paramsWhat() });
  // Nothing but comments and blank lines: say so, rather than "must be a mapping, got nothing".
  if (y.doc.contents === null) throw new SafetyGapError(msg.emptyFile(), { file }, msg.emptyFileHint(file));
  const model = validateYaml(y, modelSchema, "docs/model.md") as ModelFile;
  const params = checkDesign(model, (path, atKey) => locate(y, path, atKey));
  return { params, hash: hashParams(params), file, text: source };
}

/** Reads `path` (e.g. report/model.yaml) and returns its validated parameters. */
export function loadParams(path: string, cwd = process.cwd()): LoadedParams {
  const shown = relative(cwd, path) || path;
  return parseParams(readInputText(path, { what: msg.paramsWhat(), doc: "docs/model.md" }, shown), shown);
}
