/**
 * Evaluates a parsed placeholder against a Scope and prints it with its
 * formats. Returns the text and the results keys it used; throws
 * TemplateError (with a position inside the placeholder) on any problem.
 */
import { TemplateError, type Expr, type Placeholder } from "./ast.js";
import { closest } from "../../text/closest.js";
import { applyModifier, KNOWN_FORMATS, MODIFIERS, numberFormat, type Mode } from "./formats.js";
import { helpers } from "./helpers.js";
import { resolveKey } from "./pattern.js";
import type { Scope } from "./scope.js";
import { itemName, keysOf, type Item, type Value } from "./value.js";
import * as msg from "../../messages/render.js";

export interface Evaluated {
  text: string;
  keys: string[];
  /** True when the result is a number (rendered in a traceable span). */
  numeric: boolean;
  /** The full-precision number(s) behind the text: one, or two for a range (for CSVs). */
  values: number[];
}

function binary(op: "+" | "-" | "*" | "/", a: Item, b: Item): Item {
  const v = op === "+" ? a.value + b.value : op === "-" ? a.value - b.value : op === "*" ? a.value * b.value : a.value / b.value;
  return { value: v, keys: [...a.keys, ...b.keys], names: a.names.length ? a.names : b.names };
}

export function evaluateExpr(e: Expr, scope: Scope): Value {
  switch (e.kind) {
    case "num":
      return { t: "num", item: { value: e.value, keys: [], names: [] } };
    case "str":
      return { t: "str", s: e.value, keys: [] };
    case "var": {
      const v = scope.vars[e.name];
      if (v === undefined) throw new TemplateError(msg.unknownVariable(e.name, closest(e.name, Object.keys(scope.vars))), e.pos, e.len, msg.helperHint());
      return { t: "str", s: typeof v === "string" ? v : v.join(", "), keys: [] };
    }
    case "key": {
      const r = resolveKey(e.text, e.pos, scope);
      return "single" in r ? { t: "num", item: r.single } : { t: "list", items: r.list };
    }
    case "neg": {
      const a = evaluateExpr(e.arg, scope);
      if (a.t === "num") return { t: "num", item: { ...a.item, value: -a.item.value } };
      if (a.t === "list") return { t: "list", items: a.items.map((i) => ({ ...i, value: -i.value })) };
      throw new TemplateError(msg.badArgument("-", "needs a number"), e.pos, e.len);
    }
    case "bin": {
      const a = evaluateExpr(e.left, scope);
      const b = evaluateExpr(e.right, scope);
      if (a.t === "num" && b.t === "num") return { t: "num", item: binary(e.op, a.item, b.item) };
      if (a.t === "list" && b.t === "num") return { t: "list", items: a.items.map((i) => binary(e.op, i, b.item)) };
      if (a.t === "num" && b.t === "list") return { t: "list", items: b.items.map((i) => binary(e.op, a.item, i)) };
      if (a.t === "list" && b.t === "list" && a.items.length === b.items.length)
        return { t: "list", items: a.items.map((i, k) => binary(e.op, i, b.items[k]!)) };
      throw new TemplateError(msg.badArgument(e.op, "operands must be numbers or lists of the same length"), e.pos, e.len);
    }
    case "call": {
      const h = helpers[e.name];
      if (!h) throw new TemplateError(msg.unknownHelper(e.name, closest(e.name, Object.keys(helpers))), e.pos, e.name.length, msg.helperHint());
      const [lo, hi] = h.arity;
      if (e.args.length < lo || e.args.length > hi) throw new TemplateError(msg.badArity(e.name, lo === hi ? String(lo) : `${lo}-${hi}`, e.args.length), e.pos, e.len, h.sig);
      return h.fn(
        e.args.map((a) => evaluateExpr(a, scope)),
        e,
      );
    }
  }
}

export function render(p: Placeholder, scope: Scope, mode: Mode = "html"): Evaluated {
  const v = evaluateExpr(p.expr, scope);
  const keys = [...new Set(keysOf(v))];
  let text: string | undefined;
  let suffix = "";
  let numeric = v.t !== "str";
  for (const f of p.formats) {
    const fail = (m: string): never => {
      throw new TemplateError(m, f.pos, f.len, msg.helperHint());
    };
    if ((MODIFIERS as readonly string[]).includes(f.name)) {
      if (text === undefined) fail(msg.syntax(`"${f.name}" modifies a printed number: put a number format before it`));
      text = applyModifier(f.name, text!);
      continue;
    }
    if (f.name === "hide") {
      text = "";
      numeric = false;
      continue;
    }
    if (f.name === "name") {
      if (v.t === "num") text = itemName(v.item);
      else if (v.t === "str") text = v.s;
      else fail(msg.notANumber("a range or list has no single name; this"));
      numeric = false;
      continue;
    }
    const nf = numberFormat(f.name, mode);
    if (!nf) fail(msg.unknownFormat(f.name, closest(f.name, KNOWN_FORMATS)));
    if (v.t === "num") ({ text, suffix } = nf!(v.item.value));
    else if (v.t === "range") {
      const lo = nf!(v.lo.value);
      const hi = nf!(v.hi.value);
      text = `${lo.text}${mode === "tex" ? "\\text{–}" : "–"}${hi.text}`;
      suffix = hi.suffix;
    } else if (v.t === "list") fail(msg.notANumber(`"${p.text.trim()}" is a list: reduce it with min/max/mean/range first; it`));
    else fail(`format "${f.name}" needs a number, but the value is the name "${v.s}"`);
    text = text! + suffix;
    suffix = "";
  }
  if (text === undefined) {
    if (v.t === "str") text = v.s;
    else throw new TemplateError(msg.syntax("a number needs a format, e.g. | f4"), 0, p.text.length, msg.helperHint());
  }
  const values = v.t === "num" ? [v.item.value] : v.t === "range" ? [v.lo.value, v.hi.value] : [];
  return { text, keys, numeric: numeric && text !== "", values };
}
