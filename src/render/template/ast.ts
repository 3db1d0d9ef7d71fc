/**
 * The placeholder language's syntax tree. Positions (`pos`, `len`) are
 * offsets inside the placeholder's source text, so an error can underline
 * exactly the bad token; the caller maps them to file:line:column.
 */
export type Expr =
  | { kind: "num"; value: number; pos: number; len: number }
  | { kind: "str"; value: string; pos: number; len: number }
  /** A results key or pattern: dotted segments, `*`, `{A,B}`, `$set` / `$var`. */
  | { kind: "key"; text: string; pos: number; len: number }
  /** `$name` alone: a variable's value (a name such as 7B). */
  | { kind: "var"; name: string; pos: number; len: number }
  | { kind: "call"; name: string; args: Expr[]; pos: number; len: number }
  | { kind: "bin"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr; pos: number; len: number }
  | { kind: "neg"; arg: Expr; pos: number; len: number };

export interface FormatStep {
  name: string;
  pos: number;
  len: number;
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
