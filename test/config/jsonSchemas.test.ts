// schemas/*.json and docs/config.md's settings table are what `npm run docs` generates from the zod
// schemas and model.yaml's field table; and the schemas say what the validators say.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configTable } from "../../src/config/configTable.js";
import { JSON_SCHEMAS, schemaText } from "../../src/config/jsonSchemas.js";
import { replaceGenerated } from "../../src/lang/generatedDocs.js";

const root = join(import.meta.dirname, "..", "..");

describe("JSON Schemas", () => {
  for (const { file, schema } of JSON_SCHEMAS) {
    it(`${file} is up to date (npm run docs)`, async () => {
      expect(readFileSync(join(root, file), "utf8")).toBe(schemaText(await schema()));
    });
  }

  it("covers every YAML input, the config and the results file, and nothing else is in schemas/", () => {
    expect(readdirSync(join(root, "schemas")).sort()).toEqual(["claims", "config", "model", "paper", "published", "results", "tables"].map((n) => `${n}.schema.json`));
  });

  it("gives each config setting its type, default and description", () => {
    const config = JSON.parse(readFileSync(join(root, "schemas/config.schema.json"), "utf8"));
    expect(config.properties.output.properties.dir).toMatchObject({ type: "string", default: "out" });
    expect(config.properties.results.default).toBe("builtin");
    expect(config.properties.results.anyOf[1].properties.timeout).toMatchObject({ type: "integer", minimum: 1, maximum: 86400, default: 600 });
    expect(config.properties.pdf.properties.pageSize.enum).toEqual(["Letter", "A4", "Legal"]);
    expect(config.additionalProperties).toBe(false);
  });

  it("gives model.yaml's fields their ranges, names by pattern below a declared name", () => {
    const model = JSON.parse(readFileSync(join(root, "schemas/model.schema.json"), "utf8"));
    expect(model.properties.seed).toMatchObject({ type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
    expect(model.properties.baseline.additionalProperties.additionalProperties).toMatchObject({ type: "number", minimum: 0, maximum: 1 });
    expect(model.properties.methodEffects.additionalProperties.properties.retention.additionalProperties).toMatchObject({ type: "number", minimum: 0, default: 1 });
    expect(model.required).toEqual(["seed", "samplesPerCell", "bootstrap", "conditions", "methods", "baselineMethod", "scales", "benchmarks", "noise", "baseline", "alignment", "methodEffects"]);
  });
});

describe("JSON_SCHEMAS", () => {
  it("lists each schema file once, the study's own among them, each with its id and title", async () => {
    expect(JSON_SCHEMAS.map((s) => s.file)).toEqual(["config", "results", "model", "paper", "tables", "claims", "published"].map((n) => `schemas/${n}.schema.json`));
    const model = await JSON_SCHEMAS[2]!.schema();
    expect([model.$schema, model.$id, model.title]).toEqual(["https://json-schema.org/draft/2020-12/schema", "https://safety-gap.invalid/schemas/model.schema.json", "report/model.yaml: the built-in simulation's parameters (docs/model.md)"]);
  });
});

describe("docs/config.md", () => {
  it('"settings" is up to date (npm run docs)', () => {
    const doc = readFileSync(join(root, "docs/config.md"), "utf8");
    expect(replaceGenerated(doc, "settings", configTable())).toBe(doc);
  });

  it("lists every setting with its default", () => {
    expect(configTable().split("\n")).toContain("| `results.timeout` | integer 1 to 86400 | `600` | a whole number of seconds from 1 to 86400 (how long the command may run) |");
    expect(configTable().split("\n")).toContain("| `results.command` | string or list of string | required | a text or a list of words (the program and its arguments; a text is split at spaces, quotes group words, no shell; at most 1000 words, each at most 10000 characters, without NUL) |");
  });
});

describe("the schemas accept what the validators accept", () => {
  // ajv (JSON Schema draft 2020-12) checks the generated schemas against real files: this paper's inputs,
  // its config, init's scaffold and a results file its example study writes.
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  const compiled = new Map<string, ValidateFunction>();
  const validator = (name: string): ValidateFunction => {
    const known = compiled.get(name) ?? ajv.compile(JSON.parse(readFileSync(join(root, "schemas", `${name}.schema.json`), "utf8")));
    compiled.set(name, known);
    return known;
  };
  const yamlOf = (file: string): unknown => parse(readFileSync(join(root, file), "utf8"));

  it("accepts this paper's report files and config", () => {
    for (const [name, file] of [["model", "report/model.yaml"], ["paper", "report/paper.yaml"], ["tables", "report/tables.yaml"], ["claims", "report/claims.yaml"], ["published", "report/published.yaml"], ["config", "safety-gap.config.yaml"]] as const) {
      const validate = validator(name);
      expect(validate(yamlOf(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("accepts init's scaffold files", () => {
    for (const [name, file] of [["paper", "scaffold/common/report/paper.yaml"], ["tables", "scaffold/common/report/tables.yaml"], ["claims", "scaffold/common/report/claims.yaml"], ["published", "scaffold/common/report/published.yaml"], ["config", "scaffold/node/safety-gap.config.yaml"], ["config", "scaffold/python/safety-gap.config.yaml"]] as const) {
      const validate = validator(name);
      expect(validate(yamlOf(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("refuses what the validators refuse", () => {
    const config = validator("config");
    expect(config({ reprot: "x" })).toBe(false);
    expect(config({ results: { command: "x", timeout: 0 } })).toBe(false);
    expect(config({ results: "buildin" })).toBe(false);
    const results = validator("results");
    expect(results({ numbers: { "a b": 1 } })).toBe(false);
    expect(results({ numbers: { a: { value: 1, se: -1 } } })).toBe(false);
    expect(results({ numbers: { a: { value: 1, se: 0.1, interval: [0, 2], n: 3, inputs: ["b"] } }, sets: { arms: ["t"] }, design: { n: 3 }, tables: { s: "s.csv" } })).toBe(true);
  });
});
