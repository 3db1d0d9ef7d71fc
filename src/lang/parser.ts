/**
 * Recursive-descent parser for the results language.
 *
 *   expr    := quant | or
 *   quant   := ("all" | "any" | "none") binding ("," binding)* ":" expr
 *   binding := IDENT "in" set
 *   set     := (IDENT | "[" STR ("," STR)* "]" | REF) ("except" "[" STR ("," STR)* "]")?
 *   or      := and ("or" and)*          and := not ("and" not)*
 *   not     := "not" not | compare      compare := sum (CMP sum)*
 *   sum     := prod (("+" | "-") prod)* prod := unary (("*" | "/") unary)*
 *   unary   := "-" unary | primary
 *   primary := NUM | STR | REF | IDENT | FUNC "(" args ")" | AGG "(" binding ("," binding)* ":" expr ")" | "(" expr ")"
 *
 * Numbers may end in `%` (`1.1%` is 0.011), so claims read like the paper.
 */
import type { Binding, CompareOp, Expr, SetExpr } from "./ast.js";
import { FUNCTION_NAMES, FUNCTIONS, isFunction } from "./functions.js";
import { ExprSyntaxError, tokenize, tokenizeBare, type Token } from "./lexer.js";
import { closest } from "../text/closest.js";
import * as lmsg from "../messages/lang.js";
import * as msg from "../messages/review.js";

const QUANTIFIERS = new Set(["all", "any", "none"]);
const KEYWORDS = new Set(["all", "any", "none", "in", "except", "and", "or", "not"]);
const COMPARE = new Set(["<", "<=", ">", ">=", "==", "!="]);

export function parseExpr(text: string): Expr {
  const p = new Parser(tokenize(text));
  const e = p.expr();
  p.expectEnd();
  return e;
}

/** A `| name` step after a placeholder's expression. */
export interface FormatStep {
  name: string;
  pos: number;
  len: number;
}

/**
 * What stands between a template's `{{` and `}}`: arithmetic over bare keys,
 * numbers, "strings", `$variables` and function calls, then `| format`
 * steps. The functions are the template's helpers, checked (with "did you
 * mean") when evaluated, not here.
 */
export function parseBareExpr(text: string): { expr: Expr; formats: FormatStep[] } {
  const p = new Parser(tokenizeBare(text), true);
  const expr = p.sumExpr();
  const formats: FormatStep[] = [];
  while (p.takeOp("|")) formats.push(p.formatName());
  p.expectEnd();
  return { expr, formats };
}

/** `m in methods, b in safetyBenchmarks`: the bindings of a relation's `for`. */
export function parseBindings(text: string): Binding[] {
  const p = new Parser(tokenize(text));
  const b = p.bindings();
  p.expectEnd();
  return b;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    /** A placeholder: bare keys, `$var`, any function name (templates' helpers), arithmetic only. */
    private readonly bare = false,
  ) {}

  sumExpr(): Expr {
    return this.sum();
  }
  takeOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.next();
    return true;
  }
  formatName(): FormatStep {
    const t = this.peek();
    if (t.kind !== "ident") throw this.unexpected(msg.exprExpectedFormat());
    this.next();
    return { name: t.text, pos: t.pos, len: t.text.length };
  }

  private peek(offset = 0): Token {
    // Stryker disable next-line ArithmeticOperator: only peek(1) at eof reads past it, and that token is then not looked at
    const last = this.tokens.length - 1;
    return this.tokens[Math.min(this.i + offset, last)]!;
  }
  private next(): Token {
    const t = this.tokens[this.i++]!;
    this.lastEnd = t.end;
    return t;
  }
  /** Offset just past the last token read: where the node being finished ends. */
  private lastEnd = 0;
  private fin<T extends Expr>(e: T): T {
    e.end = this.lastEnd;
    return e;
  }
  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.text === text;
  }
  private isWord(text: string): boolean {
    const t = this.peek();
    return t.kind === "ident" && t.text === text;
  }
  private expectOp(text: string, what: string): Token {
    if (!this.isOp(text)) throw this.unexpected(msg.exprExpectedOp(text, what));
    return this.next();
  }
  private unexpected(message: string): ExprSyntaxError {
    const t = this.peek();
    const found = t.kind === "eof" ? "end of expression" : `'${t.kind === "ref" ? `\`${t.text}\`` : t.text}'`;
    return new ExprSyntaxError(msg.exprExpectedFound(message, found), t.pos, Math.max(1, t.text.length));
  }
  expectEnd(): void {
    if (this.peek().kind !== "eof") throw this.unexpected(msg.exprExpectedEnd());
  }

  private isQuantifier(): boolean {
    const t = this.peek();
    return t.kind === "ident" && QUANTIFIERS.has(t.text);
  }

  expr(): Expr {
    if (this.isQuantifier()) {
      const t = this.next();
      const bindings = this.bindings();
      this.expectOp(":", "after the quantifier's bindings");
      return this.fin({ kind: "quant", q: t.text as "all" | "any" | "none", bindings, body: this.expr(), pos: t.pos });
    }
    return this.or();
  }

  bindings(): Binding[] {
    const out = [this.binding()];
    while (this.isOp(",")) {
      this.next();
      out.push(this.binding());
    }
    return out;
  }

  private binding(): Binding {
    const name = this.peek();
    if (name.kind !== "ident" || KEYWORDS.has(name.text)) throw this.unexpected(msg.exprExpectedVariable());
    this.next();
    if (!this.isWord("in")) throw this.unexpected(msg.exprExpectedIn(name.text));
    this.next();
    return { name: name.text, set: this.set(), pos: name.pos };
  }

  private set(): SetExpr {
    const t = this.peek();
    let set: SetExpr;
    if (t.kind === "ident" && !KEYWORDS.has(t.text)) {
      this.next();
      set = { kind: "named", name: t.text, pos: t.pos, except: [] };
    } else if (t.kind === "ref") {
      this.next();
      set = { kind: "pattern", template: t.text, segs: t.segs!, pos: t.pos, except: [] };
    } else if (this.isOp("[")) {
      set = { kind: "list", items: this.stringList(), pos: t.pos, except: [] };
    } else {
      throw this.unexpected(msg.exprExpectedSet());
    }
    if (this.isWord("except")) {
      this.next();
      set.except = this.stringList();
    }
    return set;
  }

  private stringList(): string[] {
    this.expectOp("[", "to open a list");
    const items: string[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind !== "str") throw this.unexpected(msg.exprExpectedListItem());
      items.push(this.next().text);
      if (this.isOp("]")) break;
      this.expectOp(",", "between list items");
    }
    this.next();
    return items;
  }

  private or(): Expr {
    let left = this.and();
    while (this.isWord("or")) {
      const t = this.next();
      left = this.fin({ kind: "logic", op: "or", left, right: this.and(), pos: t.pos });
    }
    return left;
  }
  private and(): Expr {
    let left = this.not();
    while (this.isWord("and")) {
      const t = this.next();
      left = this.fin({ kind: "logic", op: "and", left, right: this.not(), pos: t.pos });
    }
    return left;
  }
  private not(): Expr {
    if (this.isWord("not")) {
      const t = this.next();
      return this.fin({ kind: "not", arg: this.not(), pos: t.pos });
    }
    // A quantifier may appear as an operand of and/or (`x > 0 and all b in ...: ...`).
    if (this.isQuantifier()) return this.expr();
    return this.compare();
  }
  private compare(): Expr {
    const first = this.sum();
    const ops: CompareOp[] = [];
    const args = [first];
    while (this.peek().kind === "op" && COMPARE.has(this.peek().text)) {
      ops.push(this.next().text as CompareOp);
      args.push(this.sum());
    }
    return ops.length === 0 ? first : this.fin({ kind: "compare", ops, args, pos: first.pos });
  }
  private sum(): Expr {
    let left = this.prod();
    while (this.isOp("+") || this.isOp("-")) {
      const t = this.next();
      left = this.fin({ kind: "arith", op: t.text as "+" | "-", left, right: this.prod(), pos: t.pos });
    }
    return left;
  }
  private prod(): Expr {
    let left = this.unary();
    while (this.isOp("*") || this.isOp("/")) {
      const t = this.next();
      left = this.fin({ kind: "arith", op: t.text as "*" | "/", left, right: this.unary(), pos: t.pos });
    }
    return left;
  }
  private unary(): Expr {
    if (this.isOp("-")) {
      const t = this.next();
      return this.fin({ kind: "neg", arg: this.unary(), pos: t.pos });
    }
    return this.primary();
  }
  /** `name(` has been read up to the name; reads the arguments and the closing parenthesis. */
  private call(t: Token): Expr {
    if (this.bare) this.next();
    const args: Expr[] = [];
    const arg = (): Expr => (this.bare ? this.sum() : this.expr());
    if (!this.isOp(")")) {
      args.push(arg());
      while (this.isOp(",")) {
        this.next();
        args.push(arg());
      }
    }
    this.expectOp(")", `to close ${t.text}(`);
    return this.fin({ kind: "call", name: t.text, args, pos: t.pos });
  }

  private primary(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case "num": {
        this.next();
        if (!t.text.endsWith("%")) return this.fin({ kind: "num", value: Number(t.text), pos: t.pos });
        // `1.1%` is read as 1.1e-2 (not 1.1 / 100, which is 0.011000000000000001), `5e1%` as 5e-1.
        // Stryker disable next-line StringLiteral: Number("") is 0 as well
        const [mantissa, exponent = "0"] = t.text.slice(0, -1).split(/[eE]/);
        return this.fin({ kind: "num", value: Number(`${mantissa}e${Number(exponent) - 2}`), pos: t.pos });
      }
      case "str":
        this.next();
        return this.fin({ kind: "str", value: t.text, pos: t.pos });
      case "ref":
        this.next();
        return this.fin({ kind: "ref", template: t.text, segs: t.segs!, pos: t.pos });
      case "ident": {
        if (KEYWORDS.has(t.text)) throw this.unexpected(msg.exprExpectedValue());
        this.next();
        if (!this.isOp("(")) return this.fin({ kind: "var", name: t.text, pos: t.pos });
        if (this.bare) return this.call(t);
        if (!isFunction(t.text)) {
          throw new ExprSyntaxError(lmsg.unknownFunction(t.text, closest(t.text, FUNCTION_NAMES), FUNCTION_NAMES), t.pos, t.text.length);
        }
        this.next();
        // `max(b in set: expr)` is an aggregate; `max(x, y)` a plain call.
        const a = this.peek();
        const b = this.peek(1);
        if (a.kind === "ident" && b.kind === "ident" && b.text === "in") {
          if (!FUNCTIONS[t.text]?.aggregate) throw new ExprSyntaxError(msg.exprNotAggregate(t.text), t.pos, t.text.length);
          const bindings = this.bindings();
          this.expectOp(":", "after the comprehension's bindings");
          const body = this.expr();
          this.expectOp(")", `to close ${t.text}(`);
          return this.fin({ kind: "agg", name: t.text, bindings, body, pos: t.pos });
        }
        return this.call(t);
      }
      case "op":
        if (t.text === "(") {
          this.next();
          const e = this.bare ? this.sum() : this.expr();
          this.expectOp(")", "to close '('");
          return e;
        }
        throw this.unexpected(msg.exprExpectedValue());
      default:
        throw this.unexpected(msg.exprExpectedValue());
    }
  }
}
