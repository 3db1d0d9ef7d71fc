// Vega-Lite answers a misspelt mark or encoding type with a crash message
// that names neither; checkVocabulary names the word, the closest one and
// its pointer, and leaves the binding block, inline datasets and config alone.
import { describe, expect, it } from "vitest";
import type { SafetyGapError } from "../../../src/errors.js";
import { checkVocabulary, FIELD_TYPES, MARK_TYPES } from "../../../src/render/figures/checkVocabulary.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const check = (spec: unknown): void => {
  const source = JSON.stringify(spec, null, 2);
  checkVocabulary({ file: "t.vl.json", source, locations: parseJsonWithPointers(source).locations }, spec);
};
const failure = (spec: unknown): SafetyGapError => safetyGapErrorOf(() => check(spec));
const MARK_HINT = "use bar, rule, text, rect, point, line, errorbar, ... (https://vega.github.io/vega-lite/docs/mark.html)";

describe("checkVocabulary", () => {
  it("knows Vega-Lite's mark and encoding types", () => {
    expect(MARK_TYPES).toEqual(["arc", "area", "bar", "image", "line", "point", "rect", "rule", "text", "tick", "trail", "circle", "square", "geoshape", "boxplot", "errorband", "errorbar"]);
    expect(FIELD_TYPES).toEqual(["quantitative", "ordinal", "nominal", "temporal", "geojson"]);
  });

  it("accepts every known mark and type, as a string or a mark object", () => {
    for (const mark of MARK_TYPES) expect(check({ mark, encoding: { x: { field: "a", type: "nominal" } } })).toBeUndefined();
    for (const type of FIELD_TYPES) expect(check({ mark: { type: "bar", color: "red" }, encoding: { x: { field: "a", type } } })).toBeUndefined();
  });

  it("refuses an unknown mark at the mark, or at its type in a mark object", () => {
    const e = failure({ mark: "barr" });
    expect(e.message).toBe('"barr" is not a Vega-Lite mark type. Did you mean "bar"?');
    expect(e.hint).toBe(MARK_HINT);
    expect(e.where).toMatchObject({ file: "t.vl.json", path: "/mark", line: 2, column: 11 });
    const o = failure({ layer: [{ mark: "bar" }, { mark: { type: "rulee" } }] });
    expect(o.message).toBe('"rulee" is not a Vega-Lite mark type. Did you mean "rule"?');
    expect(o.where?.path).toBe("/layer/1/mark/type");
    expect(failure({ mark: null }).where?.path).toBe("/mark/type");
    expect(failure({ mark: null }).message).toBe('"undefined" is not a Vega-Lite mark type.');
    expect(failure({ mark: { type: 3 } }).message).toBe('"3" is not a Vega-Lite mark type.');
  });

  it("refuses an unknown encoding type at its channel's type", () => {
    const e = failure({ mark: "bar", encoding: { x: { field: "a", type: "nominl" } } });
    expect(e.message).toBe('"nominl" is not an encoding type. Did you mean "nominal"?');
    expect(e.hint).toBe('use "quantitative", "nominal", "ordinal" or "temporal"');
    expect(e.where?.path).toBe("/encoding/x/type");
    expect(failure({ spec: { encoding: { y: { type: 1 } } } }).where?.path).toBe("/spec/encoding/y/type");
  });

  it("does not take a scale's or axis's own type for an encoding type", () => {
    expect(check({ mark: "bar", encoding: { x: { field: "a", type: "quantitative", scale: { type: "log" } }, y: null, text: "x" } })).toBeUndefined();
  });

  it("leaves the binding block, inline datasets and config alone", () => {
    expect(check({ mark: "bar", usermeta: { mark: "barr" }, datasets: { d: [{ mark: "barr" }] }, config: { mark: "barr", encoding: { x: { type: "nominl" } } } })).toBeUndefined();
  });

  it("escapes the keys of the pointer", () => {
    expect(failure({ "a/b": { "c~d": { mark: "barr" } } }).where?.path).toBe("/a~1b/c~0d/mark");
  });

  it("checks encodings in conditions and channel lists", () => {
    expect(failure({ encoding: { tooltip: [{ field: "a", type: "nominl" }] } }).where?.path).toBe("/encoding/tooltip/0/type");
    expect(failure({ encoding: { color: { condition: { test: "true", field: "a", type: "nominl" }, value: "red" } } }).where?.path).toBe("/encoding/color/condition/type");
    expect(failure({ layer: [{ encoding: { detail: [{ field: "a", type: "nominal" }, { field: "b", type: 2 }] } }] }).where?.path).toBe("/layer/0/encoding/detail/1/type");
    // A condition's scale has a type of its own; only the field's type is an encoding type.
    expect(check({ encoding: { color: { condition: { param: "p", field: "a", type: "nominal", scale: { type: "log" } }, value: "red" }, tooltip: [{ field: "a", type: "quantitative" }] } })).toBeUndefined();
    // Only a condition or a list item right under a channel: deeper objects named by a number are not channel definitions.
    expect(check({ encoding: { x: { field: "a", type: "nominal", axis: { values: [{ type: "y" }] } }, tooltip: [{ field: "a", type: "nominal", bin: { type: "q" } }] }, x: { "2": { type: "w" } } })).toBeUndefined();
    const many = Array.from({ length: 11 }, (_, i) => ({ field: "a", type: i === 10 ? "ordinl" : "ordinal" }));
    expect(failure({ encoding: { tooltip: many } }).where?.path).toBe("/encoding/tooltip/10/type");
  });
});
