/**
 * Loads report/claims.yaml: the paper's claims as assertions in the review
 * expression language (docs/review.md), each with the sentence it encodes.
 * Its shape is claimsSchema; every error is at the file's line and column.
 */
import type { Node } from "yaml";
import * as msg from "../../messages/review.js";
import type { Expr } from "../../lang/ast.js";
import type { Located } from "../published/types.js";
import { readInputText } from "../../input/readInput.js";
import { fail, fields, parseExprNode, parseYamlFile, seqItems, str, where } from "../yamlSource.js";
import { claimsSchema } from "./claimsSchema.js";

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
  return parseClaims(readInputText(file, { what: msg.claimsWhat(), doc: "docs/review.md" }), file);
}

export function parseClaims(source: string, file: string): Claim[] {
  const y = parseYamlFile(source, file, msg.claimsWhat(), claimsSchema);
  const top = fields(y.doc.contents as Node);
  const seen = new Set<string>();
  return seqItems(top.get("claims")).map((node, i) => {
    const path = `claims[${i}]`;
    const f = fields(node);
    const id = str(f.get("id"));
    if (seen.has(id)) fail(y, f.get("id"), `${path}.id`, msg.duplicateId(id), msg.duplicateIdHint());
    seen.add(id);
    const assertNode = f.get("assert");
    const { expr, text } = parseExprNode(y, assertNode, `${path}.assert`);
    // Stryker disable next-line StringLiteral: only the line and column of this location are kept (in `at`), not its path
    const w = where(y, assertNode, `${path}.assert`);
    return {
      id,
      claim: str(f.get("claim")),
      ...(f.has("where") ? { where: str(f.get("where")) } : {}),
      assert: expr,
      assertText: text,
      at: { file: y.file, line: w.line, column: w.column },
    };
  });
}
