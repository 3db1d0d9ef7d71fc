/**
 * Property names of a spec (or of the theme's `config`) against Vega-Lite's
 * own JSON schema (vega-lite/build/vega-lite-schema.json, the version that
 * compiles the figure). Vega-Lite ignores a property it does not know:
 * `"tickCountt": 5` or `"widht": 300` compile without a warning and the
 * figure silently differs. Only names are checked, not value types: those
 * Vega-Lite reports itself, and a full JSON-schema validator (ajv) would be
 * a dependency for one question whose answer is a walk over `properties`.
 *
 * The schema is draft-07 using only `$ref`, `anyOf`, `type`, `properties`,
 * `additionalProperties` and `items` for structure. An object is checked
 * against the union of every `anyOf` alternative that accepts an object: a
 * name is unknown only when no alternative has it, so a valid spec never
 * fails, while a typo (in no alternative) always does.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as msg from "../../messages/figures.js";
import { closest } from "../../text/closest.js";
import { pointerToken } from "./parseJsonWithPointers.js";
import { type SpecContext, specError } from "./specContext.js";

interface Schema {
  $ref?: string;
  anyOf?: Schema[];
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema | Schema[];
  enum?: unknown[];
  const?: unknown;
}

let definitions: Record<string, Schema> | undefined;

/** The schema's definitions, read once (1.9 MB, ~10 ms). */
function schemaDefinitions(): Record<string, Schema> {
  if (!definitions) {
    const file = createRequire(import.meta.url).resolve("vega-lite/vega-lite-schema.json");
    definitions = (JSON.parse(readFileSync(file, "utf8")) as { definitions: Record<string, Schema> }).definitions;
  }
  return definitions;
}

const leavesOf = new WeakMap<Schema, Schema[]>();

/** The alternatives a schema stands for, with `$ref` and `anyOf` expanded. */
function leaves(s: Schema): Schema[] {
  const hit = leavesOf.get(s);
  if (hit) return hit;
  const out: Schema[] = [];
  const seen = new Set<Schema>();
  const expand = (x: Schema): void => {
    if (seen.has(x)) return;
    seen.add(x);
    if (x.$ref !== undefined) {
      const def = schemaDefinitions()[x.$ref.replace("#/definitions/", "")];
      if (def) expand(def);
    } else if (x.anyOf) x.anyOf.forEach(expand);
    else out.push(x);
  };
  expand(s);
  leavesOf.set(s, out);
  return out;
}

const types = (s: Schema): string[] | undefined => (s.type === undefined ? undefined : Array.isArray(s.type) ? s.type : [s.type]);

/** `{}` and other schemas without structure accept any value, any property. */
const acceptsAnything = (s: Schema): boolean =>
  s.type === undefined && s.properties === undefined && s.additionalProperties === undefined && s.items === undefined && s.enum === undefined && s.const === undefined;

const acceptsObject = (s: Schema): boolean => types(s)?.includes("object") ?? (s.properties !== undefined || s.additionalProperties !== undefined);
const acceptsArray = (s: Schema): boolean => types(s)?.includes("array") ?? s.items !== undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Throws at the first property that `definition` (a name in the schema's
 * definitions, default the top-level spec) does not allow, at any depth.
 * `pointer` is where `value` sits in the file. The binding block
 * (`usermeta`, free-form in the schema) and generated `datasets` are skipped.
 */
export function checkProperties(ctx: SpecContext, value: unknown, definition = "TopLevelSpec", pointer = ""): void {
  visit(value, [{ $ref: `#/definitions/${definition}` }], pointer);

  function visit(v: unknown, schemas: Schema[], at: string): void {
    if (at === "/usermeta" || at === "/datasets") return;
    const all = schemas.flatMap(leaves);
    if (all.some(acceptsAnything)) return;
    if (Array.isArray(v)) {
      const arrays = all.filter(acceptsArray);
      v.forEach((x, i) => {
        const items = arrays.flatMap((s) => (Array.isArray(s.items) ? (s.items[i] ? [s.items[i]] : []) : s.items ? [s.items] : []));
        if (items.length > 0) visit(x, items, `${at}/${i}`);
      });
      return;
    }
    if (!isObject(v)) return;
    // No alternative takes an object: a type error, which Vega-Lite reports itself.
    const objects = all.filter(acceptsObject);
    if (objects.length === 0) return;
    const extra = objects.filter((s) => s.additionalProperties !== false).map((s) => (typeof s.additionalProperties === "object" ? s.additionalProperties : {}));
    for (const [k, x] of Object.entries(v)) {
      const at2 = `${at}/${pointerToken(k)}`;
      const known = objects.flatMap((s) => (s.properties && Object.prototype.hasOwnProperty.call(s.properties, k) ? [s.properties[k] as Schema] : []));
      if (known.length > 0) visit(x, known, at2);
      else if (extra.length > 0) visit(x, extra, at2);
      else {
        const allowed = [...new Set(objects.flatMap((s) => Object.keys(s.properties ?? {})))].sort();
        throw specError(ctx, at2, msg.unknownVegaLiteProperty(k, closest(k, allowed)), msg.unknownVegaLitePropertyHint(allowed), true);
      }
    }
  }
}
