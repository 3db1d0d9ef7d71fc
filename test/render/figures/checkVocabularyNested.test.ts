// Mark and encoding types inside layers, and channels set to null.
import { describe, expect, it } from "vitest";
import { checkVocabulary } from "../../../src/render/figures/checkVocabulary.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const run = (spec: Record<string, unknown>): void => {
  const source = JSON.stringify(spec, null, 2);
  checkVocabulary({ file: "f.vl.json", source, locations: parseJsonWithPointers(source).locations }, spec);
};

describe("checkVocabulary", () => {
  it("checks the marks of a layer's views", () => {
    const e = safetyGapErrorOf(() => run({ layer: [{ mark: "bar" }, { mark: "rulee" }] }));
    expect(e.message).toBe('"rulee" is not a Vega-Lite mark type. Did you mean "rule"?');
    expect(e.where?.path).toBe("/layer/1/mark");
  });

  it("takes a channel set to null (no tooltip)", () => {
    expect(run({ mark: "bar", encoding: { tooltip: null, x: { field: "a", type: "nominal" } } })).toBeUndefined();
  });
});
