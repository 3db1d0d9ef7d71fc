/**
 * published.yaml `relations`: the paper's consistency relations (Eq. 2,
 * "Safety Avg is the mean of its row", t = d·√(n/2), ...) declared in the
 * results language over the published numbers:
 *
 *   relations:
 *     - id: retention-from-gaps
 *       title: "Eq. 2: Ret. Ratio = Safety Gap / baseline Safety Gap"
 *       checks:
 *         - for: m in methods
 *           value: "`t1.{m}.retention`"
 *           equals: "`t1.{m}.safetyGap` / `t1.SFT+DPO.safetyGap`"
 *           label: Eq. 2, Safety Gap / baseline Safety Gap
 */
import type { Node } from "yaml";
import * as msg from "../../messages/review.js";
import { fail, fields, parseBindingsNode, parseExprNode, seqItems, str, where, type YamlFile } from "../yamlSource.js";
import type { Relation, RelationCheck } from "./types.js";

export function parseRelations(y: YamlFile, node: Node): Relation[] {
  const seen = new Set<string>();
  return seqItems(y, node, "relations").map((r, i) => {
    const path = `relations[${i}]`;
    const f = fields(y, r, path, ["id", "title", "checks"]);
    const id = str(y, f.get("id"), `${path}.id`, r);
    if (seen.has(id)) fail(y, f.get("id"), `${path}.id`, msg.duplicateId(id), msg.duplicateIdHint());
    seen.add(id);
    const checks = seqItems(y, f.get("checks") ?? fail(y, r, `${path}.checks`, msg.fieldMissing("checks")), `${path}.checks`).map((c, j) =>
      parseCheck(y, c, `${path}.checks[${j}]`),
    );
    return { id, title: str(y, f.get("title"), `${path}.title`, r), checks };
  });
}

function parseCheck(y: YamlFile, node: Node, path: string): RelationCheck {
  const f = fields(y, node, path, ["for", "value", "valueLabel", "equals", "label", "within"]);
  const w = where(y, node, path);
  return {
    bindings: f.has("for") ? parseBindingsNode(y, f.get("for"), `${path}.for`, node).expr : [],
    value: parseExprNode(y, f.get("value"), `${path}.value`, node).expr,
    ...(f.has("valueLabel") ? { valueLabel: str(y, f.get("valueLabel"), `${path}.valueLabel`) } : {}),
    equals: parseExprNode(y, f.get("equals"), `${path}.equals`, node).expr,
    label: str(y, f.get("label"), `${path}.label`, node),
    ...(f.has("within") ? { within: parseExprNode(y, f.get("within"), `${path}.within`, node).expr } : {}),
    at: { file: y.file, line: w.line, column: w.column },
  };
}
