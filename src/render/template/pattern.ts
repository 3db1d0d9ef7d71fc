/**
 * Key lookup and pattern expansion for placeholders, in the one key-pattern
 * syntax (src/lang/keyPattern.ts): `*` (any one name), `{A,B}`
 * (alternatives), `$set` (a named set such as $advancedMethods) and `{var}`
 * (a single name such as {scale}, which binds nothing). Matches come out in
 * paper order (scales, methods, conditions, benchmarks), not key order.
 */
import { TemplateError } from "./ast.js";
import { closest } from "../../text/closest.js";
import { KeyPatternError, isSingleKey, matchKeys, parseKeyPattern, type KeySegment, type PatternContext } from "../../lang/keyPattern.js";
import type { Scope } from "./scope.js";
import type { Item } from "./value.js";
import * as msg from "../../messages/render.js";

function checkFinite(key: string, value: number | undefined, pos: number, len: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TemplateError(msg.notFinite(key, value), pos, len, msg.notFiniteHint());
  return value;
}

/** The scope's variables ({scale}: one name) and sets ($methods: a list), each only where it fits. */
function contextOf(scope: Scope): PatternContext {
  const vars = Object.entries(scope.vars);
  return {
    variable: (n) => {
      const v = Object.hasOwn(scope.vars, n) ? scope.vars[n] : undefined;
      return typeof v === "string" ? v : undefined;
    },
    set: (n) => {
      const v = Object.hasOwn(scope.vars, n) ? scope.vars[n] : undefined;
      return typeof v === "string" || v === undefined ? undefined : v;
    },
    boundNames: () => vars.filter(([, v]) => typeof v === "string").map(([k]) => k),
    setNames: () => vars.filter(([, v]) => typeof v !== "string").map(([k]) => k),
  };
}

/** A variable or set that is not there: "did you mean" among the right kind, and a hint when the other kind was meant. */
function unknownName(seg: KeySegment, scope: Scope, pos: number): TemplateError {
  const name = seg.kind === "variable" || seg.kind === "set" ? seg.name : "";
  const v = scope.vars[name];
  const written = seg.kind === "variable" ? `{${name}}` : `$${name}`;
  if (v !== undefined) {
    const right = typeof v === "string" ? `{${name}}` : `$${name}`;
    return new TemplateError(msg.wrongNameKind(written, right), pos + seg.pos, written.length, msg.helperHint());
  }
  const ctx = contextOf(scope);
  const pool = seg.kind === "variable" ? ctx.boundNames() : ctx.setNames();
  // A shortened set name ($advanced for $advancedMethods) is too far for an edit distance but plainly meant.
  const best = closest(name, pool) ?? pool.find((p) => p.startsWith(name));
  return new TemplateError(msg.unknownName(written, best && (seg.kind === "variable" ? `{${best}}` : `$${best}`)), pos + seg.pos, written.length, msg.helperHint());
}

function parse(text: string, pos: number, scope: Scope): KeySegment[] {
  let segs: KeySegment[];
  try {
    segs = parseKeyPattern(text);
  } catch (e) {
    if (e instanceof KeyPatternError) throw new TemplateError(msg.syntax(e.message), pos + e.pos, e.length, msg.syntaxHint());
    throw e;
  }
  const ctx = contextOf(scope);
  for (const s of segs) {
    if (s.kind === "variable" && ctx.variable(s.name) === undefined) throw unknownName(s, scope, pos);
    if (s.kind === "set" && ctx.set(s.name) === undefined) throw unknownName(s, scope, pos);
  }
  return segs;
}

/** `{scale}` alone: a variable's value, a name. */
export function loneVariable(text: string): string | undefined {
  return /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(text)?.[1];
}

/** A single key (no choice) -> one item; a pattern -> the matching items. */
export function resolveKey(text: string, pos: number, scope: Scope): { single: Item } | { list: Item[] } {
  const segs = parse(text, pos, scope);
  const ctx = contextOf(scope);
  const shown = segs.map((s) => (s.kind === "literal" ? s.text : s.kind === "variable" ? ctx.variable(s.name)! : "*")).join(".");
  if (isSingleKey(segs)) {
    if (!scope.values.has(shown)) throw new TemplateError(msg.unknownKey(shown, closest(shown, scope.values.keys())), pos, text.length, msg.unknownKeyHint());
    return { single: { value: checkFinite(shown, scope.values.get(shown), pos, text.length), keys: [shown], names: [] } };
  }
  const items: Item[] = matchKeys(segs, ctx, scope.values.keys()).map((m) => ({ value: checkFinite(m.key, scope.values.get(m.key), pos, text.length), keys: [m.key], names: m.names }));
  if (items.length === 0) throw new TemplateError(msg.emptyPattern(text), pos, text.length, `closest key: ${closest(shown, scope.values.keys()) ?? "none"}`);
  items.sort((a, b) => {
    for (let i = 0; i < a.names.length; i++) {
      const d = scope.rank(a.names[i]!) - scope.rank(b.names[i]!) || a.names[i]!.localeCompare(b.names[i]!);
      if (d) return d;
    }
    return 0;
  });
  return { list: items };
}
