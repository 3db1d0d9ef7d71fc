/** Tooltips added to the figures' specs, without changing what they draw. */
import { describe, expect, it } from "vitest";
import { interactiveSpec } from "../../src/site/interactiveSpec.js";

describe("interactiveSpec", () => {
  it("lists the encoded fields and the CI bounds, with 4 decimals", () => {
    const spec = {
      data: { values: [{ method: "RLVR", value: 0.5, ciLow: 0.4, ciHigh: 0.6 }] },
      encoding: { x: { field: "method", type: "nominal", axis: { labelAngle: 0 } } },
      layer: [{ mark: "bar", encoding: { y: { field: "value", type: "quantitative", title: "Retention" } } }, { mark: "rule", encoding: { y: { field: "ciLow", type: "quantitative" }, y2: { field: "ciHigh" } } }],
    };
    const out = interactiveSpec(spec, "Figure 2") as { description: string; layer: { encoding: { tooltip: unknown } }[] };
    expect(out.description).toBe("Figure 2");
    expect(out.layer[0]!.encoding.tooltip).toEqual([
      { field: "method", type: "nominal" },
      { field: "value", type: "quantitative", title: "Retention", format: ".4f" },
      { field: "ciLow", type: "quantitative", format: ".4f", title: "95% CI low" },
      { field: "ciHigh", type: "quantitative", format: ".4f", title: "95% CI high" },
    ]);
    expect(spec.layer[0]!.encoding).not.toHaveProperty("tooltip");
  });

  it("never adds a field to an aggregating encoding (it would become a group-by)", () => {
    const spec = { mark: "bar", transform: [{ calculate: "1", as: "ciLow" }], encoding: { x: { field: "m", type: "nominal" }, y: { field: "v", aggregate: "mean", type: "quantitative" } } };
    const out = interactiveSpec(spec, "") as { encoding: { tooltip: { field: string }[] } };
    expect(out.encoding.tooltip.map((d) => d.field)).toEqual(["m", "v"]);
  });

  it("keeps a tooltip the spec already has", () => {
    const spec = { mark: { type: "bar", tooltip: true }, encoding: { x: { field: "m", type: "nominal" } } };
    expect(interactiveSpec(spec, "")).toEqual({ ...spec, description: "" });
  });
});
