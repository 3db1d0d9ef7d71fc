/**
 * Evaluates a parsed expression of the results language against a scope of
 * named numbers (result keys for claims; published ids and keys for the
 * paper's own statements and relations).
 *
 * Every number is an interval (see ./interval.ts) and truth is three-valued,
 * so the same evaluator serves exact reproduced values and rounded published
 * ones. While evaluating, it records which numbers were read; when an `all`
 * instance (or a whole claim) comes out false, those numbers become the
 * counterexample, which is how a failing claim names the numbers that break it.
 */
import { span, type Binding, type Expr, type SetExpr } from "./ast.js";
import { FUNCTION_NAMES, FUNCTIONS } from "./functions.js";
import * as I from "./interval.js";
import { KeyPatternError, filledKey, matchKeys, type KeySegment, type Match, type PatternContext } from "./keyPattern.js";
import { PICK_FUNCTIONS } from "./pickFunctions.js";
import { NO_ORIGIN, type Item, type Origin, type Value } from "./value.js";
import { closest } from "../text/closest.js";
import * as lmsg from "../messages/lang.js";
import * as msg from "../messages/review.js";

export type { Value } from "./value.js";

export interface Scope {
  /** The number called `name`, or undefined when there is none. */
  lookup(name: string): I.Interval | undefined;
  /** Every name, for `*` patterns; a pattern's matches come out in this order. */
  names(): readonly string[];
  /** Named sets for quantifiers and `$set` segments: methods, scales, safetyBenchmarks, ... */
  sets: Readonly<Record<string, readonly string[]>>;
}

export interface Counterexample {
  /** Quantifier variables at the failing instance, e.g. { m: "RLVR", s: "1B" }. */
  bindings: Record<string, string>;
  /** The numbers read while evaluating the failing instance, in reading order. */
  numbers: { name: string; value: I.Interval }[];
  /** The comparison that came out false, with its computed sides: "0.0122 <= 0.0028". */
  reason?: string;
}

/** An error at `pos` (and `length` characters) of the expression's text, with an optional fix. */
export class ExprEvalError extends Error {
  constructor(
    message: string,
    readonly pos: number,
    readonly length = 1,
    readonly hint?: string,
  ) {
    super(message);
  }
}

type Env = Map<string, { name: string; value?: I.Interval }>;

/**
 * A comparison of a value with a number written in the expression (`d > 0.9`,
 * `abs(v) < 1.1%`): what the statement bounds, for the "understated bound" check.
 */
export interface BoundUse {
  op: string;
  bound: number;
  /** The bounded value, in each instance the comparison was evaluated. */
  value: I.Interval;
}

export interface Evaluation {
  truth: I.Truth;
  counterexamples: Counterexample[];
  bounds: BoundUse[];
}

/** How strictly to evaluate. */
export interface EvalOptions {
  /**
   * Refuse Infinity and NaN where they arise (a key's value, a literal such
   * as 1e400, x / 0): for values that are printed. Claims and relations
   * allow unbounded intervals (a division by an interval holding 0).
   */
  finite?: boolean;
}

/** Evaluates a boolean expression; a non-boolean result is an error. */
export function evaluateCondition(expr: Expr, scope: Scope): Evaluation {
  const ev = new Evaluator(scope);
  const value = ev.eval(expr, new Map());
  if (value.t !== "bool") throw new ExprEvalError(msg.exprNotStatement(), expr.pos);
  if (value.v === false && ev.failures.length === 0) ev.failures.push(ev.snapshot(new Map()));
  return { truth: value.v, counterexamples: ev.failures, bounds: ev.bounds };
}

/** Evaluates a numeric expression (a formula in published.yaml), with some variables already bound (a relation's instance). */
export function evaluateNumber(expr: Expr, scope: Scope, vars: Readonly<Record<string, string>> = {}): { value: I.Interval; reads: string[] } {
  const ev = new Evaluator(scope);
  const value = ev.eval(expr, envOf(vars));
  if (value.t !== "num") throw new ExprEvalError(msg.exprExpectedNumber(), expr.pos);
  return { value: value.v, reads: [...ev.reads.keys()] };
}

/** Evaluates any expression to its value (a number, a list, a name, a range) with its origin: what a placeholder prints. */
export function evaluateValue(expr: Expr, scope: Scope, vars: Readonly<Record<string, string>> = {}, options: EvalOptions = {}): Value {
  return new Evaluator(scope, options).eval(expr, envOf(vars));
}

const envOf = (vars: Readonly<Record<string, string>>): Env => new Map(Object.entries(vars).map(([k, name]) => [k, { name }]));

/** Every combination of the bindings' names (outer binding varying slowest), e.g. each (m, b) of a relation. */
export function instancesOf(bindings: Binding[], scope: Scope): Record<string, string>[] {
  const ev = new Evaluator(scope);
  return [...ev.instances(bindings, new Map())].map((env) => Object.fromEntries([...env].map(([k, b]) => [k, b.name])));
}

/** The keys a reference names under these bindings: one, or a pattern's matches (for showing a formula with its numbers). */
export function keysOfRef(e: Expr & { kind: "ref" }, scope: Scope, vars: Readonly<Record<string, string>>): string[] {
  const env = envOf(vars);
  try {
    const one = filledKey(e.segs, contextOf(env, scope));
    return one !== undefined ? [one] : matchKeys(e.segs, contextOf(env, scope), scope.names()).map((m) => m.key);
  } catch {
    return [];
  }
}

/** The key patterns' view of an evaluation's bindings and the scope's named sets. */
function contextOf(env: Env, scope: Scope): PatternContext {
  return {
    variable: (n) => env.get(n)?.name,
    set: (n) => (Object.hasOwn(scope.sets, n) ? scope.sets[n] : undefined),
    boundNames: () => [...env.keys()],
    setNames: () => Object.keys(scope.sets),
  };
}

/** Where a reference's key text starts: after the backtick in a claim, at the token in a placeholder (bare keys). */
const keyStart = (e: Expr & { kind: "ref" }): number => (e.end !== undefined && e.end - e.pos === e.template.length ? e.pos : e.pos + 1);

function keyError(e: unknown, ref: Expr & { kind: "ref" }): never {
  if (e instanceof KeyPatternError) throw new ExprEvalError(e.message, keyStart(ref) + e.pos, e.length, e.hint);
  throw e;
}

const MAX_COUNTEREXAMPLES = 20;

function showValue(v: Value): string {
  if (v.t === "str") return JSON.stringify(v.v);
  if (v.t !== "num") return v.t;
  const m = (v.v.lo + v.v.hi) / 2;
  return String(Number(m.toPrecision(4)));
}

/** The number an expression writes out (`0.9`, `-15`, `1.1%`), if it is one. */
function literalOf(e: Expr): number | undefined {
  if (e.kind === "num") return e.value;
  if (e.kind === "neg" && e.arg.kind === "num") return -e.arg.value;
  return undefined;
}

const FLIP: Record<string, string> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };

/** The origin of a number computed from others: all their keys, no names. */
const combined = (items: readonly Item[]): Origin => ({ keys: items.flatMap((i) => i.from.keys), names: [] });

class Evaluator {
  readonly reads = new Map<string, I.Interval>();
  readonly bounds: BoundUse[] = [];
  readonly failures: Counterexample[] = [];
  /** The last comparison that was definitely false, for the counterexample's reason. */
  private lastFalse: string | undefined;
  constructor(
    private readonly scope: Scope,
    private readonly options: EvalOptions = {},
  ) {}

  snapshot(env: Env): Counterexample {
    const bindings: Record<string, string> = {};
    for (const [k, b] of env) bindings[k] = b.name;
    const out: Counterexample = { bindings, numbers: [...this.reads].map(([name, value]) => ({ name, value })) };
    if (this.lastFalse !== undefined) out.reason = this.lastFalse;
    return out;
  }

  private read(name: string, pos: number, length = 1): I.Interval {
    const v = this.scope.lookup(name);
    if (v === undefined) throw new ExprEvalError(lmsg.noSuchNumber(name, closest(name, this.scope.names())), pos, length, lmsg.unknownKeyHint());
    if (this.options.finite && !(Number.isFinite(v.lo) && Number.isFinite(v.hi))) throw new ExprEvalError(lmsg.notFinite(name, I.mid(v)), pos, length, lmsg.notFiniteHint());
    this.reads.set(name, v);
    return v;
  }

  /** In finite mode, a computed number must be finite: refused at the expression that made it. */
  private finite(v: I.Interval, e: Expr): I.Interval {
    if (this.options.finite && !(Number.isFinite(v.lo) && Number.isFinite(v.hi))) {
      const at = span(e);
      throw new ExprEvalError(lmsg.notFiniteExpr(I.mid(v)), at.pos, at.len, lmsg.notFiniteExprHint());
    }
    return v;
  }

  private members(set: SetExpr, env: Env): { name: string; value?: I.Interval }[] {
    let items: { name: string; value?: I.Interval }[];
    if (set.kind === "named") {
      // Own names only: `toString` is no set (the sets are a plain object from the results file).
      const s = Object.hasOwn(this.scope.sets, set.name) ? this.scope.sets[set.name] : undefined;
      if (!s) throw new ExprEvalError(msg.exprUnknownSet(set.name, Object.keys(this.scope.sets)), set.pos);
      items = s.map((name) => ({ name }));
    } else if (set.kind === "list") {
      items = set.items.map((name) => ({ name }));
    } else {
      const names = this.match(set.segs, set.template, env, set.pos, set.pos + 1, set.template.length).map((m) => m.key);
      items = names.map((name) => ({ name, value: this.scope.lookup(name)! }));
    }
    return items.filter((x) => !set.except.includes(x.name));
  }

  /** Every combination of the bindings' members, outer binding varying slowest. */
  *instances(bindings: Binding[], env: Env, i = 0): Generator<Env> {
    if (i === bindings.length) {
      yield env;
      return;
    }
    const b = bindings[i]!;
    for (const m of this.members(b.set, env)) {
      const next: Env = new Map(env);
      next.set(b.name, m);
      yield* this.instances(bindings, next, i + 1);
    }
  }

  private truthOf(e: Expr, env: Env): I.Truth {
    const v = this.eval(e, env);
    if (v.t !== "bool") throw new ExprEvalError(msg.exprExpectedStatementHere(), e.pos);
    return v.v;
  }
  private itemOf(e: Expr, env: Env): Item {
    const v = this.eval(e, env);
    if (v.t !== "num") throw new ExprEvalError(msg.exprExpectedNumberGot(v.t === "bool" ? "statement" : v.t === "str" ? "name" : v.t), e.pos);
    return { v: v.v, from: v.from };
  }
  /** The numbers of the arguments, lists flattened (for min, mean, count, ...). */
  private itemsOf(args: Expr[], env: Env): Item[] {
    const out: Item[] = [];
    for (const a of args) {
      const v = this.eval(a, env);
      if (v.t === "num") out.push({ v: v.v, from: v.from });
      else if (v.t === "list") out.push(...v.items);
      else throw new ExprEvalError(msg.exprExpectedNumbers(), a.pos);
    }
    return out;
  }
  /** The keys a pattern matches (one dotted segment per `*`, `{A,B}`, `$set`), in the scope's order; none is an error. */
  private match(segs: KeySegment[], template: string, env: Env, pos: number, start: number, length: number): Match[] {
    let found: Match[] = [];
    try {
      found = matchKeys(segs, contextOf(env, this.scope), this.scope.names());
    } catch (e) {
      if (e instanceof KeyPatternError) throw new ExprEvalError(e.message, start + e.pos, e.length, e.hint);
      throw e;
    }
    if (found.length === 0) throw new ExprEvalError(lmsg.patternMatchesNothing(template), pos, length, lmsg.closestKeyHint(closest(template, this.scope.names())));
    return found;
  }
  private isPattern(e: Expr & { kind: "ref" }): boolean {
    return !e.segs.every((s) => s.kind === "literal" || s.kind === "variable");
  }

  /** Applies a number function to a number or, elementwise, to each number of a list. */
  private each(v: Value, e: Expr, f: (x: Item) => Item): Value {
    if (v.t === "num") {
      const r = f({ v: v.v, from: v.from });
      return { t: "num", v: this.finite(r.v, e), from: r.from };
    }
    if (v.t === "list") return { t: "list", items: v.items.map((i) => f(i)).map((r) => ({ v: this.finite(r.v, e), from: r.from })) };
    throw new ExprEvalError(msg.exprExpectedNumberGot(v.t === "bool" ? "statement" : v.t === "str" ? "name" : v.t), e.pos);
  }

  eval(e: Expr, env: Env): Value {
    switch (e.kind) {
      case "num":
        return { t: "num", v: this.finite(I.point(e.value), e), from: NO_ORIGIN };
      case "str":
        return { t: "str", v: e.value, keys: [] };
      case "ref": {
        if (this.isPattern(e)) {
          const items = this.match(e.segs, e.template, env, e.pos, keyStart(e), e.template.length).map((m) => ({ v: this.read(m.key, e.pos, e.template.length), from: { keys: [m.key], names: m.names } }));
          return { t: "list", items };
        }
        // `{m}` alone is the name m is bound to.
        const only = e.segs.length === 1 ? e.segs[0]! : undefined;
        if (only?.kind === "variable") {
          const b = env.get(only.name);
          if (b !== undefined) return { t: "str", v: b.name, keys: [] };
        }
        let key: string | undefined;
        try {
          key = filledKey(e.segs, contextOf(env, this.scope));
        } catch (error) {
          keyError(error, e);
        }
        return { t: "num", v: this.read(key!, e.pos, e.template.length), from: { keys: [key!], names: [] } };
      }
      case "var": {
        const b = env.get(e.name);
        if (!b) throw new ExprEvalError(msg.exprUnboundVariable(e.name), e.pos);
        if (b.value === undefined) return { t: "str", v: b.name, keys: [] };
        this.reads.set(b.name, b.value);
        return { t: "num", v: b.value, from: { keys: [b.name], names: [] } };
      }
      case "neg":
        return this.each(this.eval(e.arg, env), e.arg, (x) => ({ v: I.neg(x.v), from: x.from }));
      case "not": {
        const v = this.truthOf(e.arg, env);
        return { t: "bool", v: v === "unknown" ? v : !v };
      }
      case "arith":
        return this.arith(e, env);
      case "logic": {
        const a = this.truthOf(e.left, env);
        const b = this.truthOf(e.right, env);
        if (e.op === "and") return { t: "bool", v: a === false || b === false ? false : a === true && b === true ? true : "unknown" };
        return { t: "bool", v: a === true || b === true ? true : a === false && b === false ? false : "unknown" };
      }
      case "compare": {
        let result: I.Truth = true;
        const vals = e.args.map((a) => this.eval(a, env));
        for (let i = 0; i < e.ops.length; i++) {
          const op = e.ops[i]!;
          const a = vals[i]!;
          const b = vals[i + 1]!;
          let r: I.Truth;
          if (a.t === "str" || b.t === "str") {
            if (a.t !== b.t || (op !== "==" && op !== "!=")) throw new ExprEvalError(msg.exprNamesCompare(), e.pos);
            const same = (a as { v: string }).v === (b as { v: string }).v;
            r = op === "==" ? same : !same;
          } else if (a.t === "num" && b.t === "num") {
            r = I.compare(op, a.v, b.v);
            const left = literalOf(e.args[i]!);
            const right = literalOf(e.args[i + 1]!);
            if (right !== undefined && left === undefined) this.bounds.push({ op, bound: right, value: a.v });
            else if (left !== undefined && right === undefined) this.bounds.push({ op: FLIP[op]!, bound: left, value: b.v });
          } else {
            throw new ExprEvalError(msg.exprOnlyNumbersAndNames(), e.args[a.t === "num" ? i + 1 : i]!.pos);
          }
          if (r === false) {
            if (result !== false) this.lastFalse = `${showValue(a)} ${op} ${showValue(b)}`;
            result = false;
          } else if (r === "unknown" && result === true) result = "unknown";
        }
        return { t: "bool", v: result };
      }
      case "quant":
        return this.quantifier(e, env);
      case "call":
        return this.call(e, env);
      case "agg": {
        const xs: Item[] = [];
        for (const inst of this.instances(e.bindings, env)) xs.push(this.itemOf(e.body, inst));
        return this.apply(e, xs);
      }
    }
  }

  /** + - * / on numbers, or elementwise on lists (a number with a list, or two lists of one length). */
  private arith(e: Expr & { kind: "arith" }, env: Env): Value {
    const a = this.eval(e.left, env);
    const b = this.eval(e.right, env);
    const f = { "+": I.add, "-": I.sub, "*": I.mul, "/": I.div }[e.op];
    const one = (x: Item, y: Item): Item => ({ v: this.finite(f(x.v, y.v), e), from: { keys: [...x.from.keys, ...y.from.keys], names: x.from.names.length ? x.from.names : y.from.names } });
    if (a.t === "num" && b.t === "num") {
      const r = one(a, b);
      return { t: "num", v: r.v, from: r.from };
    }
    if (a.t === "list" && b.t === "num") return { t: "list", items: a.items.map((x) => one(x, b)) };
    if (a.t === "num" && b.t === "list") return { t: "list", items: b.items.map((y) => one(a, y)) };
    if (a.t === "list" && b.t === "list" && a.items.length === b.items.length) return { t: "list", items: a.items.map((x, k) => one(x, b.items[k]!)) };
    if (a.t === "list" && b.t === "list") throw new ExprEvalError(lmsg.listLengths(e.op, a.items.length, b.items.length), span(e).pos, span(e).len);
    const bad = a.t === "num" ? b : a;
    const at = bad === a ? e.left : e.right;
    throw new ExprEvalError(msg.exprExpectedNumberGot(bad.t === "bool" ? "statement" : bad.t === "str" ? "name" : bad.t), at.pos);
  }

  private quantifier(e: Expr & { kind: "quant" }, env: Env): Value {
    let sawUnknown = false;
    let any = false;
    const before = this.failures.length;
    const outerReads = new Map(this.reads);
    for (const inst of this.instances(e.bindings, env)) {
      this.reads.clear();
      const failuresBefore = this.failures.length;
      const v = this.truthOf(e.body, inst);
      if (v === "unknown") sawUnknown = true;
      if (v === true) any = true;
      // Record the innermost failing instance only: nested quantifiers record their own.
      if (e.q === "all" && v === false && this.failures.length === failuresBefore && this.failures.length < MAX_COUNTEREXAMPLES) {
        this.failures.push(this.snapshot(inst));
      }
      // `none` is broken by an instance that holds: that instance is the counterexample.
      if (e.q === "none" && v === true && this.failures.length < MAX_COUNTEREXAMPLES) {
        // The instance holds, so no comparison in it was false: the numbers it read are the reason.
        const { reason: _falseElsewhere, ...c } = this.snapshot(inst);
        this.failures.push(c);
      }
      for (const [k, val] of this.reads) outerReads.set(k, val);
    }
    this.reads.clear();
    for (const [k, val] of outerReads) this.reads.set(k, val);
    if (e.q === "all") {
      const failed = this.failures.length > before || false;
      return { t: "bool", v: failed ? false : sawUnknown ? "unknown" : true };
    }
    if (e.q === "none") {
      if (any) return { t: "bool", v: false };
      this.failures.length = before;
      return { t: "bool", v: sawUnknown ? "unknown" : true };
    }
    // `any` holds if some instance holds; its own failure is reported by the caller with all reads.
    if (any) this.failures.length = before;
    return { t: "bool", v: any ? true : sawUnknown ? "unknown" : false };
  }

  private call(e: Expr & { kind: "call" }, env: Env): Value {
    const at = span(e);
    const pick = Object.hasOwn(PICK_FUNCTIONS, e.name) ? PICK_FUNCTIONS[e.name]! : undefined;
    if (pick) {
      const [lo, hi] = pick.arity;
      if (e.args.length < lo || e.args.length > hi) throw new ExprEvalError(lmsg.badArity(e.name, lo === hi ? String(lo) : `${lo}-${hi}`, e.args.length), at.pos, at.len, pick.signature);
      const fail = (message: string, hint?: string): never => {
        throw new ExprEvalError(message, at.pos, at.len, hint);
      };
      return pick.call(
        e.args.map((a) => this.eval(a, env)),
        e.name,
        fail,
      );
    }
    const f = Object.hasOwn(FUNCTIONS, e.name) ? FUNCTIONS[e.name]! : undefined;
    if (!f) throw new ExprEvalError(lmsg.unknownFunction(e.name, closest(e.name, FUNCTION_NAMES), FUNCTION_NAMES), e.pos, e.name.length, lmsg.functionHint());
    // A function of one number applies to each number of a list: abs(summary.*.*.tax).
    if (f.arity === 1 && e.args.length === 1) {
      const v = this.eval(e.args[0]!, env);
      if (v.t === "list" || v.t === "num") return this.each(v, e, (x) => ({ v: f.apply([x.v]), from: x.from }));
    }
    return this.apply(e, this.itemsOf(e.args, env));
  }

  private apply(e: Expr & { name: string }, xs: Item[]): Value {
    const name = e.name;
    const pos = e.pos;
    const f = FUNCTIONS[name];
    if (!f) throw new ExprEvalError(lmsg.unknownFunction(name, closest(name, FUNCTION_NAMES), FUNCTION_NAMES), pos, name.length, lmsg.functionHint());
    if (f.arity === 1 && xs.length !== 1) throw new ExprEvalError(msg.exprOneArgument(name, xs.length), pos);
    if (f.arity === 2 && xs.length !== 2) throw new ExprEvalError(msg.exprTwoArguments(name, xs.length), pos);
    if (name !== "count" && xs.length === 0) throw new ExprEvalError(msg.exprNoNumbers(name), pos);
    const v = f.apply(xs.map((x) => x.v));
    // min and max are one of their arguments: the first one of that value, with its keys and names.
    const picked = f.picks ? xs.find((x) => I.mid(x.v) === I.mid(v)) : undefined;
    const from = picked ? picked.from : f.readsNoValue ? NO_ORIGIN : combined(xs);
    return { t: "num", v, from };
  }
}
