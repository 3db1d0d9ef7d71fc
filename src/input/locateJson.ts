/**
 * Reads a JSON input (a results file a command wrote) with the position of
 * every value, for the one validator (validateYaml.ts's `validateData`):
 * jsonc-parser in strict JSON mode (parseJsonWithPointers), a syntax error
 * as a SafetyGapError at file:line:column, and each field path mapped to its
 * JSON pointer, so a wrong value is reported where it stands.
 */
import { SafetyGapError } from "../errors.js";
import { JsonSyntaxError, parseJsonWithPointers, pointerToken, type ParsedJson } from "../render/figures/parseJsonWithPointers.js";
import type { FieldPath } from "./locateYaml.js";
import type { LocatedData } from "./validateYaml.js";
import { lineColumnAt, type SourceLocation } from "../errors.js";

/** `text` (the file `file`, described as `what`) parsed with positions; `hint` is the fix of a syntax error. */
export function parseJsonInput(text: string, file: string, what: string, hint: string): LocatedData {
  let parsed: ParsedJson;
  try {
    parsed = parseJsonWithPointers(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new SafetyGapError(e.message, { file, line: e.line, column: e.column, source: text }, hint);
  }
  return { data: parsed.value, what, locate: (path, atKey, shown) => locateJson(parsed, text, file, path, atKey, shown) };
}

/** The location of the value at `path` (its property name with `atKey`), or of its nearest ancestor that exists. */
function locateJson(parsed: ParsedJson, text: string, file: string, path: FieldPath, atKey: boolean, shown: string): SourceLocation {
  for (let n = path.length; n >= 0; n--) {
    const at = parsed.locations.get(path.slice(0, n).map((s) => `/${pointerToken(s)}`).join(""));
    if (!at) continue;
    const onKey = atKey && n === path.length && at.keyOffset !== undefined;
    const offset = onKey ? at.keyOffset! : at.offset;
    const length = onKey ? JSON.stringify(String(path.at(-1))).length : at.length;
    return { file, ...lineColumnAt(text, offset), source: text, length, ...(shown ? { path: shown } : {}) };
  }
  // Stryker disable next-line ObjectLiteral: unreached, a parsed text always has its root's pointer "".
  return { file, ...(shown ? { path: shown } : {}) };
}
