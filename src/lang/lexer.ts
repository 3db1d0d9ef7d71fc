/**
 * Tokens of the results language. Key references are written in
 * backticks (`summary.7B.SFT+DPO.delta`) because result keys contain `+`, `-`
 * and digits that would otherwise read as arithmetic.
 */
import { KeyPatternError, parseKeyPattern, type KeySegment } from "./keyPattern.js";
import * as msg from "../messages/review.js";

export type TokenKind = "num" | "str" | "ref" | "ident" | "op" | "eof";

export interface Token {
  kind: TokenKind;
  text: string;
  /** 0-based offset into the expression. */
  pos: number;
  /** Offset just past the token (after a closing backtick or quote). */
  end: number;
  /** A key reference's parsed pattern. */
  segs?: KeySegment[];
}

export class ExprSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
    readonly length = 1,
  ) {
    super(message);
  }
}

const OPERATORS = ["<=", ">=", "==", "!=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", ",", ":"];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9.]/.test(c)) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?/.exec(text.slice(i));
      if (!m) throw new ExprSyntaxError(msg.exprMalformedNumber(), i);
      tokens.push({ kind: "num", text: m[0], pos: start, end: start + m[0].length });
      i += m[0].length;
    } else if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end < 0) throw new ExprSyntaxError(msg.exprUnterminatedKey(), i);
      // The token spans the backticks; the key and its errors start inside them.
      tokens.push({ ...keyToken(text.slice(i + 1, end), i + 1), pos: start, end: end + 1 });
      i = end + 1;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new ExprSyntaxError(msg.exprUnterminatedString(), i);
      tokens.push({ kind: "str", text: text.slice(i + 1, end), pos: start, end: end + 1 });
      i = end + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))!;
      tokens.push({ kind: "ident", text: m[0], pos: start, end: start + m[0].length });
      i += m[0].length;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw new ExprSyntaxError(msg.exprUnexpectedChar(c), i);
      tokens.push({ kind: "op", text: op, pos: start, end: start + op.length });
      i += op.length;
    }
  }
  tokens.push({ kind: "eof", text: "", pos: text.length, end: text.length });
  return tokens;
}

function keyToken(word: string, pos: number): Token {
  try {
    return { kind: "ref", text: word, pos, end: pos + word.length, segs: parseKeyPattern(word) };
  } catch (e) {
    if (e instanceof KeyPatternError) throw new ExprSyntaxError(msg.exprNotAKey(word, e.message), pos + e.pos, e.length);
    throw e;
  }
}

/**
 * Tokens of a placeholder (`{{ summary.{scale}.CAI.tax - 1 | f4 }}`), where
 * keys are written bare: a key is a run of characters other than blanks and
 * ( ) , | " (braces may hold commas: {A,B}), so `SFT+DPO` and `Reasoning-PT`
 * stay one token and binary operators need spaces around them. A word
 * followed by `(` is a function, `|` starts a format; `{scale}` alone is a
 * key pattern of one variable, the name it is bound to.
 */
export function tokenizeBare(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "(" || c === ")" || c === "," || c === "|") {
      tokens.push({ kind: "op", text: c, pos: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new ExprSyntaxError(msg.exprUnterminatedString(), i, text.length - i);
      tokens.push({ kind: "str", text: text.slice(i + 1, end), pos: i, end: end + 1 });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/[\s(),|"]/.test(text[j]!)) {
      if (text[j] === "{") {
        const close = text.indexOf("}", j);
        j = close < 0 ? text.length : close + 1;
      } else j++;
    }
    let start = i;
    let word = text.slice(i, j);
    // A leading minus glued to its operand is unary: "-0.5", "-summary.x".
    if (word.length > 1 && word[0] === "-") {
      tokens.push({ kind: "op", text: "-", pos: i, end: i + 1 });
      word = word.slice(1);
      start++;
    }
    const next = /^\s*\(/.test(text.slice(j));
    if (/^[+\-*/]$/.test(word)) tokens.push({ kind: "op", text: word, pos: start, end: j });
    else if (/^\d+(\.\d+)?([eE]-?\d+)?$/.test(word)) tokens.push({ kind: "num", text: word, pos: start, end: j });
    else if (next && /^[A-Za-z_]\w*$/.test(word)) tokens.push({ kind: "ident", text: word, pos: start, end: j });
    else if (tokens.at(-1)?.text === "|" && /^[A-Za-z_]\w*$/.test(word)) tokens.push({ kind: "ident", text: word, pos: start, end: j });
    else tokens.push(keyToken(word, start));
    i = j;
  }
  tokens.push({ kind: "eof", text: "", pos: text.length, end: text.length });
  return tokens;
}
