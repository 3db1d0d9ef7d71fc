/**
 * Maps a field path of parsed YAML back to its place in the file, so a
 * validation error can name file:line:column and underline the token.
 * Validation runs on plain data; only error reporting needs the Document
 * with its node ranges.
 */
import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { SourceLocation } from "../errors.js";
import type { ParsedYaml } from "./parseYaml.js";
import { yamlLocation } from "./parseYaml.js";

export type FieldPath = (string | number)[];

/** `["claims", 0, "assert"]` -> "claims[0].assert". */
export const pathText = (path: readonly PropertyKey[]): string =>
  path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join("");

/** The node at `path` (a mapping's value, or its key with `atKey`), or undefined when the path leaves the document. */
export function nodeAt(y: ParsedYaml, path: FieldPath, atKey = false): Node | undefined {
  let node: unknown = y.doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) return undefined;
      if (i === path.length - 1 && atKey) return pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === "number") node = node.items[seg];
    else return undefined;
  }
  return node as Node | undefined;
}

/**
 * Location of the value at `path` (or of its key with `atKey`); the deepest
 * existing ancestor if it is missing. `path` is shown with the location as
 * `showPath` when given, else as the dotted path.
 */
export function locate(y: ParsedYaml, path: FieldPath, atKey = false, showPath = path.join(".")): SourceLocation {
  let range: readonly number[] | undefined;
  for (let n = path.length; n >= 0 && !range; n--) {
    range = nodeAt(y, path.slice(0, n), atKey && n === path.length)?.range ?? undefined;
  }
  const start = range?.[0] ?? 0;
  // An empty node (or none) ends where it starts: yamlLocation underlines one character at least.
  const end = range?.[1] ?? start;
  // Underline one line at most: a block mapping's range spans many.
  const text = y.source.slice(y.base);
  const nl = text.indexOf("\n", start);
  const length = Math.min(end, nl === -1 ? end : nl) - start;
  return { ...yamlLocation(y, start, length), path: showPath };
}
