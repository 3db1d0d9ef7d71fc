/**
 * The results file a command writes (docs/results-file.md): every citable
 * number under a results key, each optionally with its uncertainty and
 * provenance, the named sets the templates quantify over, and tables of
 * samples as CSV files beside it. schemas/results.schema.json is generated
 * from this schema (`npm run docs`).
 */
import * as z from "zod";

/** A results key: dotted names, as the results language writes them (src/lang/keyPattern.ts). */
export const RESULTS_KEY = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*$/;
/** A set's name, as `$name` in a key pattern. */
export const SET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A name in a set: one segment of a results key. */
export const SEGMENT = /^[A-Za-z0-9_+-]+$/;
/** A table's file: a relative path of plain names ending in .csv, inside the folder of the results file. */
export const TABLE_FILE = /^(?:[A-Za-z0-9_+-][A-Za-z0-9_.+-]*\/)*[A-Za-z0-9_+-][A-Za-z0-9_.+-]*\.csv$/;

/** Longest text field (a unit, a formula, a meaning): these are labels, not documents. */
export const MAX_TEXT = 1000;
/** Most numbers one results file may hold (the built-in study has ~13,000). */
export const MAX_NUMBERS = 1_000_000;

const key = z.string().regex(RESULTS_KEY).describe("a results key: names of letters, digits, `_`, `+` and `-`, joined by dots (e.g. `effect.diff`)");
/** Described where it is used, with what the text is (a unit, a formula, a meaning). */
const label = z.string().max(MAX_TEXT);

export const detailedNumber = z
  .strictObject({
    value: z.number().describe("the number"),
    se: z.number().nonnegative().describe("a number >= 0 (its standard error: diff and check treat a change within K of them as noise)").optional(),
    interval: z
      .tuple([z.number(), z.number()])
      .describe("two numbers [low, high] (its interval)")
      .optional(),
    n: z.number().int().nonnegative().describe("a whole number >= 0 (the sample size it was computed from)").optional(),
    unit: label.describe(`text of at most ${MAX_TEXT} characters (its unit, e.g. \`points\`)`).optional(),
    formula: label.describe(`text of at most ${MAX_TEXT} characters (how it is computed, e.g. \`a.mean - b.mean\`)`).optional(),
    inputs: z.array(key).max(1000).describe("a list of results keys (the numbers it is computed from)").optional(),
    meaning: label.describe(`text of at most ${MAX_TEXT} characters (what it is, in words)`).optional(),
  })
  .describe("a number with what is known about it");

export const resultsFileSchema = z
  .strictObject({
    $schema: z.string().describe("text (the JSON Schema this file follows, for editors; not read)").optional(),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe("a whole number from 0 to 2^53 - 1 (the seed the numbers were computed with)").optional(),
    sets: z
      .record(
        z.string().regex(SET_NAME).describe("a set name: a letter or `_`, then letters, digits and `_`"),
        z.array(z.string().regex(SEGMENT).describe("a name of letters, digits, `_`, `+` and `-`")).describe("a list of names"),
      )
      .describe("a mapping of set names to lists of names (for `all m in set` and `rows: $set`)")
      .optional(),
    design: z
      .record(z.string().regex(SEGMENT).describe("a name of letters, digits, `_`, `+` and `-`"), z.number().describe("a number"))
      .describe("a mapping of names to numbers that describe the design, not results (cited as `sizes.<name>`, e.g. samples per arm)")
      .optional(),
    numbers: z
      .record(key, z.union([z.number(), detailedNumber]).describe("a number, or an object with `value` and optional `se`, `interval`, `n`, `unit`, `formula`, `inputs`, `meaning`"))
      .describe("a mapping of results keys to numbers (every citable number)"),
    tables: z
      .record(
        z.string().regex(SEGMENT).describe("a table name of letters, digits, `_`, `+` and `-`"),
        z.string().regex(TABLE_FILE).describe("a CSV file beside the results file (a relative path of plain names ending in `.csv`)"),
      )
      .describe("a mapping of table names to CSV files beside the results file (tables of samples)")
      .optional(),
  })
  .describe("a results file");

export type ResultsFile = z.output<typeof resultsFileSchema>;
