// Property names against Vega-Lite's JSON schema: a typo that Vega-Lite
// would ignore silently stops the build at the file, pointer and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf, safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { checkProperties } from "../../../src/render/figures/checkProperties.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import { bindFigure } from "../../../src/render/figures/bindFigure.js";
import { listFigures, renderFigure } from "../../../src/render/figures/index.js";
import { syntheticResults } from "./syntheticResults.js";

const report = path.resolve(import.meta.dirname, "../../../report");
const results = syntheticResults();
const fig2 = readFileSync(path.join(report, "figures", "fig2.vl.json"), "utf8");

/** fig2 with `from` (once) replaced by `to`, bound; the error it stops with. */
const bindEdited = (from: string, to: string): Promise<SafetyGapError> => {
  expect(fig2.split(from).length).toBe(2);
  return safetyGapErrorOfAsync(() => bindFigure(fig2.replace(from, to), "report/figures/fig2.vl.json", results));
};

describe("checkProperties", () => {
  it("accepts every spec of the paper", () => {
    for (const id of listFigures(report)) {
      const spec = JSON.parse(readFileSync(path.join(report, "figures", `${id}.vl.json`), "utf8")) as { title?: unknown };
      expect(bindFigure(JSON.stringify(spec), id, results).title, id).toEqual(spec.title);
    }
  });

  it("rejects a typo in an axis, with the pointer, line, column and the intended name", async () => {
    const e = await bindEdited('"tickCount": 6', '"tickCountt": 6');
    expect(e.message).toBe('"tickCountt" is not a Vega-Lite property here, so Vega-Lite would ignore it silently. Did you mean "tickCount"?');
    const line = fig2.split("\n").findIndex((l) => l.includes('"tickCount": 6')) + 1;
    expect(e.where).toMatchObject({ file: "report/figures/fig2.vl.json", path: "/layer/0/encoding/y/axis/tickCountt", line, column: 13 });
  });

  it("rejects a typo at the top level and in a mark's nested object, listing short alternatives", async () => {
    const top = await bindEdited('"width": 320', '"widht": 300');
    expect(top.message).toMatch(/^"widht" is not a Vega-Lite property here.* Did you mean "width"\?$/);
    expect(top.where).toMatchObject({ path: "/widht", line: 29, column: 3 });
    const nested = await bindEdited('"band": 0.6', '"bnad": 0.6');
    expect(nested.where?.path).toBe("/layer/0/mark/width/bnad");
    expect(nested.hint).toBe('allowed here: "band", "expr"');
  });

  it("checks the theme's config too, located in theme.json", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "safety-gap-theme-"));
    try {
      cpSync(path.join(report, "figures"), path.join(dir, "figures"), { recursive: true });
      const theme = path.join(dir, "figures", "theme.json");
      writeFileSync(theme, readFileSync(theme, "utf8").replace('"labelFontSize": 9,', '"labelFontSzie": 9,'));
      const e = await safetyGapErrorOfAsync(() => renderFigure(dir, "fig2", results));
      expect(e.message).toMatch(/^"labelFontSzie" is not a Vega-Lite property here.* Did you mean "labelFontSize"\?$/);
      expect(e.where?.file).toMatch(/figures\/theme\.json$/);
      expect(e.where?.path).toBe("/config/axis/labelFontSzie");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** checkProperties on a tiny value, against `definition` (default: a whole spec). */
const checkValue = (value: unknown, definition?: string): void => {
  const source = JSON.stringify(value, null, 2);
  checkProperties({ file: "t.vl.json", source, locations: parseJsonWithPointers(source).locations }, value, definition);
};
const refusal = (value: unknown, definition?: string): { path: string | undefined; message: string; hint: string | undefined } => {
  const e = safetyGapErrorOf(() => checkValue(value, definition));
  return { path: e.where?.path, message: e.message, hint: e.hint };
};
const notHere = (name: string, closest?: string): string => `"${name}" is not a Vega-Lite property here, so Vega-Lite would ignore it silently.${closest ? ` Did you mean "${closest}"?` : ""}`;

describe("checkProperties, on tiny specs", () => {
  it("walks into array items and the alternatives of a union", () => {
    expect(refusal({ layer: [{ mark: "bar" }, { mark: "bar", encodng: {} }] })).toEqual({
      path: "/layer/1/encodng",
      message: notHere("encodng", "encoding"),
      hint: "fix the name or remove the property (14 properties are allowed here; see https://vega.github.io/vega-lite/docs/)",
    });
    expect(refusal({ mark: "bar", encoding: { tooltip: [{ field: "a", type: "nominal" }, { field: "a", tpe: "nominal" }] } })).toEqual({
      path: "/encoding/tooltip/1/tpe",
      message: notHere("tpe", "type"),
      hint: 'allowed here: "aggregate", "bandPosition", "bin", "field", "format", "formatType", "timeUnit", "title", "type"',
    });
    // width is a number, "container" or { step }: only the object alternative has properties.
    expect(refusal({ mark: "bar", width: { step: 10, stp: 1 } })).toEqual({ path: "/width/stp", message: notHere("stp", "step"), hint: 'allowed here: "for", "step"' });
    expect(refusal({ mark: "bar", encoding: { x: { field: "a", scale: { domain: [{ expr: "1" }, { exr: 1 }] } } } }).path).toBe("/encoding/x/scale/domain/1/exr");
    expect(refusal({ mark: "bar", encoding: { x: { field: "a", scale: { range: [[1, 2], { fild: 1 }] } } } })).toEqual({ path: "/encoding/x/scale/range/1/fild", message: notHere("fild"), hint: 'allowed here: "expr"' });
  });

  it("checks the values of a free-named map against its value schema", () => {
    expect(checkValue({ mark: "bar", config: { style: { mine: { fill: "red" } } } })).toBeUndefined();
    expect(refusal({ mark: "bar", config: { style: { mine: { fll: "red" } } } }).path).toBe("/config/style/mine/fll");
  });

  it("leaves alone the binding block, the datasets, free-form values and values of the wrong type", () => {
    expect(checkValue({ mark: "bar", usermeta: { x: { y: 1 } }, datasets: { d: [{ a: 1 }] }, params: [{ name: "p", value: { any: { thing: 1 } } }] })).toBeUndefined();
    expect(checkValue({ mark: "bar", width: "container", description: { a: 1 }, encoding: { x: 5, y: { field: "a", axis: null } } })).toBeUndefined();
  });

  it("checks another definition, such as the theme's Config", () => {
    expect(refusal({ fnt: "x" }, "Config")).toMatchObject({ path: "/fnt", message: notHere("fnt", "font") });
    expect(refusal({ font: "x", axis: { labelFnt: 1 } }, "Config").path).toBe("/axis/labelFnt");
    expect(checkValue({ font: "x", axis: { labelFont: "y" } }, "Config")).toBeUndefined();
  });
});
