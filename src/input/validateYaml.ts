/**
 * The one validator of YAML inputs: a zod schema says the shape (fields,
 * types, allowed values, defaults; unknown fields refused everywhere), and
 * this turns zod's first issue into the project's error at file:line:column
 * with the field path, what is allowed and, for a misspelt field or value,
 * the closest valid one. A schema's `.describe()` text is what messages say
 * is allowed ("a whole number (the page count ...)"). Checks a schema cannot
 * say (names declared elsewhere in the file, distinct ids) stay in each
 * loader, after this pass.
 */
import type * as z from "zod";
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
function schemaAt(root: AnySchema, path: readonly PropertyKey[]): { schema?: AnySchema; description?: string } {
  let s: AnySchema | undefined = root;
  let description = s.description;
  const unwrap = (): void => {
    for (;;) {
      if (!s) return;
      description = s.description ?? description;
      const d = defOf(s);
      const inner = d.innerType ?? (d.type === "pipe" ? d.in : undefined);
      if (!inner) return;
      s = inner;
    }
  };
  unwrap();
  const child = (parent: AnySchema, seg: PropertyKey): AnySchema | undefined => {
    const d = defOf(parent);
    if (d.type === "object") return d.shape?.[String(seg)];
    if (d.type === "array") return typeof seg === "number" ? d.element : undefined;
    if (d.type === "record") return d.valueType;
    if (d.type === "tuple") return typeof seg === "number" ? (d as Def & { items?: AnySchema[] }).items?.[seg] : undefined;
    // A union (a number, or an object with these fields): the option that has the field.
    if (d.type === "union") for (const o of d.options ?? []) if (defOf(o).type !== "union") { const c = child(o, seg); if (c) return c; }
    return undefined;
  };
  for (const seg of path) {
    if (!s) break;
    s = child(s, seg);
    description = undefined;
    unwrap();
  }
  return { ...(s ? { schema: s } : {}), ...(description !== undefined ? { description } : {}) };
}

/** `data` checked against `schema`; the first problem as a SafetyGapError. `doc` is where the file's fields are described. */
export function validateYaml<S extends AnySchema>(y: ParsedYaml, schema: S, doc: string): z.output<S> {
  return validateData({ data: y.data, what: y.what, locate: (path, atKey, shown) => locate(y, path, atKey, shown) }, schema, doc);
}

/** `validateYaml` for data of any format that can locate its fields. */
export function validateData<S extends AnySchema>(y: LocatedData, schema: S, doc: string): z.output<S> {
  const result = schema.safeParse(y.data, { reportInput: true });
  if (result.success) return result.data as z.output<S>;
  throw issueError(y, schema, firstIssue(result.error.issues as $ZodIssue[]), doc);
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
      return new SafetyGapError(msg.badKey(pathText(path.slice(0, -1)) || y.what, key, keyType?.description ?? "another name"), at(path, true), msg.fieldHint(doc));
    }
    case "unrecognized_keys": {
      const key = issue.keys[0]!;
      const object = here && defOf(here).type === "union" ? defOf(here).options?.find((o) => defOf(o).type === "object") : here;
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
      return new SafetyGapError(msg.wrongValue(subject, allowed, input), at(path), msg.fieldHint(doc));
    }
  }
  // A refinement's own message (a range, a pattern): the schema says it in words.
  return new SafetyGapError(description ? msg.wrongValue(subject, description, input) : issue.message, at(path), msg.fieldHint(doc));
}
