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
import { parseYaml } from "../input/parseYaml.js";
import { validateYaml } from "../input/validateYaml.js";

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

export type FrontMatter = z.output<typeof paperSchema>;

export function parseFrontMatter(source: string, file: string): FrontMatter {
  return validateYaml(parseYaml({ file, source, what: "paper.yaml" }), paperSchema, "docs/writing.md");
}
