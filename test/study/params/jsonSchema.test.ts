/**
 * The editors' JSON Schema for report/model.yaml is the checked-in
 * schemas/model.schema.json: the engine adds only `$schema`, `$id` and the title.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

/**
 * The schema, from modules loaded inside the calling test: the zod schema is
 * built when its module loads, and a mutation run sees which test reaches a
 * line only while that test runs.
 */
async function freshModelJsonSchema(): Promise<Record<string, unknown>> {
  vi.resetModules();
  return (await import("../../../src/study/params/jsonSchema.js")).modelJsonSchema();
}

describe("modelJsonSchema", () => {
  it("is schemas/model.schema.json without the engine's $schema, $id and title", async () => {
    const body = await freshModelJsonSchema();
    const { $schema, $id, title, ...checkedIn } = JSON.parse(readFileSync("schemas/model.schema.json", "utf8")) as Record<string, unknown>;
    expect([$schema, $id, title]).toEqual(["https://json-schema.org/draft/2020-12/schema", "https://safety-gap.invalid/schemas/model.schema.json", "report/model.yaml: the built-in simulation's parameters (docs/model.md)"]);
    // Strict: a field without a default must not carry `default: undefined`.
    expect(body).toStrictEqual(checkedIn);
    expect(Object.keys(body)).not.toContain("$schema");
  });

  it("describes each field from the table, with its default and, for name lists, unique items", async () => {
    const body = await freshModelJsonSchema();
    const props = body.properties as Record<string, Record<string, unknown>>;
    expect(props.samplesPerCell).toEqual({
      type: "integer",
      minimum: 2,
      maximum: 10000000,
      description: "Samples n per (scale, method, condition, benchmark) cell. Allowed: an integer >= 2, with n × cells <= 10,000,000.",
    });
    expect(props.methods!.uniqueItems).toBe(true);
    expect(props.scales!.uniqueItems).toBe(true);
    expect(props.seed!.uniqueItems).toBeUndefined();
    // Input, not output, form: retention is optional.
    const effect = (props.methodEffects!.additionalProperties as Record<string, unknown>);
    expect(effect.required).toEqual(["lift"]);
  });
});
