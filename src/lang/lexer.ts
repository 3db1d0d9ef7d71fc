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
      tokens.push({ kind: "num", text: m[0], pos: start });
      i += m[0].length;
    } else if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end < 0) throw new ExprSyntaxError(msg.exprUnterminatedKey(), i);
      const body = text.slice(i + 1, end);
      let segs: KeySegment[];
      try {
        segs = parseKeyPattern(body);
      } catch (e) {
        if (e instanceof KeyPatternError) throw new ExprSyntaxError(msg.exprNotAKey(body, e.message), i + 1 + e.pos, e.length);
        throw e;
      }
      tokens.push({ kind: "ref", text: body, pos: start, segs });
      i = end + 1;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new ExprSyntaxError(msg.exprUnterminatedString(), i);
      tokens.push({ kind: "str", text: text.slice(i + 1, end), pos: start });
      i = end + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))!;
      tokens.push({ kind: "ident", text: m[0], pos: start });
      i += m[0].length;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw new ExprSyntaxError(msg.exprUnexpectedChar(c), i);
      tokens.push({ kind: "op", text: op, pos: start });
      i += op.length;
    }
  }
  tokens.push({ kind: "eof", text: "", pos: text.length });
  return tokens;
}
