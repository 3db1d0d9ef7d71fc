/**
 * published.yaml `relations`: the paper's consistency relations (an
 * equation of the paper, "Avg is the mean of its row", t = d·√(n/2), ...)
 * declared in the results language over the published numbers:
 *
 *   relations:
 *     - id: ratio-from-gaps
 *       title: "Eq. 2: Ratio = Gap / the first row's Gap"
 *       checks:
 *         - for: m in rows
 *           value: "`t1.{m}.ratio`"
 *           equals: "`t1.{m}.gap` / `t1.A.gap`"
 *           label: Eq. 2, Gap / the first row's Gap
 *
 * publishedSchema has checked the shape (fields, types, required ones).
 */
import type { Node } from "yaml";
import * as msg from "../../messages/review.js";
import { fail, fields, parseBindingsNode, parseExprNode, seqItems, str, where, type YamlFile } from "../yamlSource.js";
import type { Relation, RelationCheck } from "./types.js";

export function parseRelations(y: YamlFile, node: Node): Relation[] {
  const seen = new Set<string>();
  return seqItems(node).map((r, i) => {
    const path = `relations[${i}]`;
    const f = fields(r);
    const id = str(f.get("id"));
    if (seen.has(id)) fail(y, f.get("id"), `${path}.id`, msg.duplicateId(id), msg.duplicateIdHint());
    seen.add(id);
    const checks = seqItems(f.get("checks")).map((c, j) => parseCheck(y, c, `${path}.checks[${j}]`));
    return { id, title: str(f.get("title")), checks };
  });
}

function parseCheck(y: YamlFile, node: Node, path: string): RelationCheck {
  const f = fields(node);
  const w = where(y, node, path);
  return {
    bindings: f.has("for") ? parseBindingsNode(y, f.get("for"), `${path}.for`).expr : [],
    value: parseExprNode(y, f.get("value"), `${path}.value`).expr,
    ...(f.has("valueLabel") ? { valueLabel: str(f.get("valueLabel")) } : {}),
    equals: parseExprNode(y, f.get("equals"), `${path}.equals`).expr,
    label: str(f.get("label")),
    ...(f.has("within") ? { within: parseExprNode(y, f.get("within"), `${path}.within`).expr } : {}),
    at: { file: y.file, line: w.line, column: w.column },
  };
}
