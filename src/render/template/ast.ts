/**
 * A parsed placeholder: an expression of the one results language
 * (src/lang/ast.ts) and its formats. Positions are offsets inside the
 * placeholder's source text, so an error can underline exactly the bad
 * token; the caller maps them to file:line:column.
 */
import type { Expr } from "../../lang/ast.js";
import type { FormatStep } from "../../lang/parser.js";

export type { Expr };
export type { FormatStep } from "../../lang/parser.js";

/** Where an expression starts and how long it is in the placeholder's text (for underlining it). */
export function span(e: Expr): { pos: number; len: number } {
  const start = (x: Expr): number => (x.kind === "arith" ? start(x.left) : x.kind === "compare" ? start(x.args[0]!) : x.kind === "logic" ? start(x.left) : x.pos);
  const pos = start(e);
  return { pos, len: Math.max(1, (e.end ?? pos + 1) - pos) };
}

/** `{{ expr | format | format }}`: text is the part between the braces. */
export interface Placeholder {
  expr: Expr;
  formats: FormatStep[];
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
