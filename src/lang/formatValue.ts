/**
 * Prints a value of the results language through its formats (`| f4 | sign`):
 * one format that prints the value (a number format or `name`), then
 * modifiers (sign, nolead) that change the printed digits, with hide alone
 * or last. Anything else would print something other than the author meant:
 * "| f4 | word" printed the raw float through word, "| hide | f4" printed the
 * number it should hide.
 */
import { span, type Expr } from "./ast.js";
import { ExprEvalError } from "./evaluate.js";
import type { FormatStep } from "./parser.js";
import { applyModifier, FormatRefused, KNOWN_FORMATS, MODIFIERS, nearestDigits, numberFormat, type Mode } from "./formats.js";
import * as I from "./interval.js";
import { keysOf, nameOf, type Item, type Value } from "./value.js";
import { closest } from "../text/closest.js";
import * as msg from "../messages/lang.js";

export interface Printed {
  text: string;
  /** The results keys the value came from. */
  keys: string[];
  /** True when a number was printed (a traceable number on the page). */
  numeric: boolean;
  /** The full-precision number(s) behind the text: one, or two for a range (for CSVs). */
  values: number[];
}

/** The format that printed the text so far, and whether it printed digits (f4, pct1, int, n) rather than a word (word, Word) or a name. */
type Printer = { digits: boolean; format: string };

/** `source` is the text the expression and the formats' positions refer to. */
export function formatValue(v: Value, expr: Expr, formats: readonly FormatStep[], source: string, mode: Mode = "html"): Printed {
  const at = span(expr);
  const whole = (m: string, hint?: string): ExprEvalError => new ExprEvalError(m, at.pos, at.len, hint);
  if (v.t === "bool") throw whole(msg.notAValue(), msg.formatsHint());
  // Functions compute too (the mean of huge values): what is printed must be finite.
  const items: Item[] = v.t === "num" ? [v] : v.t === "range" ? [v.lo, v.hi] : [];
  for (const i of items) if (!Number.isFinite(I.mid(i.v))) throw whole(msg.notFiniteExpr(I.mid(i.v)), msg.notFiniteExprHint());
  let text: string | undefined;
  let numeric = v.t !== "str";
  let printer: Printer | undefined;
  for (const [step, f] of formats.entries()) {
    const fail = (m: string, hint: string = msg.functionHint()): never => {
      throw new ExprEvalError(m, f.pos, f.len, hint);
    };
    if (f.name === "hide") {
      const next = formats[step + 1];
      if (next) throw new ExprEvalError(msg.hideNotLast(next.name), next.pos, next.len, msg.formatsHint());
      text = "";
      numeric = false;
      continue;
    }
    if ((MODIFIERS as readonly string[]).includes(f.name)) {
      if (printer === undefined) fail(msg.modifierFirst(f.name), msg.formatsHint());
      if (!printer!.digits) fail(msg.modifierAfterWord(f.name, printer!.format), msg.formatsHint());
      text = applyModifier(f.name, text!);
      continue;
    }
    if (printer) fail(msg.twoFormats(printer.format, f.name), msg.formatsHint());
    if (f.name === "name") {
      if (v.t === "num") text = nameOf(v.from);
      else if (v.t === "str") text = v.v;
      else fail(msg.notANumber("a range or list has no single name; this"));
      // A single key matched no choice: its name is the empty string, which would print nothing.
      if (text === "") throw whole(msg.noName(`"${source.slice(at.pos, at.pos + at.len)}"`), msg.noNameHint());
      numeric = false;
      printer = { digits: false, format: f.name };
      continue;
    }
    const nf = numberFormat(f.name, mode);
    if (!nf) {
      const near = nearestDigits(f.name);
      fail(near ? msg.formatDigits(f.name, near.kind, near.max, near.best) : msg.unknownFormat(f.name, closest(f.name, KNOWN_FORMATS)));
    }
    const print = (x: number): string => {
      try {
        const r = nf!(x);
        return r.text + r.suffix;
      } catch (e) {
        if (e instanceof FormatRefused) return fail(e.message, e.hint);
        throw e;
      }
    };
    if (v.t === "num") text = print(I.mid(v.v));
    else if (v.t === "range") text = rangeText(nf!, I.mid(v.lo.v), I.mid(v.hi.v), mode, print);
    else if (v.t === "list") fail(msg.listNeedsReducing(source.trim()));
    else fail(msg.formatNeedsNumber(f.name, v.v));
    printer = { digits: f.name !== "word" && f.name !== "Word", format: f.name };
  }
  if (text === undefined) {
    if (v.t === "str") text = v.v;
    else throw new ExprEvalError(msg.needsFormat(), 0, source.length, msg.functionHint());
  }
  const values = items.map((i) => I.mid(i.v));
  return { text, keys: [...new Set(keysOf(v))], numeric, values };
}

/** lo–hi with the unit once ("68–81%"): the low end without its suffix. */
function rangeText(nf: (x: number) => { text: string; suffix: string }, lo: number, hi: number, mode: Mode, print: (x: number) => string): string {
  print(lo);
  return `${nf(lo).text}${mode === "tex" ? "\\text{–}" : "–"}${print(hi)}`;
}
