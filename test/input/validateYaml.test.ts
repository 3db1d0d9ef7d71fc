// The one validator of YAML (and JSON) inputs, on small schemas of its own:
// each refusal names the file, the line, column and field, what the field
// allows and the fix, whatever wrapper (optional, pipe, lazy, union, tuple,
// record) the schema puts around the field; a value YAML reads as a Map,
// Set or Date where a mapping belongs is refused, not read as an empty one.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { SafetyGapError, SourceLocation } from "../../src/errors.js";
import { parseYaml } from "../../src/input/parseYaml.js";
import { fieldHints, validateData, validateYaml } from "../../src/input/validateYaml.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const DOC = "docs/x.md";
const FIELD_HINT = "docs/x.md describes every field.";
const parsed = (yaml: string) => parseYaml({ file: "f.yaml", source: yaml, what: "the file" });
const check = (yaml: string, schema: z.ZodType): unknown => validateYaml(parsed(yaml), schema, DOC);
const errorOf = (yaml: string, schema: z.ZodType): SafetyGapError => safetyGapErrorOf(() => check(yaml, schema));
/** The error's message, file:line:column, length and fix, in one value to compare. */
const summary = (e: SafetyGapError) => ({ message: e.message, file: e.where?.file, line: e.where?.line, column: e.where?.column, length: e.where?.length, path: e.where?.path, hint: e.hint });

describe("a value YAML reads as another object where a mapping belongs (an explicit tag)", () => {
  it("an !!omap where a record belongs: at the value, with what the field allows", () => {
    const e = errorOf("n: 1\nm: !!omap\n  - a: 1\n", z.strictObject({ n: z.number(), m: z.record(z.string(), z.number()) }));
    expect(summary(e)).toEqual({
      message: "`m` must be a mapping (key: value lines), got an ordered map (!!omap)",
      file: "f.yaml",
      line: 3,
      column: 3,
      length: 6,
      path: "m",
      hint: FIELD_HINT,
    });
  });

  it("says the field's own description when it has one", () => {
    const e = errorOf("m: !!set {a, b}\n", z.strictObject({ m: z.strictObject({ a: z.null().optional() }).describe("the settings (key: value lines)") }));
    expect(e.message).toBe("`m` must be the settings (key: value lines), got a set (!!set)");
    expect(e.where).toMatchObject({ line: 1, column: 10, path: "m" });
  });

  // zod reads a Map as a mapping without fields: with every field optional it would pass.
  const optionalFields = z.strictObject({ x: z.number().optional() });

  it("inside a record's value", () => {
    const e = errorOf("m:\n  ok: {}\n  a: !!omap\n    - x: 1\n", z.strictObject({ m: z.record(z.string(), optionalFields) }));
    expect(e.message).toBe("`m.a` must be a mapping (key: value lines), got an ordered map (!!omap)");
    expect(e.where).toMatchObject({ line: 4, column: 5, path: "m.a" });
  });

  it("inside a list, at the item (the items before it being fine)", () => {
    const e = errorOf("list:\n  - {}\n  - !!omap\n    - x: 1\n", z.strictObject({ list: z.array(optionalFields) }));
    expect(e.message).toBe("`list[1]` must be a mapping (key: value lines), got an ordered map (!!omap)");
    expect(e.where).toMatchObject({ line: 4, column: 5, path: "list[1]" });
  });

  it("inside optional, default and transformed (pipe) fields", () => {
    const inner = z.strictObject({ m: optionalFields });
    for (const schema of [inner.optional(), inner.default({ m: {} }), inner.transform((v) => v)]) {
      const f = errorOf("o:\n  m: !!omap\n    - x: 1\n", z.strictObject({ o: schema }));
      expect(f.message).toBe("`o.m` must be a mapping (key: value lines), got an ordered map (!!omap)");
      expect(f.where).toMatchObject({ line: 3, column: 5, path: "o.m" });
    }
  });

  it("a mapping written with a `length` field where a list belongs is not read as a list", () => {
    const e = errorOf('list:\n  length: 1\n  "0": !!set {a}\n', z.strictObject({ list: z.array(optionalFields) }));
    expect(e.message).toBe("`list` must be a list (lines starting with -), got a mapping");
    expect(e.where).toMatchObject({ line: 2, column: 3, path: "list" });
  });

  it("a Set where text belongs is refused as text, not as a mapping", () => {
    const e = errorOf("s: !!set {a, b}\n", z.strictObject({ s: z.string() }));
    expect(e.message).toBe("`s` must be text, got a set (!!set)");
  });

  it("a missing value (null) where a mapping belongs", () => {
    const e = errorOf("m:\n", z.strictObject({ m: z.record(z.string(), z.number()) }));
    expect(summary(e)).toEqual({ message: "`m` must be a mapping (key: value lines), got nothing", file: "f.yaml", line: 1, column: 3, length: 1, path: "m", hint: FIELD_HINT });
  });

  it("a scalar where a mapping belongs is reported in the order of the schema's fields", () => {
    const e = errorOf("m: 5\na: x\n", z.strictObject({ a: z.number(), m: z.strictObject({}) }));
    expect(e.message).toBe("`a` must be a number, got `x`");
  });

  it("data with no prototype (parsed JSON) is a mapping", () => {
    const data = Object.assign(Object.create(null) as object, { a: 1 });
    expect(validateData({ data, what: "the data", locate: () => ({ file: "d.json" }) }, z.strictObject({ a: z.number() }), DOC)).toEqual({ a: 1 });
  });
});

describe("what a field allows, seen through the schema's wrappers", () => {
  it("a transformed (pipe) field says its input's description", () => {
    const e = errorOf("name: 5\n", z.strictObject({ name: z.string().describe("a short name").transform((s) => s.trim()) }));
    expect(e.message).toBe("`name` must be a short name, got 5");
  });

  it("a tuple's item says its own description", () => {
    const e = errorOf("pair: [a, x]\n", z.strictObject({ pair: z.tuple([z.string(), z.number().describe("a count")]) }));
    expect(summary(e)).toEqual({ message: "`pair[1]` must be a count, got `x`", file: "f.yaml", line: 1, column: 11, length: 1, path: "pair[1]", hint: FIELD_HINT });
  });

  it("a union's field is the field of the option that has it, not a list's item", () => {
    const schema = z.strictObject({ u: z.union([z.array(z.number().describe("a list's number")), z.strictObject({ k: z.string().describe("the k text") })]) });
    expect(errorOf("u: {k: [1]}\n", schema).message).toBe("`u.k` must be the k text, got a list");
  });

  it("an object field named `length` beside a tuple option is the object's", () => {
    const schema = z.union([z.tuple([z.string(), z.string()]), z.strictObject({ length: z.number().describe("a length in cm") })]);
    expect(errorOf("length: x\n", schema).message).toBe("`length` must be a length in cm, got `x`");
  });

  it("a nested union's options are not searched for the field", () => {
    const schema = z
      .union([z.union([z.strictObject({ k: z.number().describe("A") })]), z.strictObject({ k: z.string().describe("B") })])
      .superRefine((_v, ctx) => ctx.addIssue({ code: "custom", path: ["k"], message: "custom" }));
    expect(errorOf("k: x\n", schema).message).toBe("`k` must be B, got a mapping");
  });

  it("past a lazy schema nothing is known of the field: its type says what it must be", () => {
    const schema = z.strictObject({ a: z.lazy(() => z.strictObject({ b: z.strictObject({ c: z.number() }) })) });
    const e = errorOf("a:\n  b:\n    c: x\n", schema);
    expect(summary(e)).toEqual({ message: "`a.b.c` must be a number, got `x`", file: "f.yaml", line: 3, column: 8, length: 1, path: "a.b.c", hint: FIELD_HINT });
  });

  it("an unknown field past a lazy schema lists no allowed fields, and the fix names the docs", () => {
    const schema = z.strictObject({ a: z.lazy(() => z.strictObject({ b: z.strictObject({ c: z.number() }) })) });
    const e = errorOf("a:\n  b:\n    c: 1\n    zz: 2\n", schema);
    expect(summary(e)).toEqual({
      message: "unknown field `zz` in `a.b`; allowed: ",
      file: "f.yaml",
      line: 4,
      column: 5,
      length: 2,
      path: "a.b.zz",
      hint: "Remove it, or rename it to one of the allowed fields (docs/x.md describes them).",
    });
  });

  it("with no description, the basic type's words; a union without one is `of another type`", () => {
    expect(errorOf("n: x\n", z.strictObject({ n: z.number() })).message).toBe("`n` must be a number, got `x`");
    expect(errorOf("n: {a: 1}\n", z.strictObject({ n: z.union([z.string(), z.number()]) })).message).toBe("`n` must be of another type, got a mapping");
  });
});

describe("which of several problems is reported", () => {
  it("an unknown field beside a missing one in the same mapping: the unknown one (it is usually the missing one misspelt)", () => {
    const e = errorOf("a: {valeu: 1}\n", z.strictObject({ a: z.strictObject({ value: z.number() }) }));
    expect(summary(e)).toEqual({ message: "unknown field `valeu` in `a`; allowed: `value`", file: "f.yaml", line: 1, column: 5, length: 5, path: "a.valeu", hint: "did you mean `value`?" });
  });

  it("an unknown field in another mapping does not replace the first problem", () => {
    const e = errorOf("a: {}\nb: {y: 1, z: 2}\n", z.strictObject({ a: z.strictObject({ x: z.number() }), b: z.strictObject({ y: z.number() }) }));
    expect(summary(e)).toEqual({ message: "`a.x` is missing; it must be a number", file: "f.yaml", line: 1, column: 4, length: 2, path: "a", hint: FIELD_HINT });
  });
});

describe("a union none of whose options matched", () => {
  const builtinOr = z.union([z.literal("builtin"), z.strictObject({ file: z.string() })]).describe("`builtin` or a mapping with `file`");

  it("text meant as the literal: its own problem, with the closest value", () => {
    const e = errorOf("src: builtn\n", z.strictObject({ src: builtinOr }));
    expect(summary(e)).toEqual({ message: "`src` must be `builtin` or a mapping with `file`, got `builtn`", file: "f.yaml", line: 1, column: 6, length: 6, path: "src", hint: "did you mean `builtin`?" });
  });

  it("a mapping meant as the object: its field's problem, at the field", () => {
    const e = errorOf("src: {file: 3}\n", z.strictObject({ src: builtinOr }));
    expect(summary(e)).toEqual({ message: "`src.file` must be text, got 3", file: "f.yaml", line: 1, column: 13, length: 1, path: "src.file", hint: FIELD_HINT });
  });

  it("a literal of text or a number, given misspelt text: the literal's problem", () => {
    const e = errorOf("n: auot\n", z.strictObject({ n: z.union([z.literal(["auto", 0]), z.strictObject({ a: z.number() })]) }));
    expect(e.message).toBe("`n` must be `auto` or `0`, got `auot`");
    expect(e.hint).toBe("did you mean `auto`?");
  });

  it("text too short for the only text option: that option's problem", () => {
    const e = errorOf("x\n", z.union([z.intersection(z.object({ a: z.number() }), z.object({ b: z.number() })), z.string().min(3)]));
    expect(e.message).toBe("Too small: expected string to have >=3 characters");
    expect(e.where).toMatchObject({ line: 1, column: 1, path: "" });
  });

  it("two text options both refusing the text: the union's problem, neither being meant more than the other", () => {
    const id = z.union([z.string().min(5), z.string().regex(/^x/)]).describe("an id of 5 characters or more, or one starting with x");
    const e = errorOf("id: ab\n", z.strictObject({ id }));
    expect(summary(e)).toEqual({ message: "`id` must be an id of 5 characters or more, or one starting with x, got `ab`", file: "f.yaml", line: 1, column: 5, length: 2, path: "id", hint: FIELD_HINT });
  });

  it("an option failing twice on the type is still a problem of its own, not a wrong type", () => {
    const e = errorOf("5\n", z.union([z.intersection(z.object({ a: z.number() }), z.object({ b: z.number() })), z.string()]));
    expect(e.message).toBe("the file must be a mapping (key: value lines), got 5");
  });

  it("a field holding a union none of whose options fits the value's type: the union's description", () => {
    const e = errorOf("src: 5\n", z.strictObject({ src: builtinOr }));
    expect(summary(e)).toEqual({ message: "`src` must be `builtin` or a mapping with `file`, got 5", file: "f.yaml", line: 1, column: 6, length: 1, path: "src", hint: FIELD_HINT });
  });
});

describe("a value not among the allowed ones", () => {
  const kinds = z.enum(["alpha", "beta", "gamma"]);

  it("misspelt: the allowed values and the closest", () => {
    const e = errorOf("kind: alpah\n", z.strictObject({ kind: kinds }));
    expect(summary(e)).toEqual({ message: "`kind` must be one of `alpha`, `beta`, `gamma`, got `alpah`", file: "f.yaml", line: 1, column: 7, length: 5, path: "kind", hint: "did you mean `alpha`?" });
  });

  it("nothing close: the fix names the docs", () => {
    expect(errorOf("kind: zzzzzz\n", z.strictObject({ kind: kinds })).hint).toBe(FIELD_HINT);
  });

  it("a number: no closest text is looked for", () => {
    const e = errorOf("kind: 5\n", z.strictObject({ kind: kinds }));
    expect(e.message).toBe("`kind` must be one of `alpha`, `beta`, `gamma`, got 5");
    expect(e.hint).toBe(FIELD_HINT);
  });

  it("the field's description, when it has one, says what is allowed", () => {
    expect(errorOf("kind: delta\n", z.strictObject({ kind: kinds.describe("a Greek letter's name") })).message).toBe("`kind` must be a Greek letter's name, got `delta`");
  });
});

describe("a record's key its key schema refuses", () => {
  const lower = z.string().regex(/^[a-z]+$/);

  it("at the top level: named in the file's words, at the key, with what a key must be", () => {
    const e = errorOf("ok: 1\nBad: 2\n", z.record(lower.describe("a lowercase name"), z.number()));
    expect(summary(e)).toEqual({ message: "key `Bad` in `the file` is not allowed: a key must be a lowercase name", file: "f.yaml", line: 2, column: 1, length: 3, path: "Bad", hint: FIELD_HINT });
  });

  it("deeper: the record's path", () => {
    const e = errorOf("a:\n  m:\n    Bad: 2\n", z.strictObject({ a: z.strictObject({ m: z.record(lower.describe("a lowercase name"), z.number()) }) }));
    expect(e.message).toBe("key `Bad` in `a.m` is not allowed: a key must be a lowercase name");
    expect(e.where).toMatchObject({ line: 3, column: 5, length: 3, path: "a.m.Bad" });
  });

  it("a record behind a lazy schema: `another name`", () => {
    expect(errorOf("Bad: 1\n", z.lazy(() => z.record(lower, z.number()))).message).toBe("key `Bad` in `the file` is not allowed: a key must be another name");
  });
});

describe("a field's registered hint (fieldHints) is the fix of its error", () => {
  it("a text hint", () => {
    const n = z.number().int();
    fieldHints.add(n, { hint: "Seeds are whole numbers." });
    expect(errorOf("seed: 1.5\n", z.strictObject({ seed: n })).hint).toBe("Seeds are whole numbers.");
  });

  it("a hint made from the value read and the text written there (on its own line and column)", () => {
    const n = z.number().max(10);
    fieldHints.add(n, { hint: (read, written) => `read ${String(read)}, written [${written}]` });
    const e = errorOf("a: 1\nn:   12345 # a comment\n", z.strictObject({ a: z.number(), n }));
    expect(e.where).toMatchObject({ line: 2, column: 6, length: 5 });
    expect(e.hint).toBe("read 12345, written [12345]");
  });

  it("a hint that has nothing to say leaves the docs' fix", () => {
    const n = z.number().max(10);
    fieldHints.add(n, { hint: () => undefined });
    expect(errorOf("n: 11\n", z.strictObject({ n })).hint).toBe(FIELD_HINT);
  });

  it("with a location that has no source, the written text is empty", () => {
    const n = z.number().max(10);
    fieldHints.add(n, { hint: (_read, written) => `written [${written}]` });
    const where: SourceLocation = { file: "d.json" };
    const e = safetyGapErrorOf(() => validateData({ data: { n: 11 }, what: "the data", locate: () => where }, z.strictObject({ n }), DOC));
    expect(e.hint).toBe("written []");
  });
});
