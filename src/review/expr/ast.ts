/**
 * The syntax tree of the review expression language used by
 * `report/claims.yaml` (claims about the reproduction) and by the
 * `statements` and formulas of `report/published.yaml`. It is parsed by
 * ./parser.ts and evaluated by ./evaluate.ts; nothing is ever passed to
 * `eval`, so a claims file cannot run code.
 */
export type CompareOp = "<" | "<=" | ">" | ">=" | "==" | "!=";

/** A set a quantifier ranges over: a named set, a list literal, or a key pattern (`*` wildcards). */
export type SetExpr =
  | { kind: "named"; name: string; pos: number; except: string[] }
  | { kind: "list"; items: string[]; pos: number; except: string[] }
  | { kind: "pattern"; template: string; pos: number; except: string[] };

export interface Binding {
  name: string;
  set: SetExpr;
  pos: number;
}

export type Expr =
  | { kind: "num"; value: number; pos: number }
  | { kind: "str"; value: string; pos: number }
  /** A backtick key reference; `{var}` is replaced by a bound name, `*` makes it a pattern. */
  | { kind: "ref"; template: string; pos: number }
  | { kind: "var"; name: string; pos: number }
  | { kind: "neg"; arg: Expr; pos: number }
  | { kind: "not"; arg: Expr; pos: number }
  | { kind: "arith"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr; pos: number }
  | { kind: "logic"; op: "and" | "or"; left: Expr; right: Expr; pos: number }
  /** Chained comparison: `0.76 <= x <= 0.83`. */
  | { kind: "compare"; ops: CompareOp[]; args: Expr[]; pos: number }
  | { kind: "quant"; q: "all" | "any"; bindings: Binding[]; body: Expr; pos: number }
  /** `abs(x)`, `max(a, b)`, `mean(`summary.7B.*.tax`)`. */
  | { kind: "call"; name: string; args: Expr[]; pos: number }
  /** `max(b in safetyBenchmarks: expr)`: an aggregate over a comprehension. */
  | { kind: "agg"; name: string; bindings: Binding[]; body: Expr; pos: number };

/** Functions the language knows; everything else is a parse error. */
export const FUNCTIONS = ["abs", "sqrt", "min", "max", "mean", "sum", "spread", "count", "log10p"] as const;
export const AGGREGATES = new Set(["min", "max", "mean", "sum", "spread", "count"]);
