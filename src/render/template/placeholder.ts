/**
 * A placeholder `{{ expression | format | format }}`: parsed and evaluated by
 * the results language (src/lang; keys written bare, so binary operators need
 * spaces: `a - b`) and printed through its formats. What is template-specific
 * is only this: errors become TemplateErrors at an offset inside the
 * placeholder's text, which the caller maps to file:line:column.
 */
import type { Expr } from "../../lang/ast.js";
import { ExprEvalError, evaluateValue } from "../../lang/evaluate.js";
import { formatValue, type Printed } from "../../lang/formatValue.js";
import type { Mode } from "../../lang/formats.js";
import { ExprSyntaxError } from "../../lang/lexer.js";
import { parseBareExpr, type FormatStep } from "../../lang/parser.js";
import type { Scope } from "./scope.js";
import * as msg from "../../messages/render.js";

export interface Placeholder {
  expr: Expr;
  formats: FormatStep[];
  /** The text between the braces. */
  text: string;
}

/** An error inside a placeholder; `pos`/`len` are relative to Placeholder.text. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly pos: number,
    readonly len: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function parsePlaceholder(text: string): Placeholder {
  try {
    const { expr, formats } = parseBareExpr(text);
    return { expr, formats, text };
  } catch (e) {
    if (e instanceof ExprSyntaxError) throw new TemplateError(msg.syntax(e.message), e.pos, e.length, msg.syntaxHint());
    throw e;
  }
}

export function renderPlaceholder(p: Placeholder, scope: Scope, mode: Mode = "html"): Printed {
  // Stryker disable next-line StringLiteral: without a cache (scope.printed undefined) the key is never read
  const key = scope.printed ? printedKey(p, scope, mode) : "";
  const known = scope.printed?.get(key);
  if (known) return known;
  try {
    const printed = formatValue(evaluateValue(p.expr, scope.lang, scope.vars, { finite: true }), p.expr, p.formats, p.text, mode);
    scope.printed?.set(key, printed);
    return printed;
  } catch (e) {
    if (e instanceof ExprEvalError) throw new TemplateError(e.message, e.pos, e.length, e.hint);
    throw e;
  }
}

/** What a placeholder's printing depends on besides the numbers: the mode, the variables, its text. */
function printedKey(p: Placeholder, scope: Scope, mode: Mode): string {
  const vars = Object.keys(scope.vars)
    .sort()
    .map((k) => [k, scope.vars[k]]);
  return JSON.stringify([mode, vars, p.text]);
}
