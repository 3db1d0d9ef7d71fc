/**
 * The syntax tree of the results language: claims (`report/claims.yaml`),
 * the statements, formulas and relations of `report/published.yaml`, and
 * key references everywhere. It is parsed by ./parser.ts and evaluated by
 * ./evaluate.ts; nothing is ever passed to `eval`, so a report cannot run code.
 */
import type { KeySegment } from "./keyPattern.js";

export type CompareOp = "<" | "<=" | ">" | ">=" | "==" | "!=";

/** A set a quantifier ranges over: a named set, a list literal, or a key pattern (`*` wildcards). */
export type SetExpr =
  | { kind: "named"; name: string; pos: number; except: string[] }
  | { kind: "list"; items: string[]; pos: number; except: string[] }
  | { kind: "pattern"; template: string; segs: KeySegment[]; pos: number; except: string[] };

export interface Binding {
  name: string;
  set: SetExpr;
  pos: number;
}

/**
 * An expression node; `pos` is its operator's or first token's offset (where
 * an error points), `end` the offset just past its last token.
 */
export type Expr = ExprNode & { end?: number };

type ExprNode =
  | { kind: "num"; value: number; pos: number }
  | { kind: "str"; value: string; pos: number }
  /** A backtick key reference (./keyPattern.ts): `{var}` is a bound name; `*`, `{A,B}` and `$set` make it a pattern. */
  | { kind: "ref"; template: string; segs: KeySegment[]; pos: number }
  | { kind: "var"; name: string; pos: number }
  | { kind: "neg"; arg: Expr; pos: number }
  | { kind: "not"; arg: Expr; pos: number }
  | { kind: "arith"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr; pos: number }
  | { kind: "logic"; op: "and" | "or"; left: Expr; right: Expr; pos: number }
  /** Chained comparison: `0.76 <= x <= 0.83`. */
  | { kind: "compare"; ops: CompareOp[]; args: Expr[]; pos: number }
  | { kind: "quant"; q: "all" | "any" | "none"; bindings: Binding[]; body: Expr; pos: number }
  /** `abs(x)`, `max(a, b)`, `mean(`summary.7B.*.tax`)`. */
  | { kind: "call"; name: string; args: Expr[]; pos: number }
  /** `max(b in safetyBenchmarks: expr)`: an aggregate over a comprehension. */
  | { kind: "agg"; name: string; bindings: Binding[]; body: Expr; pos: number };

/** Where an expression starts and how long it is in its text (for underlining it). */
export function span(e: Expr): { pos: number; len: number } {
  const start = (x: Expr): number => (x.kind === "arith" ? start(x.left) : x.kind === "compare" ? start(x.args[0]!) : x.kind === "logic" ? start(x.left) : x.pos);
  const pos = start(e);
  return { pos, len: Math.max(1, (e.end ?? pos) - pos) };
}
