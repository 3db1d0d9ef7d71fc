/**
 * Parser for what stands between `{{` and `}}`:
 *
 *   expr ('|' format)*
 *   expr   := term (('+' | '-') term)*        binary operators need spaces,
 *   term   := factor (('*' | '/') factor)*    because keys contain + and -
 *   factor := number | "string" | $var | key | name '(' args ')' | '(' expr ')' | '-' factor
 *
 * Keys are runs of non-blank characters other than ( ) , | " so that
 * `summary.7B.SFT+DPO.tax` and `cell.*.Reasoning-PT.AP.BBQ.mean` are single
 * tokens; that is why `a - b` must be written with spaces.
 */
import { TemplateError, type Expr, type FormatStep, type Placeholder } from "./ast.js";
import * as msg from "../../messages/render.js";

interface Tok {
  t: "word" | "num" | "str" | "op" | "(" | ")" | "," | "|";
  v: string;
  pos: number;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "(" || c === ")" || c === "," || c === "|") {
      out.push({ t: c, v: c, pos: i });
      i++;
      continue;
    }
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new TemplateError(msg.syntax("unterminated string"), i, text.length - i, msg.syntaxHint());
      out.push({ t: "str", v: text.slice(i + 1, end), pos: i });
      i = end + 1;
      continue;
    }
    let j = i;
    // {A,B} alternatives inside a key may contain commas: skip to the closing brace.
    while (j < text.length && !/[\s(),|"]/.test(text[j]!)) {
      if (text[j] === "{") {
        const close = text.indexOf("}", j);
        j = close < 0 ? text.length : close + 1;
      } else j++;
    }
    let word = text.slice(i, j);
    // A leading minus glued to its operand is unary: "-0.5", "-summary.x".
    if (word.length > 1 && word[0] === "-") {
      out.push({ t: "op", v: "-", pos: i });
      word = word.slice(1);
      i++;
    }
    if (/^[+\-*/]$/.test(word)) out.push({ t: "op", v: word, pos: i });
    else if (/^\d+(\.\d+)?([eE]-?\d+)?$/.test(word)) out.push({ t: "num", v: word, pos: i });
    else out.push({ t: "word", v: word, pos: i });
    i = j;
  }
  return out;
}

export function parsePlaceholder(text: string): Placeholder {
  const toks = tokenize(text);
  let k = 0;
  const peek = (): Tok | undefined => toks[k];
  const fail = (what: string, tok: Tok | undefined): never => {
    const pos = tok ? tok.pos : text.length;
    throw new TemplateError(msg.syntax(what), pos, tok ? Math.max(1, tok.v.length) : 1, msg.syntaxHint());
  };
  const span = (a: Expr, b: Expr): { pos: number; len: number } => ({ pos: a.pos, len: b.pos + b.len - a.pos });

  function expr(): Expr {
    let left = term();
    for (let t = peek(); t && t.t === "op" && (t.v === "+" || t.v === "-"); t = peek()) {
      k++;
      const right = term();
      left = { kind: "bin", op: t.v as "+" | "-", left, right, ...span(left, right) };
    }
    return left;
  }
  function term(): Expr {
    let left = factor();
    for (let t = peek(); t && t.t === "op" && (t.v === "*" || t.v === "/"); t = peek()) {
      k++;
      const right = factor();
      left = { kind: "bin", op: t.v as "*" | "/", left, right, ...span(left, right) };
    }
    return left;
  }
  function factor(): Expr {
    const t = peek();
    if (!t) return fail("expected a value", t);
    k++;
    if (t.t === "op" && t.v === "-") {
      const arg = factor();
      return { kind: "neg", arg, pos: t.pos, len: arg.pos + arg.len - t.pos };
    }
    if (t.t === "num") return { kind: "num", value: Number(t.v), pos: t.pos, len: t.v.length };
    if (t.t === "str") return { kind: "str", value: t.v, pos: t.pos, len: t.v.length + 2 };
    if (t.t === "(") {
      const e = expr();
      if (peek()?.t !== ")") fail("expected )", peek());
      k++;
      return e;
    }
    if (t.t !== "word") return fail(`unexpected ${JSON.stringify(t.v)}`, t);
    if (peek()?.t === "(") {
      k++;
      const args: Expr[] = [];
      if (peek()?.t !== ")") {
        for (;;) {
          args.push(expr());
          const n = peek();
          if (n?.t === ",") {
            k++;
            continue;
          }
          if (n?.t === ")") break;
          fail("expected , or ) in the argument list", n);
        }
      }
      const close = toks[k++]!;
      return { kind: "call", name: t.v, args, pos: t.pos, len: close.pos + 1 - t.pos };
    }
    if (/^\$[A-Za-z_]\w*$/.test(t.v)) return { kind: "var", name: t.v.slice(1), pos: t.pos, len: t.v.length };
    return { kind: "key", text: t.v, pos: t.pos, len: t.v.length };
  }

  const e = expr();
  const formats: FormatStep[] = [];
  while (peek()?.t === "|") {
    k++;
    const f = peek();
    if (!f || f.t !== "word") fail("expected a format name after |", f);
    k++;
    formats.push({ name: f!.v, pos: f!.pos, len: f!.v.length });
  }
  if (k < toks.length) fail(`unexpected ${JSON.stringify(toks[k]!.v)}`, toks[k]);
  return { expr: e, formats, text };
}
