/**
 * Reads and validates the binding block `usermeta.results` of a figure
 * spec: which rows a dataset has and which results keys fill its fields.
 * A loop ranges over a named set of the results ("$methods"), names, or a
 * parameter ("{scale}"), in the results language's one syntax.
 * The grammar is documented in docs/figures.md; every rejection names the
 * JSON pointer of the offending value.
 */
import * as msg from "../../messages/figures.js";
import { closest } from "../../text/closest.js";
import { checkShape, dimensionsOf, shapesOf, shapeText, type KeyFamily } from "../../lang/keyFamily.js";
import { isSingleKey, KeyPatternError, parseKeyPattern, type KeySegment } from "../../lang/keyPattern.js";
import { pointerToken } from "./parseJsonWithPointers.js";
import { type SpecContext, specError } from "./specContext.js";

/** A dimension of the result keys (scale, method, ...), as the source's key families declare them. */
export type Dimension = string;

/** A name, or a parameter (`{scale}`) that stands for one; where it is written. */
export interface NameRef {
  name: string;
  param?: boolean;
  pointer: string;
}

/** One way of choosing names along a dimension: a named set (minus some names), or names. */
export type Selector = { set: string; pointer: string; except: NameRef[] } | { names: NameRef[] };

export interface RowGroup {
  pointer: string;
  /** Loop dimensions in the order written (outermost first). */
  loops: { dim: Dimension; selector: Selector; pointer: string }[];
  set: Record<string, string | number>;
  fields: { name: string; template: string; segments: KeySegment[]; pointer: string }[];
}

export interface Binding {
  /** The dimensions a loop may range over, from the results' key families; undefined when the source declares none (any name). */
  dimensions: readonly Dimension[] | undefined;
  title: string;
  params: Record<string, string>;
  datasets: Map<string, RowGroup[]>;
}

/** The binding block's key under `usermeta`. */
export const BINDING_KEY = "results";
export const BINDING_POINTER = `/usermeta/${BINDING_KEY}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * `families`: the key families the results declare (the built-in study's).
 * With them, loops range over their dimensions and each field's key template
 * is checked against their shapes here; without them (a results file of
 * another source) a loop may name any dimension, and a field's keys are
 * checked when the rows are filled in (expandRows).
 */
export function readBinding(ctx: SpecContext, spec: Record<string, unknown>, families?: readonly KeyFamily[]): Binding {
  const DIMENSIONS = families ? dimensionsOf(families) : undefined;
  const isDimension = (name: string): boolean => DIMENSIONS === undefined || DIMENSIONS.includes(name);
  const usermeta = spec.usermeta;
  const block = isObject(usermeta) ? usermeta[BINDING_KEY] : undefined;
  if (block === undefined) throw specError(ctx, "/usermeta", msg.bindingMissing(), msg.bindingMissingHint());
  const expectObject = (v: unknown, pointer: string, what: string): Record<string, unknown> => {
    if (!isObject(v)) throw specError(ctx, pointer, msg.bindingWrongType(what, "an object"), msg.bindingWrongTypeHint("an object { ... }"));
    return v;
  };
  const onlyKeys = (o: Record<string, unknown>, pointer: string, allowed: string[]): void => {
    for (const k of Object.keys(o))
      if (!allowed.includes(k))
        throw specError(ctx, `${pointer}/${pointerToken(k)}`, msg.bindingUnknownProperty(k, allowed, closest(k, allowed)), msg.bindingUnknownPropertyHint(allowed), true);
  };
  const required = (o: Record<string, unknown>, pointer: string, prop: string, where: string): unknown => {
    if (o[prop] === undefined) throw specError(ctx, pointer, msg.bindingMissingProperty(prop, where), msg.bindingMissingPropertyHint(prop));
    return o[prop];
  };

  const b = expectObject(block, BINDING_POINTER, `usermeta.${BINDING_KEY}`);
  onlyKeys(b, BINDING_POINTER, ["title", "params", "datasets"]);
  const title = required(b, BINDING_POINTER, "title", "the binding block");
  if (typeof title !== "string" || title.trim() === "")
    throw specError(ctx, `${BINDING_POINTER}/title`, msg.bindingWrongType("title", "a non-empty string (the figure's accessible title)"), msg.bindingWrongTypeHint('"title": "Mean score by group"'));

  const params: Record<string, string> = {};
  if (b.params !== undefined) {
    const p = expectObject(b.params, `${BINDING_POINTER}/params`, "params");
    for (const [k, v] of Object.entries(p)) {
      if (typeof v !== "string") throw specError(ctx, `${BINDING_POINTER}/params/${pointerToken(k)}`, msg.bindingWrongType(`parameter "${k}"`, "a string"), msg.bindingWrongTypeHint('"small"'));
      params[k] = v;
    }
  }

  const datasetsPointer = `${BINDING_POINTER}/datasets`;
  const ds = expectObject(required(b, BINDING_POINTER, "datasets", "the binding block"), datasetsPointer, "datasets");
  const datasets = new Map<string, RowGroup[]>();
  for (const [name, groups] of Object.entries(ds)) {
    const dsPointer = `${datasetsPointer}/${pointerToken(name)}`;
    if (!Array.isArray(groups) || groups.length === 0)
      throw specError(ctx, dsPointer, msg.bindingWrongType(`dataset "${name}"`, "a non-empty array of row groups"), msg.bindingWrongTypeHint('[ { "for": { ... }, "fields": { ... } } ]'));
    datasets.set(
      name,
      groups.map((g, gi) => readRowGroup(g, `${dsPointer}/${gi}`)),
    );
  }
  return { dimensions: DIMENSIONS, title, params, datasets };

  function readRowGroup(g: unknown, pointer: string): RowGroup {
    const o = expectObject(g, pointer, "a row group");
    onlyKeys(o, pointer, ["for", "set", "fields"]);
    const loopsObj = expectObject(required(o, pointer, "for", "a row group"), `${pointer}/for`, '"for"');
    const loops: RowGroup["loops"] = [];
    const taken = new Set<string>();
    for (const [dim, sel] of Object.entries(loopsObj)) {
      const sp = `${pointer}/for/${pointerToken(dim)}`;
      if (DIMENSIONS !== undefined && !DIMENSIONS.includes(dim)) throw specError(ctx, sp, msg.unknownDimension(dim, closest(dim, DIMENSIONS)), msg.unknownDimensionHint(DIMENSIONS), true);
      loops.push({ dim, selector: readSelector(dim, sel, sp), pointer: sp });
      taken.add(dim);
    }
    const set: Record<string, string | number> = {};
    if (o.set !== undefined) {
      for (const [k, v] of Object.entries(expectObject(o.set, `${pointer}/set`, '"set"'))) {
        const sp = `${pointer}/set/${pointerToken(k)}`;
        if (typeof v !== "string" && typeof v !== "number") throw specError(ctx, sp, msg.bindingWrongType(`set.${k}`, "a string or number"), msg.bindingWrongTypeHint('"treated"'));
        if (taken.has(k)) throw specError(ctx, sp, msg.fieldCollision(k), msg.fieldCollisionHint(), true);
        taken.add(k);
        set[k] = v;
      }
    }
    const fields: RowGroup["fields"] = [];
    for (const [name, t] of Object.entries(expectObject(required(o, pointer, "fields", "a row group"), `${pointer}/fields`, '"fields"'))) {
      const fp = `${pointer}/fields/${pointerToken(name)}`;
      if (typeof t !== "string") throw specError(ctx, fp, msg.bindingWrongType(`fields.${name}`, "a key template string"), msg.bindingWrongTypeHint('"group.{name}.mean"'));
      if (taken.has(name)) throw specError(ctx, fp, msg.fieldCollision(name), msg.fieldCollisionHint(), true);
      taken.add(name);
      let segments: KeySegment[];
      try {
        segments = parseKeyPattern(t);
      } catch (e) {
        if (e instanceof KeyPatternError) throw specError(ctx, fp, msg.badKeyTemplate(t, e.message), msg.badKeyTemplateHint());
        throw e;
      }
      const available = [...new Set([...loops.map((l) => l.dim), ...Object.keys(params).filter(isDimension)])];
      for (const s of segments)
        if (s.kind === "variable" && !available.includes(s.name))
          throw specError(ctx, fp, msg.unknownTemplateVariable(s.name, available), msg.unknownTemplateVariableHint(s.name));
      if (!isSingleKey(segments)) throw specError(ctx, fp, msg.notOneKey(t), msg.notOneKeyHint());
      const problem = families ? checkShape(families, segments) : undefined;
      if (problem?.kind === "slotMismatch") throw specError(ctx, fp, msg.slotMismatch(t, problem.segment, problem.slot), msg.slotMismatchHint(problem.slot));
      if (problem?.kind === "unknownShape") throw specError(ctx, fp, msg.unknownKeyPattern(t, problem.closestShape), msg.unknownKeyPatternHint(shapesOf(families!).map(shapeText)));
      fields.push({ name, template: t, segments, pointer: fp });
    }
    return { pointer, loops, set, fields };
  }

  function readSelector(dim: Dimension, sel: unknown, pointer: string): Selector {
    const ref = (v: string, p: string): NameRef => {
      // Stryker disable next-line Regex: isName already admits only a whole plain name (no braces) or exactly "{ident}", so either anchor alone decides the same
      const param = /^\{([A-Za-z_]\w*)\}$/.exec(v)?.[1];
      return param !== undefined ? { name: param, param: true, pointer: p } : { name: v, pointer: p };
    };
    // A name as a key segment writes it, or a parameter {name}.
    const isName = (x: unknown): x is string => typeof x === "string" && /^(?:[A-Za-z0-9_+-]+|\{[A-Za-z_]\w*\})$/.test(x);
    const names = (v: unknown, p: string): NameRef[] | undefined => {
      if (isName(v)) return [ref(v, p)];
      if (Array.isArray(v) && v.length > 0 && v.every(isName)) return v.map((name, i) => ref(name, `${p}/${i}`));
      return undefined;
    };
    const setName = (v: unknown): string | undefined => (typeof v === "string" ? /^\$([A-Za-z_]\w*)$/.exec(v)?.[1] : undefined);
    const set = setName(sel);
    if (set !== undefined) return { set, pointer, except: [] };
    const direct = names(sel, pointer);
    if (direct) return { names: direct };
    if (isObject(sel)) {
      const keys = Object.keys(sel).sort();
      const inSet = setName(sel.in);
      const ex = names(sel.except, `${pointer}/except`);
      if (keys.join(",") === "except,in" && inSet !== undefined && ex) return { set: inSet, pointer: `${pointer}/in`, except: ex };
    }
    throw specError(ctx, pointer, msg.badSelector(dim), msg.badSelectorHint());

  }
}
