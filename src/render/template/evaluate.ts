/**
 * Evaluates a parsed placeholder against a Scope and prints it with its
 * formats. Returns the text and the results keys it used; throws
 * TemplateError (with a position inside the placeholder) on any problem.
 */
import { span, TemplateError, type Expr, type Placeholder } from "./ast.js";
import { closest } from "../../text/closest.js";
import { applyModifier, FormatRefused, KNOWN_FORMATS, MODIFIERS, nearestDigits, numberFormat, type Mode } from "./formats.js";
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

/**
 * Results keys are checked finite when read (pattern.ts); arithmetic and
 * literals can still make Infinity or NaN (x / 0, 0 / 0, 1e400), which the
 * formats would print as "-Infinity" or typeset as "NaN". Refused where
 * they arise, with the subexpression underlined.
 */
function finite(item: Item, e: Expr): Item {
  if (!Number.isFinite(item.value)) throw new TemplateError(msg.notFiniteExpr(item.value), span(e).pos, span(e).len, msg.notFiniteExprHint());
  return item;
}

/** An error underlining the whole expression `e`. */
const errorAt = (e: Expr, message: string, hint?: string): TemplateError => new TemplateError(message, span(e).pos, span(e).len, hint);

function binary(op: "+" | "-" | "*" | "/", a: Item, b: Item, e: Expr): Item {
  const v = op === "+" ? a.value + b.value : op === "-" ? a.value - b.value : op === "*" ? a.value * b.value : a.value / b.value;
  return finite({ value: v, keys: [...a.keys, ...b.keys], names: a.names.length ? a.names : b.names }, e);
}

export function evaluateExpr(e: Expr, scope: Scope): Value {
  switch (e.kind) {
    case "num":
      return { t: "num", item: finite({ value: e.value, keys: [], names: [] }, e) };
    case "str":
      return { t: "str", s: e.value, keys: [] };
    case "var": {
      const v = scope.vars[e.name];
      if (v === undefined) throw errorAt(e, msg.unknownVariable(e.name, closest(e.name, Object.keys(scope.vars))), msg.helperHint());
      return { t: "str", s: typeof v === "string" ? v : v.join(", "), keys: [] };
    }
    case "ref": {
      const r = resolveKey(e.template, e.pos, scope);
      return "single" in r ? { t: "num", item: r.single } : { t: "list", items: r.list };
    }
    case "neg": {
      const a = evaluateExpr(e.arg, scope);
      if (a.t === "num") return { t: "num", item: { ...a.item, value: -a.item.value } };
      if (a.t === "list") return { t: "list", items: a.items.map((i) => ({ ...i, value: -i.value })) };
      throw errorAt(e, msg.badArgument("-", "needs a number"));
    }
    case "arith": {
      const a = evaluateExpr(e.left, scope);
      const b = evaluateExpr(e.right, scope);
      if (a.t === "num" && b.t === "num") return { t: "num", item: binary(e.op, a.item, b.item, e) };
      if (a.t === "list" && b.t === "num") return { t: "list", items: a.items.map((i) => binary(e.op, i, b.item, e)) };
      if (a.t === "num" && b.t === "list") return { t: "list", items: b.items.map((i) => binary(e.op, a.item, i, e)) };
      if (a.t === "list" && b.t === "list" && a.items.length === b.items.length)
        return { t: "list", items: a.items.map((i, k) => binary(e.op, i, b.items[k]!, e)) };
      throw errorAt(e, msg.badArgument(e.op, "operands must be numbers or lists of the same length"));
    }
    case "call": {
      const h = helpers[e.name];
      if (!h) throw new TemplateError(msg.unknownHelper(e.name, closest(e.name, Object.keys(helpers))), e.pos, e.name.length, msg.helperHint());
      const [lo, hi] = h.arity;
      if (e.args.length < lo || e.args.length > hi) throw errorAt(e, msg.badArity(e.name, lo === hi ? String(lo) : `${lo}-${hi}`, e.args.length), h.sig);
      return h.fn(
        e.args.map((a) => evaluateExpr(a, scope)),
        { name: e.name, ...span(e) },
      );
    }
    default:
      // The placeholder parser makes none of these (comparisons, logic, quantifiers): they belong to claims and relations.
      throw errorAt(e, msg.syntax("a placeholder computes a value: comparisons and quantifiers belong in claims.yaml"), msg.syntaxHint());
  }
}

/**
 * What printed the text so far: a number format that prints digits (f4,
 * pct1, int, n), one that prints a word (word, Word), or name.
 */
type Printer = { kind: "digits" | "word" | "name"; format: string };

/**
 * Prints the value through its formats. The chain is: one format that
 * prints the value (a number format or name), then modifiers (sign, nolead)
 * that change the printed digits, with hide alone or last. Anything else
 * printed something other than the author meant: "| f4 | word" printed the
 * raw float through word, "| hide | f4" printed the number it should hide.
 */
export function render(p: Placeholder, scope: Scope, mode: Mode = "html"): Evaluated {
  const v = evaluateExpr(p.expr, scope);
  // Helpers compute too (mean of huge values): the printed value itself must be finite.
  if (v.t === "num") finite(v.item, p.expr);
  if (v.t === "range") [v.lo, v.hi].forEach((i) => finite(i, p.expr));
  const keys = [...new Set(keysOf(v))];
  let text: string | undefined;
  let suffix = "";
  let numeric = v.t !== "str";
  let printer: Printer | undefined;
  for (const [step, f] of p.formats.entries()) {
    const fail = (m: string, hint: string = msg.helperHint()): never => {
      throw new TemplateError(m, f.pos, f.len, hint);
    };
    if (f.name === "hide") {
      const next = p.formats[step + 1];
      if (next) throw new TemplateError(msg.hideNotLast(next.name), next.pos, next.len, msg.formatsHint());
      text = "";
      numeric = false;
      continue;
    }
    if ((MODIFIERS as readonly string[]).includes(f.name)) {
      if (printer === undefined) fail(msg.syntax(`"${f.name}" modifies a printed number: put a number format before it`));
      if (printer!.kind !== "digits") fail(msg.modifierAfterWord(f.name, printer!.format), msg.formatsHint());
      text = applyModifier(f.name, text!);
      continue;
    }
    if (printer) fail(msg.twoFormats(printer.format, f.name), msg.formatsHint());
    if (f.name === "name") {
      if (v.t === "num") text = itemName(v.item);
      else if (v.t === "str") text = v.s;
      else fail(msg.notANumber("a range or list has no single name; this"));
      // A single key matched no wildcard: its "name" is the empty string, which printed nothing.
      if (text === "") {
        const at = span(p.expr);
        throw new TemplateError(msg.noName(`"${p.text.slice(at.pos, at.pos + at.len)}"`), at.pos, at.len, msg.noNameHint());
      }
      numeric = false;
      printer = { kind: "name", format: f.name };
      continue;
    }
    const nf = numberFormat(f.name, mode);
    if (!nf) {
      const near = nearestDigits(f.name);
      fail(near ? msg.formatDigits(f.name, near.kind, near.max, near.best) : msg.unknownFormat(f.name, closest(f.name, KNOWN_FORMATS)));
    }
    const print = (x: number): { text: string; suffix: string } => {
      try {
        return nf!(x);
      } catch (e) {
        if (e instanceof FormatRefused) return fail(e.message, e.hint);
        throw e;
      }
    };
    if (v.t === "num") ({ text, suffix } = print(v.item.value));
    else if (v.t === "range") {
      const lo = print(v.lo.value);
      const hi = print(v.hi.value);
      text = `${lo.text}${mode === "tex" ? "\\text{–}" : "–"}${hi.text}`;
      suffix = hi.suffix;
    } else if (v.t === "list") fail(msg.notANumber(`"${p.text.trim()}" is a list: reduce it with min/max/mean/range first; it`));
    else fail(`format "${f.name}" needs a number, but the value is the name "${v.s}"`);
    text = text! + suffix;
    suffix = "";
    printer = { kind: f.name === "word" || f.name === "Word" ? "word" : "digits", format: f.name };
  }
  if (text === undefined) {
    if (v.t === "str") text = v.s;
    else throw new TemplateError(msg.syntax("a number needs a format, e.g. | f4"), 0, p.text.length, msg.helperHint());
  }
  const values = v.t === "num" ? [v.item.value] : v.t === "range" ? [v.lo.value, v.hi.value] : [];
  return { text, keys, numeric: numeric && text !== "", values };
}
