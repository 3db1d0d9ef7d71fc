import { describe, expect, it } from "vitest";
import { interactiveSpec } from "../../../src/site/interactiveSpec.js";

describe("interactiveSpec, channel by channel", () => {
  it("lists every channel's field once, in channel order, keeping type, bin, time unit and a format of its own", () => {
    const spec = {
      mark: "point",
      data: { values: [{ ciLow: 0, ciHigh: 1 }] },
      encoding: {
        opacity: { field: "notListed" },
        detail: [{ field: "d1" }, { field: "x" }],
        y2: { field: "ciLow" },
        x2: { field: "x2" },
        text: { field: "t", timeUnit: "year" },
        size: { field: "si" },
        shape: { field: "sh" },
        fill: { field: "fi" },
        color: { field: "co" },
        yOffset: { field: "yo" },
        y: { field: "y", type: "quantitative", bin: true },
        xOffset: { field: "xo" },
        x: { field: "x", type: "quantitative", format: ",.2f" },
        facet: { field: "f" },
        column: { field: "c" },
        row: { field: "r" },
      },
    };
    expect(interactiveSpec(spec, "Figure 1")).toStrictEqual({
      ...spec,
      encoding: {
        ...spec.encoding,
        tooltip: [
          { field: "r" },
          { field: "c" },
          { field: "f" },
          { field: "x", type: "quantitative", format: ",.2f" },
          { field: "xo" },
          { field: "y", type: "quantitative", bin: true },
          { field: "yo" },
          { field: "co" },
          { field: "fi" },
          { field: "sh" },
          { field: "si" },
          { field: "t", timeUnit: "year" },
          { field: "x2" },
          { field: "ciLow" },
          { field: "d1" },
          { field: "ciHigh", type: "quantitative", format: ".4f", title: "95% CI high" },
        ],
      },
      description: "Figure 1",
    });
  });

  it("lists a field once per aggregate, and then adds no CI bound", () => {
    const spec = {
      mark: "bar",
      data: { values: [{ ciLow: 0 }] },
      encoding: { x: { field: "v" }, y: { field: "v", aggregate: "mean", type: "quantitative" }, color: { field: "v", aggregate: "mean" }, size: { field: "v" } },
    };
    expect(interactiveSpec(spec, "") as { encoding: { tooltip: unknown } }).toStrictEqual({
      ...spec,
      encoding: { ...spec.encoding, tooltip: [{ field: "v" }, { field: "v", type: "quantitative", aggregate: "mean", format: ".4f" }] },
      description: "",
    });
  });

  it("adds only the CI bound the data has, skips empty channels, and keeps a description of the spec's own", () => {
    const spec = { description: "own", mark: "point", data: { values: [{ ciLow: 1 }] }, encoding: { x: null, y: { field: "v" } } };
    expect(interactiveSpec(spec, "Figure 3")).toStrictEqual({
      ...spec,
      encoding: { ...spec.encoding, tooltip: [{ field: "v" }, { field: "ciLow", type: "quantitative", format: ".4f", title: "95% CI low" }] },
    });
  });

  it("gives a mark with no field no tooltip, not even the CI bounds", () => {
    const spec = { mark: "rule", data: { values: [{ ciLow: 1, ciHigh: 2 }] } };
    expect(interactiveSpec(spec, "d")).toStrictEqual({ ...spec, description: "d" });
  });

  it("walks layers, concatenations and facet specs with the inherited encoding, and respects a tooltip above or on a mark", () => {
    const spec = {
      encoding: { x: { field: "m" } },
      layer: [
        { mark: "bar" },
        null,
        { mark: { type: "tick" } },
        { mark: { type: "tick", tooltip: false } },
        { mark: "rule", encoding: { tooltip: { field: "z" } } },
        { mark: { type: "bar", tooltip: true }, layer: [{ mark: "point", encoding: { y: { field: "under" } } }] },
      ],
      hconcat: [{ mark: "a", encoding: { y: { field: "h" } } }],
      vconcat: [{ mark: "a", encoding: { y: { field: "v" } } }],
      concat: [{ mark: "a", encoding: { y: { field: "c" } } }],
      spec: { mark: "a", encoding: { y: { field: "s" } } },
    };
    const m = { field: "m" };
    expect(interactiveSpec(spec, "d")).toStrictEqual({
      ...spec,
      layer: [
        { mark: "bar", encoding: { tooltip: [m] } },
        null,
        { mark: { type: "tick" }, encoding: { tooltip: [m] } },
        spec.layer[3],
        spec.layer[4],
        spec.layer[5],
      ],
      hconcat: [{ mark: "a", encoding: { y: { field: "h" }, tooltip: [m, { field: "h" }] } }],
      vconcat: [{ mark: "a", encoding: { y: { field: "v" }, tooltip: [m, { field: "v" }] } }],
      concat: [{ mark: "a", encoding: { y: { field: "c" }, tooltip: [m, { field: "c" }] } }],
      spec: { mark: "a", encoding: { y: { field: "s" }, tooltip: [m, { field: "s" }] } },
      description: "d",
    });
  });
});
