/**
 * Key checks for the report's YAML (paper.yaml, tables.yaml, Markdown front
 * matter). A misspelt key used to be ignored: `rol: abstract` made a file
 * quietly not the abstract, `formt: f4` a column without its format. Every
 * mapping is checked against the keys its reader knows, at the key's
 * position, with the closest known key.
 */
import { isMap, isScalar, type Node } from "yaml";
import { errorAt } from "./markdown/errors.js";
import { closest } from "../text/closest.js";
import * as msg from "../messages/render.js";

export interface YamlPlace {
  file: string;
  source: string;
  /** Where the YAML text starts in `source` (front matter starts after its "---" line). */
  base?: number;
}

/** Start offset (in `source`) and length of a node, for the caret. */
export const nodeSpan = (n: Node | null | undefined, place: YamlPlace): { at: number; len: number } => {
  const [s, e] = n?.range ?? [0, 1];
  return { at: (place.base ?? 0) + s, len: Math.max(1, e - s) };
};

/** Throws at the first key of `map` that is not in `known`. `what` names the kind of key ("column key"). */
export function checkKeys(map: Node, known: readonly string[], what: string, place: YamlPlace, hint: string): void {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    const key = pair.key as Node;
    const name = isScalar(key) ? String(key.value) : String(key);
    if (known.includes(name)) continue;
    const { at, len } = nodeSpan(key, place);
    throw errorAt(msg.unknownField(what, name, closest(name, known)), place.file, place.source, at, len, hint);
  }
}
