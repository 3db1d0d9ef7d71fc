/**
 * The one key-pattern syntax of the results language. A results key is
 * dotted names (`summary.7B.SFT+DPO.tax`); a pattern replaces any segment by
 *
 *   *          exactly one segment, any name (never several: `summary.*.tax`
 *              does not match `summary.7B.CAI.tax`)
 *   {m}        the name a variable is bound to (a quantifier, a figure's
 *              loop, a table's row)
 *   {A,B}      one of the listed names
 *   $name      one of the names of a named set ($advancedMethods), declared
 *              by the study (report/published.yaml's `design`, the results'
 *              sizes), never by the engine
 *
 * Templates, tables, figures, claims, published statements and relations all
 * address results through this one parser and matcher.
 */
import { closest } from "../text/closest.js";
import * as msg from "../messages/lang.js";

export type KeySegment =
  | { kind: "literal"; text: string; pos: number }
  | { kind: "wildcard"; pos: number }
  | { kind: "variable"; name: string; pos: number }
  | { kind: "alternatives"; names: string[]; pos: number }
  | { kind: "set"; name: string; pos: number };

/** A malformed pattern; `pos` and `length` are offsets inside the pattern text. */
export class KeyPatternError extends Error {
  constructor(
    message: string,
    readonly pos: number,
    readonly length: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

const NAME = /^[A-Za-z0-9_+-]+$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseKeyPattern(text: string): KeySegment[] {
  const out: KeySegment[] = [];
  let pos = 0;
  for (const seg of text.split(".")) {
    const fail = (m: string): never => {
      throw new KeyPatternError(m, pos, Math.max(1, seg.length));
    };
    if (seg === "") fail(msg.keyEmptySegment());
    else if (seg === "*") out.push({ kind: "wildcard", pos });
    else if (seg.includes("*")) fail(msg.keyPartialWildcard(seg));
    else if (seg.startsWith("{") || seg.endsWith("}")) {
      const inner = /^\{(.*)\}$/.exec(seg)?.[1];
      if (inner === undefined) fail(msg.keyBadBraces(seg));
      const names = inner!.split(",").map((s) => s.trim());
      if (names.length === 1 && IDENT.test(names[0]!)) out.push({ kind: "variable", name: names[0]!, pos });
      else if (names.length > 1 && names.every((n) => NAME.test(n))) out.push({ kind: "alternatives", names, pos });
      else fail(msg.keyBadBraces(seg));
    } else if (seg.startsWith("$")) {
      if (!IDENT.test(seg.slice(1))) fail(msg.keyBadSet(seg));
      out.push({ kind: "set", name: seg.slice(1), pos });
    } else if (!NAME.test(seg)) fail(msg.keyBadSegment(seg));
    else out.push({ kind: "literal", text: seg, pos });
    pos += seg.length + 1;
  }
  return out;
}

/** True when the pattern names one key once its variables are filled (no *, {A,B} or $set). */
export const isSingleKey = (segs: readonly KeySegment[]): boolean => segs.every((s) => s.kind === "literal" || s.kind === "variable");

/** What a pattern's variables and sets stand for where it is used. */
export interface PatternContext {
  variable(name: string): string | undefined;
  set(name: string): readonly string[] | undefined;
  /** Names of the bound variables and known sets, for error messages. */
  boundNames(): readonly string[];
  setNames(): readonly string[];
}

/** Fills the variables (and checks the sets) of a pattern: each segment becomes a literal or a choice. */
export function bindPattern(segs: readonly KeySegment[], ctx: PatternContext): ({ literal: string } | { any: true } | { oneOf: readonly string[] })[] {
  return segs.map((s) => {
    switch (s.kind) {
      case "literal":
        return { literal: s.text };
      case "wildcard":
        return { any: true } as const;
      case "alternatives":
        return { oneOf: s.names };
      case "variable": {
        const v = ctx.variable(s.name);
        if (v !== undefined) return { literal: v };
        const length = s.name.length + 2;
        if (ctx.set(s.name) !== undefined) throw new KeyPatternError(msg.keyWrongKind(`{${s.name}}`, `$${s.name}`), s.pos, length, msg.keyNamesHint());
        throw new KeyPatternError(msg.keyUnboundVariable(s.name, ctx.boundNames(), nearest(s.name, ctx.boundNames())), s.pos, length, msg.keyNamesHint());
      }
      case "set": {
        const v = ctx.set(s.name);
        if (v !== undefined) return { oneOf: v };
        const length = s.name.length + 1;
        if (ctx.variable(s.name) !== undefined) throw new KeyPatternError(msg.keyWrongKind(`$${s.name}`, `{${s.name}}`), s.pos, length, msg.keyNamesHint());
        throw new KeyPatternError(msg.keyUnknownSet(s.name, ctx.setNames(), nearest(s.name, ctx.setNames())), s.pos, length, msg.keyNamesHint());
      }
    }
  });
}

/** The name meant: the closest, else one the written name begins (a shortened `$advanced` is too far for an edit distance but plainly meant). */
const nearest = (name: string, pool: readonly string[]): string | undefined => closest(name, pool) ?? pool.find((p) => p.startsWith(name));

/** The key a pattern without choices names, after binding. */
export function filledKey(segs: readonly KeySegment[], ctx: PatternContext): string | undefined {
  const bound = bindPattern(segs, ctx);
  return bound.every((b) => "literal" in b) ? bound.map((b) => (b as { literal: string }).literal).join(".") : undefined;
}

export interface Match {
  key: string;
  /** The names the choice segments (*, {A,B}, $set) matched, in key order. */
  names: string[];
}

/**
 * The keys a pattern matches, in the order of `keys`. Each segment of the
 * pattern matches exactly one dotted segment of a key.
 */
export function matchKeys(segs: readonly KeySegment[], ctx: PatternContext, keys: Iterable<string>): Match[] {
  const bound = bindPattern(segs, ctx);
  const out: Match[] = [];
  for (const key of keys) {
    const parts = key.split(".");
    if (parts.length !== bound.length) continue;
    const names: string[] = [];
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const b = bound[i]!;
      const p = parts[i]!;
      if ("literal" in b) ok = b.literal === p;
      else if ("any" in b) names.push(p);
      else if (b.oneOf.includes(p)) names.push(p);
      else ok = false;
    }
    if (ok) out.push({ key, names });
  }
  return out;
}

/** A context from plain maps (figures, tables, tests). */
export function patternContext(vars: Readonly<Record<string, string>>, sets: Readonly<Record<string, readonly string[]>>): PatternContext {
  return {
    variable: (n) => (Object.hasOwn(vars, n) ? vars[n] : undefined),
    set: (n) => (Object.hasOwn(sets, n) ? sets[n] : undefined),
    boundNames: () => Object.keys(vars),
    setNames: () => Object.keys(sets),
  };
}
