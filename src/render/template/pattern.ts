/**
 * Key lookup and pattern expansion. A key segment may be `*` (any name),
 * `{A,B}` (alternatives), `$set` (a named list such as $advanced) or `$var`
 * (a single name such as $scale, which binds nothing). Matches come out in
 * paper order (scales, methods, conditions, benchmarks), not key order.
 */
import { TemplateError } from "./ast.js";
import { closest } from "../../text/closest.js";
import type { Scope } from "./scope.js";
import type { Item } from "./value.js";
import * as msg from "../../messages/render.js";

type Segment = { lit: string } | { any: true } | { set: readonly string[] };

function segments(text: string, pos: number, scope: Scope): { segs: Segment[]; wild: boolean } {
  const segs: Segment[] = [];
  let wild = false;
  let offset = pos;
  for (const s of text.split(".")) {
    if (s === "*") {
      segs.push({ any: true });
      wild = true;
    } else if (s.startsWith("$")) {
      const name = s.slice(1);
      const v = scope.vars[name];
      if (v === undefined) throw new TemplateError(msg.unknownVariable(name, closest(name, Object.keys(scope.vars))), offset, s.length, msg.helperHint());
      if (typeof v === "string") segs.push({ lit: v });
      else {
        segs.push({ set: v });
        wild = true;
      }
    } else if (s.startsWith("{") && s.endsWith("}")) {
      segs.push({ set: s.slice(1, -1).split(",") });
      wild = true;
    } else segs.push({ lit: s });
    offset += s.length + 1;
  }
  return { segs, wild };
}

const literal = (segs: Segment[]): string => segs.map((s) => ("lit" in s ? s.lit : "*")).join(".");

function checkFinite(key: string, value: number | undefined, pos: number, len: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TemplateError(msg.notFinite(key, value), pos, len, msg.notFiniteHint());
  return value;
}

/** A single key (no wildcard) -> one item; a pattern -> the matching items. */
export function resolveKey(text: string, pos: number, scope: Scope): { single: Item } | { list: Item[] } {
  const { segs, wild } = segments(text, pos, scope);
  if (!wild) {
    const key = literal(segs);
    if (!scope.values.has(key)) throw new TemplateError(msg.unknownKey(key, closest(key, scope.values.keys())), pos, text.length, msg.unknownKeyHint());
    return { single: { value: checkFinite(key, scope.values.get(key), pos, text.length), keys: [key], names: [] } };
  }
  const items: Item[] = [];
  for (const parts of scope.split) {
    if (parts.length !== segs.length) continue;
    const names: string[] = [];
    let ok = true;
    for (let i = 0; i < segs.length && ok; i++) {
      const s = segs[i]!;
      const p = parts[i]!;
      if ("lit" in s) ok = s.lit === p;
      else if ("any" in s) names.push(p);
      else if (s.set.includes(p)) names.push(p);
      else ok = false;
    }
    if (!ok) continue;
    const key = parts.join(".");
    items.push({ value: checkFinite(key, scope.values.get(key), pos, text.length), keys: [key], names });
  }
  if (items.length === 0) {
    const shown = literal(segs);
    throw new TemplateError(msg.emptyPattern(text), pos, text.length, `closest key: ${closest(shown, scope.values.keys()) ?? "none"}`);
  }
  items.sort((a, b) => {
    for (let i = 0; i < a.names.length; i++) {
      const d = scope.rank(a.names[i]!) - scope.rank(b.names[i]!) || a.names[i]!.localeCompare(b.names[i]!);
      if (d) return d;
    }
    return 0;
  });
  return { list: items };
}
