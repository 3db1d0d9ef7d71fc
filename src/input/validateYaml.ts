/**
 * The one validator of YAML inputs: a zod schema says the shape (fields,
 * types, allowed values, defaults; unknown fields refused everywhere), and
 * this turns zod's first issue into the project's error at file:line:column
 * with the field path, what is allowed and, for a misspelt field or value,
 * the closest valid one. A schema's `.describe()` text is what messages say
 * is allowed ("a whole number (the page count ...)"). Checks a schema cannot
 * say (names declared elsewhere in the file, distinct ids) stay in each
 * loader, after this pass. A field may register why its values are limited
 * (`fieldHints`): the hint of its error then says so instead of pointing at
 * the docs.
 */
import * as z from "zod";
import type { $ZodIssue } from "zod/v4/core";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/input.js";
import { closest } from "../text/closest.js";
import { locate, pathText, type FieldPath } from "./locateYaml.js";
import type { ParsedYaml } from "./parseYaml.js";
import type { SourceLocation } from "../errors.js";

/**
 * Parsed data of any format and how to find a field in its file: YAML
 * (locateYaml.ts) or JSON (its pointers), so both get the same messages.
 */
export interface LocatedData {
  data: unknown;
  /** The file in words ("the results file"). */
  what: string;
  /** Where the value at `path` is (its key with `atKey`); `shown` is the path as messages show it. */
  locate(path: FieldPath, atKey: boolean, shown: string): SourceLocation;
}

type AnySchema = z.ZodType;

/**
 * Why a field allows what it allows, as the fix of its error: a text, or made from the value read
 * and the text written (YAML rounds an integer beyond 2^53 - 1, so the two differ).
 */
export const fieldHints = z.registry<{ hint: string | ((read: unknown, written: string) => string | undefined) }>();

/** The text a location underlines (what the user wrote). */
function writtenAt(where: SourceLocation): string {
  const line = where.source?.split(/\r?\n/)[(where.line ?? 1) - 1] ?? "";
  const start = (where.column ?? 1) - 1;
  return line.slice(start, start + (where.length ?? 1));
}

/** The field's registered hint for the value `read` at `where`, else `fallback`. */
function hintOf(schema: AnySchema | undefined, read: unknown, where: SourceLocation, fallback: string): string {
  const hint = schema ? fieldHints.get(schema)?.hint : undefined;
  if (hint === undefined) return fallback;
  return (typeof hint === "string" ? hint : hint(read, writtenAt(where))) ?? fallback;
}
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  options?: AnySchema[];
}
const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema (and its description) at `path`, seen through optional, default, pipe and union wrappers. */
function schemaAt(root: AnySchema, path: readonly PropertyKey[]): { schema: AnySchema | undefined; description: string | undefined } {
  let s: AnySchema | undefined = root;
  let description = s.description;
  const unwrap = (): void => {
    for (;;) {
      if (!s) return;
      description = s.description ?? description;
      const d = defOf(s);
      // Only a pipe's def has `in`.
      const inner = d.innerType ?? d.in;
      if (!inner) return;
      s = inner;
    }
  };
  unwrap();
  const child = (parent: AnySchema, seg: PropertyKey): AnySchema | undefined => {
    const d = defOf(parent);
    if (d.type === "object") return d.shape![String(seg)];
    if (d.type === "array") return typeof seg === "number" ? d.element : undefined;
    if (d.type === "record") return d.valueType;
    if (d.type === "tuple") return typeof seg === "number" ? (d as Def & { items: AnySchema[] }).items[seg] : undefined;
    // A union (a number, or an object with these fields): the option that has the field.
    if (d.type === "union") for (const o of d.options!) if (defOf(o).type !== "union") { const c = child(o, seg); if (c) return c; }
    return undefined;
  };
  for (const seg of path) {
    if (!s) break;
    s = child(s, seg);
    description = undefined;
    unwrap();
  }
  return { schema: s, description };
}

/** `data` checked against `schema`; the first problem as a SafetyGapError. `doc` is where the file's fields are described. */
export function validateYaml<S extends AnySchema>(y: ParsedYaml, schema: S, doc: string): z.output<S> {
  return validateData({ data: y.data, what: y.what, locate: (path, atKey, shown) => locate(y, path, atKey, shown) }, schema, doc);
}

/** `validateYaml` for data of any format that can locate its fields. */
export function validateData<S extends AnySchema>(y: LocatedData, schema: S, doc: string): z.output<S> {
  const tagged = taggedMapping(schema, y.data, []);
  if (tagged) {
    const { description } = schemaAt(schema, tagged.path);
    throw new SafetyGapError(msg.wrongValue(msg.fieldSubject(pathText(tagged.path), y.what), description ?? msg.EXPECTED.object!, tagged.value), y.locate(tagged.path, false, pathText(tagged.path)), msg.fieldHint(doc));
  }
  const result = schema.safeParse(y.data, { reportInput: true });
  if (result.success) return result.data as z.output<S>;
  throw issueError(y, schema, firstIssue(result.error.issues as $ZodIssue[]), doc);
}

/** The schema inside optional, default and pipe wrappers. */
function unwrapped(schema: AnySchema): AnySchema {
  for (let s = schema; ; ) {
    const d = defOf(s);
    const inner = d.innerType ?? d.in;
    if (!inner) return s;
    s = inner;
  }
}

/**
 * The first value where the schema wants a mapping but YAML made another object (a Map of !!omap,
 * a Set, a Date, binary data): zod would read it as a mapping without fields.
 */
function taggedMapping(schema: AnySchema, value: unknown, path: FieldPath): { path: FieldPath; value: unknown } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const d = defOf(unwrapped(schema));
  if (d.type !== "object" && d.type !== "record" && d.type !== "array") return undefined;
  if (d.type === "array") {
    if (!Array.isArray(value) || !d.element) return undefined;
    for (const [i, item] of value.entries()) {
      const inner = taggedMapping(d.element, item, [...path, i]);
      if (inner) return inner;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return { path, value };
  for (const [k, v] of Object.entries(value)) {
    const child = d.type === "object" ? d.shape![k] : d.valueType;
    const inner = child ? taggedMapping(child, v, [...path, k]) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** The issue to report: the first, or an unknown field beside it (zod reports a mapping's missing fields first; the unknown one is usually the misspelt missing one). */
function firstIssue(issues: readonly $ZodIssue[]): $ZodIssue {
  const first = issues[0]!;
  const unknown = issues.find((i) => i.code === "unrecognized_keys" && i.path.every((seg, k) => seg === first.path[k]));
  return intoUnion(unknown ?? first);
}

/**
 * A union none of whose options matched: when all options but one failed on
 * the value's type (an object where `builtin` or a mapping is allowed), the
 * value was meant as that one, so its own problem is the one to report, at
 * its own field.
 */
function intoUnion(issue: $ZodIssue): $ZodIssue {
  if (issue.code !== "invalid_union") return issue;
  const input = "input" in issue ? issue.input : undefined;
  const wrongType = (e: readonly $ZodIssue[]): boolean =>
    e.length === 1 &&
    e[0]!.path.length === 0 &&
    (e[0]!.code === "invalid_type" || (e[0]!.code === "invalid_value" && e[0]!.values.every((v) => typeof v !== typeof input)));
  const meant = issue.errors.filter((e) => !wrongType(e));
  if (meant.length !== 1 || meant[0]!.length === 0) return issue;
  return firstIssue(meant[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as $ZodIssue));
}

function issueError(y: LocatedData, schema: AnySchema, issue: $ZodIssue, doc: string): SafetyGapError {
  const path = issue.path as FieldPath;
  const at = (p: FieldPath, atKey = false) => y.locate(p, atKey, pathText(p));
  const { schema: here, description } = schemaAt(schema, path);
  const input = "input" in issue ? issue.input : undefined;
  const subject = msg.fieldSubject(pathText(path), y.what);
  switch (issue.code) {
    case "invalid_key": {
      // A record's key that its key schema refuses: said at the key, with what a key may be.
      const parent = schemaAt(schema, path.slice(0, -1)).schema;
      const keyType = parent ? (defOf(parent) as Def & { keyType?: AnySchema }).keyType : undefined;
      const key = String(path.at(-1));
      const where = at(path, true);
      return new SafetyGapError(msg.badKey(pathText(path.slice(0, -1)) || y.what, key, keyType?.description ?? "another name"), where, hintOf(keyType, key, where, msg.fieldHint(doc)));
    }
    case "unrecognized_keys": {
      const key = issue.keys[0]!;
      const object = here && defOf(here).type === "union" ? defOf(here).options!.find((o) => defOf(o).type === "object") : here;
      const shape = object && defOf(object).type === "object" ? Object.keys(defOf(object).shape ?? {}) : [];
      return new SafetyGapError(msg.unknownField(pathText(path), key, shape), at([...path, key], true), msg.unknownFieldHint(closest(key, shape), doc));
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      const best = typeof input === "string" ? closest(input, values) : undefined;
      return new SafetyGapError(msg.wrongValue(subject, description ?? msg.oneOf(values), input), at(path), best !== undefined ? msg.didYouMean(best) : msg.fieldHint(doc));
    }
    case "invalid_type":
    case "invalid_union": {
      const allowed = description ?? msg.EXPECTED[issue.code === "invalid_type" ? issue.expected : ""] ?? "of another type";
      if (input === undefined) return new SafetyGapError(msg.missingField(subject, allowed), at(path.slice(0, -1)), msg.fieldHint(doc));
      const where = at(path);
      return new SafetyGapError(msg.wrongValue(subject, allowed, input), where, hintOf(here, input, where, msg.fieldHint(doc)));
    }
  }
  // A refinement's own message (a range, a pattern): the schema says it in words.
  const where = at(path);
  return new SafetyGapError(description ? msg.wrongValue(subject, description, input) : issue.message, where, hintOf(here, input, where, msg.fieldHint(doc)));
}
