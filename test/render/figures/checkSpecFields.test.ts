// Vega-Lite draws nothing for a field no row has; checkSpecFields refuses
// such a read, and a dataset the binding does not fill, at the pointer of
// the read. The binding is built by hand: these tests are about the spec.
import { describe, expect, it } from "vitest";
import type { SafetyGapError } from "../../../src/errors.js";
import type { Binding } from "../../../src/render/figures/bindingBlock.js";
import { checkSpecFields } from "../../../src/render/figures/checkSpecFields.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

/** Dataset "rows": loop variable g, set arm, field v. */
const binding: Binding = {
  dimensions: undefined,
  title: "T",
  params: {},
  datasets: new Map([["rows", [{ pointer: "", loops: [{ dim: "g", selector: { names: [] }, pointer: "" }], set: { arm: "t" }, fields: [{ name: "v", template: "x", segments: [], pointer: "" }] }]]]),
};

const check = (spec: Record<string, unknown>): void => {
  const source = JSON.stringify({ data: { name: "rows" }, ...spec }, null, 2);
  const parsed = parseJsonWithPointers(source);
  checkSpecFields({ file: "t.vl.json", source, locations: parsed.locations }, parsed.value as Record<string, unknown>, binding);
};
const failure = (spec: Record<string, unknown>): SafetyGapError => safetyGapErrorOf(() => check(spec));

describe("checkSpecFields", () => {
  it("accepts reads of loop variables, set values, fields and what transforms create", () => {
    expect(
      check({
        transform: [{ calculate: "datum.v * 2 + datum['arm'].length", as: "w" }, { fold: ["v", "w"] }, { filter: "datum.key != datum.g" }, { aggregate: [{ op: "sum", field: "value", as: "s" }], groupby: ["g", 3] }],
        mark: "bar",
        encoding: { x: { field: "g" }, y: { field: "s" }, color: { condition: { test: "datum.s > 1", value: "red" }, value: "blue" }, row: { field: { repeat: "row" } } },
        description: "datum.nowhere is prose here",
        params: [{ name: "p", select: { type: "point", fields: ["nowhere"] }, value: { field: "nowhere" } }],
        usermeta: { field: "nowhere", data: { name: "elsewhere" } },
        datasets: { rows: [{ field: "nowhere" }], data: { name: "elsewhere" } },
        layer: [{ data: {}, filter: { param: "p" } }],
      }),
    ).toBeUndefined();
  });

  it("refuses a field no one produces, with the closest and the fields available", () => {
    const e = failure({ mark: "bar", encoding: { x: { field: "gg" } } });
    expect(e.message).toBe('field "gg" is not produced by the binding or a transform. Did you mean "g"?');
    expect(e.hint).toBe('fields available: "arm", "g", "v"');
    expect(e.where).toMatchObject({ file: "t.vl.json", path: "/encoding/x/field", line: 8, column: 16 });
  });

  it("finds reads in layers, groupby lists and expressions", () => {
    expect(failure({ layer: [{ encoding: { x: { field: "zz" } } }] }).where?.path).toBe("/layer/0/encoding/x/field");
    const by = failure({ transform: [{ aggregate: [], groupby: ["g", "zz"] }] });
    expect(by.message).toBe('field "zz" is not produced by the binding or a transform. Did you mean "g"?');
    expect(by.where?.path).toBe("/transform/0/groupby/1");
    for (const [key, expr] of [
      ["calculate", "datum.v + datum.zz"],
      ["filter", "datum['zz'] > 0"],
      ["test", 'datum["zz"] > 0'],
      ["expr", "datum.zz"],
    ] as const) {
      const e = failure({ transform: [{ [key]: expr, as: "w" }] });
      expect(e.message, key).toBe('field "zz" is not produced by the binding or a transform. Did you mean "g"?');
      expect(e.where?.path).toBe(`/transform/0/${key}`);
    }
    expect(failure({ transform: [{ filter: "datum['no pe'] > 0" }] }).message).toBe('field "no pe" is not produced by the binding or a transform.');
  });

  it("counts every name in an `as` list, and fold's key and value only when it names none", () => {
    const e = failure({ transform: [{ calculate: "1", as: ["a1", 3] }, { fold: ["v"], as: ["k", "val"] }], encoding: { x: { field: "key" } } });
    expect(e.message).toBe('field "key" is not produced by the binding or a transform. Did you mean "k"?');
    expect(e.hint).toBe('fields available: "a1", "arm", "g", "k", "v", "val"');
    expect(failure({ transform: [{ fold: ["v"] }], encoding: { x: { field: "kee" } } }).hint).toBe('fields available: "arm", "g", "key", "v", "value"');
  });

  it("refuses a dataset the binding does not fill, at its name", () => {
    const e = failure({ layer: [{ data: { name: "row" } }] });
    expect(e.message).toBe('the spec reads dataset "row", which the binding block does not fill. Did you mean "rows"?');
    expect(e.hint).toBe('bound datasets: "rows"; add "rows" under usermeta.results.datasets or rename');
    expect(e.where?.path).toBe("/layer/0/data/name");
  });
});
