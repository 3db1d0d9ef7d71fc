/**
 * Loads report/claims.yaml: the paper's claims as assertions in the review
 * expression language (docs/review.md), each with the sentence it encodes.
 * Syntax errors are reported at the file's line and column.
 */
import type { Node } from "yaml";
import * as msg from "../../messages/review.js";
import type { Expr } from "../../lang/ast.js";
import type { Located } from "../published/types.js";
import { readReviewFile } from "../published/readReviewFile.js";
import { fail, fields, parseExprNode, parseYamlFile, seqItems, str, where } from "../yamlSource.js";

export interface Claim {
  id: string;
  /** The claim in words, as the paper makes it. */
  claim: string;
  /** Where the paper makes it. */
  where?: string;
  assert: Expr;
  assertText: string;
  at: Located;
  /** Kept so evaluation errors can point into the file. */
  node?: Node;
}

export function loadClaims(file: string): Claim[] {
  return parseClaims(readReviewFile(file), file);
}

export function parseClaims(source: string, file: string): Claim[] {
  const y = parseYamlFile(source, file);
  const top = fields(y, y.doc.contents as Node, "(root)", ["claims"]);
  const seen = new Set<string>();
  return seqItems(y, top.get("claims"), "claims").map((node, i) => {
    const path = `claims[${i}]`;
    const f = fields(y, node, path, ["id", "claim", "where", "assert"]);
    const id = str(y, f.get("id"), `${path}.id`, node);
    if (seen.has(id)) fail(y, f.get("id"), `${path}.id`, msg.duplicateId(id), msg.duplicateIdHint());
    seen.add(id);
    const { expr, text } = parseExprNode(y, f.get("assert"), `${path}.assert`, node);
    const w = where(y, f.get("assert"), `${path}.assert`);
    return {
      id,
      claim: str(y, f.get("claim"), `${path}.claim`, node),
      ...(f.has("where") ? { where: str(y, f.get("where"), `${path}.where`) } : {}),
      assert: expr,
      assertText: text,
      at: { file: y.file, line: w.line, column: w.column },
    };
  });
}
