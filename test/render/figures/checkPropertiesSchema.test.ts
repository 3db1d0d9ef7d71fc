// Corners of the walk over Vega-Lite's schema that the paper's figures do not reach.
import { describe, expect, it } from "vitest";
import { checkProperties } from "../../../src/render/figures/checkProperties.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import type { SpecContext } from "../../../src/render/figures/specContext.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const contextOf = (value: unknown): SpecContext => {
  const source = JSON.stringify(value, null, 2);
  return { file: "f.vl.json", source, locations: parseJsonWithPointers(source).locations };
};
const check = (value: unknown, definition?: string, pointer?: string): void => checkProperties(contextOf(value), value, definition, pointer);

describe("checkProperties on schema corners", () => {
  it("takes any property in an object the schema leaves free (a sphere generator's object)", () => {
    expect(check({ data: { sphere: { anything: 1, nested: { deeper: true } } }, mark: "geoshape" })).toBeUndefined();
    // The same object under a name the schema does not know is still refused.
    const e = safetyGapErrorOf(() => check({ data: { spheer: {} }, mark: "geoshape" }));
    expect(e.message).toBe('"spheer" is not a Vega-Lite property here, so Vega-Lite would ignore it silently. Did you mean "sphere"?');
    expect(e.where?.path).toBe("/data/spheer");
  });

  it("checks nothing against a definition the schema lacks", () => {
    expect(check({ anything: 1 }, "NoSuchDefinition")).toBeUndefined();
  });

  it("skips the binding block and the generated datasets wherever they are checked from", () => {
    const free = { feilds: 1, mark: { tpye: "bar" } };
    expect(check(free, "MarkDef", "/usermeta")).toBeUndefined();
    expect(check(free, "MarkDef", "/datasets")).toBeUndefined();
    const e = safetyGapErrorOf(() => check(free, "MarkDef", "/elsewhere"));
    expect(e.message).toMatch(/^"feilds" is not a Vega-Lite property here, so Vega-Lite would ignore it silently\./);
    expect(e.where?.path).toBe("/elsewhere/feilds");
  });
});
