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
import type { Binding, Expr, SetExpr } from "./ast.js";
import { FUNCTION_NAMES, FUNCTIONS } from "./functions.js";
import * as I from "./interval.js";
import { KeyPatternError, filledKey, matchKeys, type KeySegment, type PatternContext } from "./keyPattern.js";
import * as msg from "../messages/review.js";

export interface Scope {
  /** The number called `name`, or undefined when there is none. */
  lookup(name: string): I.Interval | undefined;
  /** Every name, for `*` patterns. */
  names(): readonly string[];
  /** Named sets for quantifiers: methods, scales, safetyBenchmarks, ... */
  sets: Readonly<Record<string, readonly string[]>>;
}

export type Value =
  | { t: "num"; v: I.Interval }
  | { t: "str"; v: string }
  | { t: "bool"; v: I.Truth }
  | { t: "list"; v: I.Interval[] };

export interface Counterexample {
  /** Quantifier variables at the failing instance, e.g. { m: "RLVR", s: "1B" }. */
  bindings: Record<string, string>;
  /** The numbers read while evaluating the failing instance, in reading order. */
  numbers: { name: string; value: I.Interval }[];
  /** The comparison that came out false, with its computed sides: "0.0122 <= 0.0028". */
  reason?: string;
}

export class ExprEvalError extends Error {
  constructor(
    message: string,
    readonly pos: number,
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
  const value = ev.eval(expr, new Map(Object.entries(vars).map(([k, name]) => [k, { name }])));
  if (value.t !== "num") throw new ExprEvalError(msg.exprExpectedNumber(), expr.pos);
  return { value: value.v, reads: [...ev.reads.keys()] };
}

/** Every combination of the bindings' names (outer binding varying slowest), e.g. each (m, b) of a relation. */
export function instancesOf(bindings: Binding[], scope: Scope): Record<string, string>[] {
  const ev = new Evaluator(scope);
  return [...ev.instances(bindings, new Map())].map((env) => Object.fromEntries([...env].map(([k, b]) => [k, b.name])));
}

/** The keys a reference names under these bindings: one, or a pattern's matches (for showing a formula with its numbers). */
export function keysOfRef(e: Expr & { kind: "ref" }, scope: Scope, vars: Readonly<Record<string, string>>): string[] {
  const env: Env = new Map(Object.entries(vars).map(([k, name]) => [k, { name }]));
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

function keyError(e: unknown, pos: number): never {
  if (e instanceof KeyPatternError) throw new ExprEvalError(e.message, pos + 1 + e.pos);
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

class Evaluator {
  readonly reads = new Map<string, I.Interval>();
  readonly bounds: BoundUse[] = [];
  readonly failures: Counterexample[] = [];
  /** The last comparison that was definitely false, for the counterexample's reason. */
  private lastFalse: string | undefined;
  constructor(private readonly scope: Scope) {}

  snapshot(env: Env): Counterexample {
    const bindings: Record<string, string> = {};
    for (const [k, b] of env) bindings[k] = b.name;
    const out: Counterexample = { bindings, numbers: [...this.reads].map(([name, value]) => ({ name, value })) };
    if (this.lastFalse !== undefined) out.reason = this.lastFalse;
    return out;
  }

  private read(name: string, pos: number): I.Interval {
    const v = this.scope.lookup(name);
    if (v === undefined) throw new ExprEvalError(msg.exprNoSuchNumber(name), pos);
    this.reads.set(name, v);
    return v;
  }

  private members(set: SetExpr, env: Env): { name: string; value?: I.Interval }[] {
    let items: { name: string; value?: I.Interval }[];
    if (set.kind === "named") {
      const s = this.scope.sets[set.name];
      if (!s) throw new ExprEvalError(msg.exprUnknownSet(set.name, Object.keys(this.scope.sets)), set.pos);
      items = s.map((name) => ({ name }));
    } else if (set.kind === "list") {
      items = set.items.map((name) => ({ name }));
    } else {
      const names = this.match(set.segs, set.template, env, set.pos);
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
  private numOf(e: Expr, env: Env): I.Interval {
    const v = this.eval(e, env);
    if (v.t !== "num") throw new ExprEvalError(msg.exprExpectedNumberGot(v.t === "bool" ? "statement" : v.t === "str" ? "name" : "list"), e.pos);
    return v.v;
  }
  private numbersOf(args: Expr[], env: Env): I.Interval[] {
    const out: I.Interval[] = [];
    for (const a of args) {
      const v = this.isPattern(a) ? this.patternValues(a as Expr & { kind: "ref" }, env) : this.eval(a, env);
      if (v.t === "num") out.push(v.v);
      else if (v.t === "list") out.push(...v.v);
      else throw new ExprEvalError(msg.exprExpectedNumbers(), a.pos);
    }
    return out;
  }
  /** The keys a pattern matches (one dotted segment per `*`, `{A,B}`, `$set`), in the scope's order; none is an error. */
  private match(segs: KeySegment[], template: string, env: Env, pos: number): string[] {
    let keys: string[] = [];
    try {
      keys = matchKeys(segs, contextOf(env, this.scope), this.scope.names()).map((m) => m.key);
    } catch (e) {
      keyError(e, pos);
    }
    if (keys.length === 0) throw new ExprEvalError(msg.exprPatternMatchesNothing(template), pos);
    return keys;
  }
  private patternValues(e: Expr & { kind: "ref" }, env: Env): Value {
    return { t: "list", v: this.match(e.segs, e.template, env, e.pos).map((n) => this.read(n, e.pos)) };
  }
  private isPattern(e: Expr): boolean {
    return e.kind === "ref" && !e.segs.every((s) => s.kind === "literal" || s.kind === "variable");
  }

  eval(e: Expr, env: Env): Value {
    switch (e.kind) {
      case "num":
        return { t: "num", v: I.point(e.value) };
      case "str":
        return { t: "str", v: e.value };
      case "ref": {
        if (this.isPattern(e)) return this.patternValues(e, env);
        let key: string | undefined;
        try {
          key = filledKey(e.segs, contextOf(env, this.scope));
        } catch (error) {
          keyError(error, e.pos);
        }
        return { t: "num", v: this.read(key!, e.pos) };
      }
      case "var": {
        const b = env.get(e.name);
        if (!b) throw new ExprEvalError(msg.exprUnboundVariable(e.name), e.pos);
        if (b.value === undefined) return { t: "str", v: b.name };
        this.reads.set(b.name, b.value);
        return { t: "num", v: b.value };
      }
      case "neg":
        return { t: "num", v: I.neg(this.numOf(e.arg, env)) };
      case "not": {
        const v = this.truthOf(e.arg, env);
        return { t: "bool", v: v === "unknown" ? v : !v };
      }
      case "arith": {
        const a = this.numOf(e.left, env);
        const b = this.numOf(e.right, env);
        const f = { "+": I.add, "-": I.sub, "*": I.mul, "/": I.div }[e.op];
        return { t: "num", v: f(a, b) };
      }
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
            r = op === "==" ? a.v === b.v : a.v !== b.v;
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
          }
          else if (r === "unknown" && result === true) result = "unknown";
        }
        return { t: "bool", v: result };
      }
      case "quant": {
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
      case "call": {
        const xs = this.numbersOf(e.args, env);
        return { t: "num", v: this.apply(e.name, xs, e.pos) };
      }
      case "agg": {
        const xs: I.Interval[] = [];
        for (const inst of this.instances(e.bindings, env)) xs.push(this.numOf(e.body, inst));
        return { t: "num", v: this.apply(e.name, xs, e.pos) };
      }
    }
  }

  private apply(name: string, xs: I.Interval[], pos: number): I.Interval {
    const f = FUNCTIONS[name];
    if (!f) throw new ExprEvalError(msg.exprUnknownFunction(name, FUNCTION_NAMES), pos);
    if (f.arity === 1 && xs.length !== 1) throw new ExprEvalError(msg.exprOneArgument(name, xs.length), pos);
    if (f.arity === 2 && xs.length !== 2) throw new ExprEvalError(msg.exprTwoArguments(name, xs.length), pos);
    if (name !== "count" && xs.length === 0) throw new ExprEvalError(msg.exprNoNumbers(name), pos);
    return f.apply(xs);
  }
}
