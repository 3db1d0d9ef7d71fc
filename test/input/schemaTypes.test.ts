// The field types the YAML inputs share say, in their errors, what they allow.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { parseYaml } from "../../src/input/parseYaml.js";
import { number, text, textList } from "../../src/input/schemaTypes.js";
import { validateYaml } from "../../src/input/validateYaml.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const messageOf = (yaml: string, schema: z.ZodType): string =>
  safetyGapErrorOf(() => validateYaml(parseYaml({ file: "f.yaml", source: yaml, what: "the file" }), schema, "docs/x.md")).message;

describe("schemaTypes", () => {
  it("text: a string or a number (YAML reads 2026 as a number), and says `text` otherwise", () => {
    expect(validateYaml(parseYaml({ file: "f.yaml", source: "a: 7B\nb: 2026\n", what: "the file" }), z.strictObject({ a: text, b: text }), "docs/x.md")).toEqual({ a: "7B", b: 2026 });
    expect(messageOf("t: {a: 1}\n", z.strictObject({ t: text }))).toBe("`t` must be text, got a mapping");
  });

  it("textList: says it is a list of texts", () => {
    expect(messageOf("l: 5\n", z.strictObject({ l: textList }))).toBe("`l` must be a list of texts (lines starting with -), got 5");
  });

  it("number: says it is a number", () => {
    expect(messageOf("n: x\n", z.strictObject({ n: number }))).toBe("`n` must be a number, got `x`");
  });
});
