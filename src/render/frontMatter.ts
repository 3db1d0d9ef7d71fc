/**
 * report/paper.yaml: title, authors, CCS concepts, keywords, the ACM
 * reference format, conference line and the permission/copyright block.
 * Text fields are inline Markdown (e.g. "**Computing methodologies**").
 *
 * Its shape is paperSchema (src/input checks it): a syntax error at its
 * line and column, an unknown key with the closest known one (a misspelt
 * `keywrods:` would drop the keywords), a value of the wrong shape at the
 * value (`authors: Anonymous`).
 */
import * as z from "zod";
import type { Node } from "yaml";
import { parseYaml } from "../input/parseYaml.js";
import { validateYaml } from "../input/validateYaml.js";
import { nodeAt } from "../input/locateYaml.js";
import { errorAt } from "./markdown/errors.js";
import { closest } from "../text/closest.js";
import * as msg from "../messages/render.js";

/** A single value: text, or a number or boolean read as its text; nothing is "". */
const scalar = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .transform((v) => (v === null ? "" : String(v)))
  .describe("a single value (text or a number)");
const list = z.array(scalar).describe("a list (lines starting with -)");

export const paperSchema = z.strictObject({
  title: scalar,
  authors: list,
  year: scalar,
  /** Default template variables, e.g. { scale: "7B" }. */
  vars: z.record(z.string(), scalar).default({}).describe("a mapping (indented key: value lines)"),
  ccs: list.default([]),
  keywords: list.default([]),
  conference: z
    .strictObject({ proceedings: scalar.default(""), line: scalar.default(""), publisher: scalar.default("") })
    .describe("a mapping (indented key: value lines)"),
  pages: z.number().int().min(0).default(0).describe("a whole number (the page count of the ACM reference line)"),
  permission: scalar.default(""),
  copyright: scalar.default(""),
});

/** Offset and length of a node in paper.yaml. */
export interface YamlSpan {
  at: number;
  len: number;
}

export type FrontMatter = z.output<typeof paperSchema> & {
  /** Where each variable's name and value are written in paper.yaml, for errors found once the results are known. */
  varsAt: Record<string, { name: YamlSpan; value: YamlSpan }>;
};

export function parseFrontMatter(source: string, file: string): FrontMatter {
  const parsed = parseYaml({ file, source, what: "paper.yaml" });
  const front = validateYaml(parsed, paperSchema, "docs/writing.md");
  const span = (n: Node | undefined): YamlSpan => {
    const [start, end] = n?.range ?? [0, 1];
    return { at: start, len: Math.max(1, end - start) };
  };
  const varsAt: FrontMatter["varsAt"] = {};
  for (const name of Object.keys(front.vars)) varsAt[name] = { name: span(nodeAt(parsed, ["vars", name], true)), value: span(nodeAt(parsed, ["vars", name])) };
  return { ...front, varsAt };
}

/**
 * paper.yaml's variables against the results, where they are defined: a
 * variable names one of the names the results' sets list (`scale: 7B`, for a
 * key pattern such as `x.$scale.y`), and may not replace a set every template
 * uses (a name of results.sets). Checked here, a `scale: 99B` is an error at
 * its line in paper.yaml rather than at the first placeholder that uses it.
 */
export function checkVars(front: FrontMatter, file: string, source: string, names: readonly string[], sets: readonly string[]): void {
  for (const [name, value] of Object.entries(front.vars)) {
    const at = front.varsAt[name];
    if (sets.includes(name)) throw errorAt(msg.varReplacesSet(name), file, source, at?.name.at ?? 0, at?.name.len ?? 1, msg.varHint(names));
    if (!/^[A-Za-z_]\w*$/.test(name)) throw errorAt(msg.badVarName(name), file, source, at?.name.at ?? 0, at?.name.len ?? 1, msg.varHint(names));
    if (!names.includes(value)) throw errorAt(msg.unknownVarValue(name, value, closest(value, names)), file, source, at?.value.at ?? 0, at?.value.len ?? 1, msg.varHint(names));
  }
}
