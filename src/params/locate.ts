/**
 * Maps a field path of the parsed YAML back to its place in the file, so a
 * validation error can name file:line:column and underline the token.
 * Validation itself runs on plain data (`unknown`); only error reporting
 * needs the Document with its node ranges.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from "yaml";
import { lineColumnAt, type SourceLocation } from "../errors.js";

export type FieldPath = (string | number)[];

/** Location of the value at `path` (or of its key with `atKey`); the deepest existing ancestor if it is missing. */
export function locate(doc: Document, source: string, file: string, path: FieldPath, atKey = false): SourceLocation {
  let node: unknown = doc.contents;
  let range: [number, number, number?] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) break;
      if (last && atKey) {
        range = rangeOf(pair.key) ?? range;
        break;
      }
      node = pair.value;
      range = rangeOf(node) ?? rangeOf(pair.key) ?? range;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
      range = rangeOf(node) ?? range;
    } else break;
  }
  const start = range?.[0] ?? 0;
  const end = Math.max(start + 1, range?.[1] ?? start + 1);
  const { line, column } = lineColumnAt(source, start);
  // Underline one line at most: a block mapping's range spans many.
  const nl = source.indexOf("\n", start);
  const length = Math.min(end, nl === -1 ? end : nl) - start;
  return { file, line, column, path: path.join("."), source, length: Math.max(1, length) };
}

function rangeOf(node: unknown): [number, number, number?] | undefined {
  const r = (node as Node | undefined)?.range;
  return r ? [r[0], r[1], r[2]] : undefined;
}
