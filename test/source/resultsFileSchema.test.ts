// The results file's schema: what each field may be, said in the messages of a wrong value and in
// schemas/results.schema.json (which editors check a results file with) in the same words.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMAS, schemaText } from "../../src/config/jsonSchemas.js";
import { readResultsFile } from "../../src/source/readResultsFile.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const tool = { name: "safety-gap", version: "9.9.9" };
const messageOf = (text: string): string => safetyGapErrorOf(() => readResultsFile(new TextEncoder().encode(text), "results.json", tool), text).message;

describe("the results file's schema", () => {
  it("is what schemas/results.schema.json says (npm run docs)", async () => {
    const generated = JSON_SCHEMAS.find((s) => s.file === "schemas/results.schema.json")!;
    expect(readFileSync(join(import.meta.dirname, "..", "..", "schemas", "results.schema.json"), "utf8")).toBe(schemaText(await generated.schema()));
  });

  it("says what each field must be", () => {
    const cases: [string, string][] = [
      ["[]", "the results file must be a results file, got a list"],
      ['{"$schema": 1, "numbers": {}}', "`$schema` must be text (the JSON Schema this file follows, for editors; not read), got 1"],
      ['{"seed": -1, "numbers": {}}', "`seed` must be a whole number from 0 to 2^53 - 1 (the seed the numbers were computed with), got -1"],
      ['{"numbers": {}, "sets": []}', "`sets` must be a mapping of set names to lists of names (for `all m in set` and `rows: $set`), got a list"],
      ['{"numbers": {}, "sets": {"s": "a"}}', "`sets.s` must be a list of names, got `a`"],
      ['{"numbers": {}, "design": []}', "`design` must be a mapping of names to numbers that describe the design, not results (cited as `sizes.<name>`, e.g. samples per arm), got a list"],
      ['{"numbers": {}, "design": {"n": "x"}}', "`design.n` must be a number, got `x`"],
      ['{"numbers": []}', "`numbers` must be a mapping of results keys to numbers (every citable number), got a list"],
      ['{"numbers": {}, "tables": []}', "`tables` must be a mapping of table names to CSV files beside the results file (tables of samples), got a list"],
      ['{"numbers": {"a": {"value": "x"}}}', "`numbers.a.value` must be the number, got `x`"],
      ['{"numbers": {"a": {"se": 1}}}', "`numbers.a.value` is missing; it must be the number"],
      ['{"numbers": {"a": {"value": 1, "interval": 1}}}', "`numbers.a.interval` must be two numbers [low, high] (its interval), got 1"],
      ['{"numbers": {"a": {"value": 1, "n": 1.5}}}', "`numbers.a.n` must be a whole number >= 0 (the sample size it was computed from), got 1.5"],
      ['{"numbers": {"a": {"value": 1, "unit": 1}}}', "`numbers.a.unit` must be text of at most 1000 characters (its unit, e.g. `points`), got 1"],
      ['{"numbers": {"a": {"value": 1, "formula": 1}}}', "`numbers.a.formula` must be text of at most 1000 characters (how it is computed, e.g. `a.mean - b.mean`), got 1"],
      ['{"numbers": {"a": {"value": 1, "inputs": "b"}}}', "`numbers.a.inputs` must be a list of results keys (the numbers it is computed from), got `b`"],
      ['{"numbers": {"a": {"value": 1, "meaning": 1}}}', "`numbers.a.meaning` must be text of at most 1000 characters (what it is, in words), got 1"],
    ];
    for (const [text, message] of cases) expect(messageOf(text), text).toBe(message);
  });

  it("refuses a name with characters outside its pattern anywhere in it, not only at one end", () => {
    const setName = "a key must be a set name: a letter or `_`, then letters, digits and `_`";
    expect(messageOf('{"numbers": {}, "sets": {"1a": []}}')).toBe(`key \`1a\` in \`sets\` is not allowed: ${setName}`);
    expect(messageOf('{"numbers": {}, "sets": {"a-": []}}')).toBe(`key \`a-\` in \`sets\` is not allowed: ${setName}`);
    expect(messageOf('{"numbers": {}, "sets": {"s": ["a.b"]}}')).toBe("`sets.s[0]` must be a name of letters, digits, `_`, `+` and `-`, got `a.b`");
    expect(messageOf('{"numbers": {}, "design": {"a.b": 1}}')).toBe("key `a.b` in `design` is not allowed: a key must be a name of letters, digits, `_`, `+` and `-`");
    expect(messageOf('{"numbers": {}, "tables": {"a.b": "x.csv"}}')).toBe("key `a.b` in `tables` is not allowed: a key must be a table name of letters, digits, `_`, `+` and `-`");
    expect(messageOf('{"numbers": {}, "tables": {"t": "x.csv~"}}')).toBe(
      "`tables.t` must be a CSV file beside the results file (a relative path of plain names ending in `.csv`), got `x.csv~`",
    );
    expect(readResultsFile(new TextEncoder().encode('{"numbers": {}, "sets": {"_s1": ["a+b-c_1"]}, "tables": {"t-1": "d.1/x.y.csv"}}'), "results.json", tool).tables).toEqual({ "t-1": "d.1/x.y.csv" });
  });
});
