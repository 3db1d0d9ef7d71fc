/**
 * A placeholder (`{{ expr | format | format }}`) parsed by the one results
 * language's parser (src/lang/parser.ts, placeholder mode): keys are bare,
 * so binary operators need spaces (`a - b`), because keys contain + and -.
 * A syntax error becomes a TemplateError at its offset in the placeholder.
 */
import { TemplateError, type Placeholder } from "./ast.js";
import { ExprSyntaxError } from "../../lang/lexer.js";
import { parseBareExpr } from "../../lang/parser.js";
import * as msg from "../../messages/render.js";

export function parsePlaceholder(text: string): Placeholder {
  try {
    const { expr, formats } = parseBareExpr(text);
    return { expr, formats, text };
  } catch (e) {
    if (e instanceof ExprSyntaxError) throw new TemplateError(msg.syntax(e.message), e.pos, e.length, msg.syntaxHint());
    throw e;
  }
}
