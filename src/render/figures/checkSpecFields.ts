/**
 * Cross-checks the Vega-Lite part of a spec against its binding: every
 * `data.name` must be a bound dataset (checkSelfContained refuses any other
 * data), and every field the spec reads (`"field"`, `groupby`, `datum.x` in
 * expressions) must be produced by the binding or by a transform's `as`. Vega-Lite itself
 * accepts an unknown field silently and draws nothing, which is the worst
 * way to learn about a typo.
 */
import * as msg from "../../messages/figures.js";
import type { Binding } from "./bindingBlock.js";
import { closest } from "../../text/closest.js";
import { pointerToken } from "./parseJsonWithPointers.js";
import { type SpecContext, specError } from "./specContext.js";

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Calls `visit(value, pointer, parentKey)` for every value except the binding block. */
function walk(v: Json, pointer: string, key: string | undefined, visit: (v: Json, pointer: string, key: string | undefined) => void): void {
  if (pointer === "/usermeta" || pointer === "/datasets") return;
  visit(v, pointer, key);
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${pointer}/${i}`, key, visit));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, `${pointer}/${pointerToken(k)}`, k, visit);
}

/** Properties whose string values are Vega expressions that may read `datum`. */
const EXPRESSION_KEYS = new Set(["calculate", "filter", "test", "expr"]);

export function checkSpecFields(ctx: SpecContext, spec: Record<string, Json>, binding: Binding): void {
  const bound = [...binding.datasets.keys()];
  const produced = new Set<string>();
  for (const groups of binding.datasets.values())
    for (const g of groups) {
      for (const l of g.loops) produced.add(l.dim);
      for (const k of Object.keys(g.set)) produced.add(k);
      for (const f of g.fields) produced.add(f.name);
    }

  // First pass: collect what transforms create and check data references.
  walk(spec, "", undefined, (v, pointer, key) => {
    if (key === "as" && typeof v === "string") produced.add(v);
    if (key === "as" && Array.isArray(v)) for (const x of v) if (typeof x === "string") produced.add(x);
    if (isObject(v) && Array.isArray(v.fold) && v.as === undefined) ["key", "value"].forEach((f) => produced.add(f));
    if (key === "data" && isObject(v)) {
      if (typeof v.name === "string" && !bound.includes(v.name))
        throw specError(ctx, `${pointer}/name`, msg.unboundDataset(v.name, bound, closest(v.name, bound)), msg.unboundDatasetHint(bound));
    }
  });

  const available = [...produced].sort();
  const check = (field: string, pointer: string): void => {
    if (!produced.has(field)) throw specError(ctx, pointer, msg.unknownField(field, closest(field, available)), msg.unknownFieldHint(available));
  };
  // Second pass: every read of a field.
  walk(spec, "", undefined, (v, pointer, key) => {
    if (key === "field" && typeof v === "string" && !pointer.includes("/params/")) check(v, pointer);
    if (key === "groupby" && Array.isArray(v)) v.forEach((x, i) => typeof x === "string" && check(x, `${pointer}/${i}`));
    if (key !== undefined && EXPRESSION_KEYS.has(key) && typeof v === "string")
      for (const m of v.matchAll(/\bdatum\.([A-Za-z_$][\w$]*)|\bdatum\[['"]([^'"]+)['"]\]/g)) check((m[1] ?? m[2]) as string, pointer);
  });
}
