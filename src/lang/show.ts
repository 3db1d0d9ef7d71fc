/**
 * Writes an expression back as text with its keys replaced by the numbers
 * they stand for: "`t1.{m}.apSafety` - `t1.{m}.noapSafety`" for m = CAI is
 * shown as "0.8492 - 0.6965", so a finding explains its own arithmetic.
 */
import type { Expr } from "./ast.js";

const PRECEDENCE: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2 };

/** `show(key)` gives a key's printed text; variables are shown as the names they are bound to. */
export function showExpr(e: Expr, vars: Readonly<Record<string, string>>, show: (ref: Expr & { kind: "ref" }) => string): string {
  const go = (x: Expr, outer: number): string => {
    switch (x.kind) {
      case "num":
        return String(x.value);
      case "str":
        return JSON.stringify(x.value);
      case "ref":
        return show(x);
      case "var":
        return vars[x.name] ?? x.name;
      case "neg":
        return `-${go(x.arg, 3)}`;
      case "arith": {
        const p = PRECEDENCE[x.op]!;
        // The right operand of - and / binds tighter: a - (b - c).
        const text = `${go(x.left, p)} ${x.op} ${go(x.right, x.op === "-" || x.op === "/" ? p + 1 : p)}`;
        return p < outer ? `(${text})` : text;
      }
      case "call":
        return `${x.name}(${x.args.map((a) => go(a, 0)).join(", ")})`;
      default:
        return "…";
    }
  };
  return go(e, 0);
}
