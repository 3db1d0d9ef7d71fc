// docs/config.md's settings table, from a schema of the test's own: each row's type, default and
// description as the table writes them, whatever the real config holds today.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { configTable, typeText } from "../../src/config/configTable.js";

describe("typeText(node)", () => {
  it("names constants, choices, unions, lists and ranged integers", () => {
    expect(typeText({ const: "builtin" })).toBe('`"builtin"`');
    expect(typeText({ enum: ["A4", 3] })).toBe('`"A4"` or `3`');
    expect(typeText({ anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] })).toBe("string or list of string");
    expect(typeText({ type: "array" })).toBe("list of values");
    expect(typeText({ type: "integer", minimum: 1, maximum: 9 })).toBe("integer 1 to 9");
  });

  it("gives an integer its range only when both ends are known, and a number none", () => {
    expect(typeText({ type: "integer", minimum: 1 })).toBe("integer");
    expect(typeText({ type: "integer", maximum: 9 })).toBe("integer");
    expect(typeText({ type: "number", minimum: 0, maximum: 1 })).toBe("number");
    expect(typeText({ type: "number", maximum: 1 })).toBe("number");
  });

  it("says any for a node without a type, and object for an object whatever its fields", () => {
    expect(typeText({})).toBe("any");
    expect(typeText({ type: "object", properties: { x: { type: "string" } } })).toBe("object");
  });
});

describe("configTable(schema)", () => {
  const table = (): string =>
    configTable(
      z.strictObject({
        name: z.string().describe("a | b"),
        tags: z.array(z.string()).default([]).describe("tags"),
        label: z.any().default(null).describe("label"),
        bare: z.number().default(2),
        mode: z
          .union([z.literal("auto"), z.strictObject({ level: z.number().int().min(1).max(3).describe("level"), note: z.string().default("n").describe("note") })])
          .default("auto")
          .describe("mode"),
        box: z.strictObject({ on: z.boolean().default(true).describe("on") }).default({ on: true }).describe("box"),
        empty: z.strictObject({ off: z.boolean().default(false).describe("off") }).default({ off: false }).describe("empty"),
      }),
    );

  it("writes a row per setting, nested ones under their parent, with its type, default and description", () => {
    expect(table().split("\n")).toEqual([
      "| setting | type | default | description |",
      "|---|---|---|---|",
      "| `name` | string | — | a \\| b |",
      "| `tags` | list of string | `[]` | tags |",
      "| `label` | any | `null` | label |",
      "| `bare` | number | `2` |  |",
      '| `mode` | `"auto"` or object | `"auto"` | mode |',
      "| `mode.level` | integer 1 to 3 | required | level |",
      '| `mode.note` | string | `"n"` | note |',
      "| `box` | object | `{\"on\":true}` | box |",
      "| `box.on` | boolean | `true` | on |",
      "| `empty` | object | `{\"off\":false}` | empty |",
      "| `empty.off` | boolean | `false` | off |",
    ]);
  });

  it("shows an empty object's default as none", () => {
    const t = configTable(z.strictObject({ pdf: z.strictObject({ size: z.string().optional().describe("size") }).default({}).describe("pdf") }));
    expect(t.split("\n").slice(2)).toEqual(["| `pdf` | object | — | pdf |", "| `pdf.size` | string | — | size |"]);
  });
});
