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
  for (const seg of path) {
    if (!s) break;
    const d = defOf(s);
    s = d.type === "object" ? d.shape?.[String(seg)] : d.type === "array" ? d.element : d.type === "record" ? d.valueType : undefined;
    description = undefined;
    unwrap();
  }
  return { ...(s ? { schema: s } : {}), ...(description !== undefined ? { description } : {}) };
}

/** `data` checked against `schema`; the first problem as a SafetyGapError. `doc` is where the file's fields are described. */
export function validateYaml<S extends AnySchema>(y: ParsedYaml, schema: S, doc: string): z.output<S> {
  const result = schema.safeParse(y.data, { reportInput: true });
  if (result.success) return result.data as z.output<S>;
  const issues = result.error.issues as $ZodIssue[];
  // zod reports a mapping's missing fields before its unknown ones; the unknown one is usually the misspelt missing one.
  const first = issues[0]!;
  const unknown = issues.find((i) => i.code === "unrecognized_keys" && i.path.every((seg, k) => seg === first.path[k]));
  throw issueError(y, schema, unknown ?? first, doc);
}

function issueError(y: ParsedYaml, schema: AnySchema, issue: $ZodIssue, doc: string): SafetyGapError {
  const path = issue.path as FieldPath;
  const at = (p: FieldPath, atKey = false) => locate(y, p, atKey, pathText(p));
  const { schema: here, description } = schemaAt(schema, path);
  const input = "input" in issue ? issue.input : undefined;
  const subject = msg.fieldSubject(pathText(path), y.what);
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0]!;
      const shape = here && defOf(here).type === "object" ? Object.keys(defOf(here).shape ?? {}) : [];
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
