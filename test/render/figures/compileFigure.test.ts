import { describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { compileFigure } from "../../../src/render/figures/compileFigure.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const bar = (): TopLevelSpec =>
  ({ data: { values: [{ a: "x", b: 1 }] }, mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } } }) as TopLevelSpec;

/** A timer selection inside a layer: Vega-Lite reports it through its logger's error(), next to a warning about the time channel. */
const animatedLayer = (): TopLevelSpec =>
  ({
    data: { values: [{ a: 1, t: 1 }] },
    layer: [{ params: [{ name: "p", select: { type: "point", on: "timer" } }], mark: "point", encoding: { x: { field: "a", type: "quantitative" }, time: { field: "t" } } }],
  }) as unknown as TopLevelSpec;

describe("compileFigure", () => {
  it("compiles a spec once: the second call returns the same Vega spec", () => {
    const spec = bar();
    const first = compileFigure(spec);
    expect(first.marks?.[0]?.type).toBe("rect");
    expect(compileFigure(spec)).toBe(first);
  });

  it("turns every warning and error Vega-Lite logs into one error, joined with semicolons", () => {
    const e = safetyGapErrorOf(() => compileFigure(animatedLayer()));
    expect(e.message).toBe(
      "Vega-Lite cannot compile the figure: Channel time should not be used with an unsorted discrete field.; Animation involving facet, layer, or concat is currently unsupported.",
    );
    expect(e.where).toBeUndefined();
    expect(e.hint).toBe("fix the spec against the Vega-Lite 6 documentation (https://vega.github.io/vega-lite/docs/)");
  });

  it("turns an exception of Vega-Lite into the same error, located in the spec file when its context is known", () => {
    const spec = { data: { values: [] } } as unknown as TopLevelSpec;
    const bare = safetyGapErrorOf(() => compileFigure(spec));
    expect(bare.message).toBe(
      'Vega-Lite cannot compile the figure: Invalid specification {"data":{"values":[]}}. Make sure the specification includes at least one of the following properties: "mark", "layer", "facet", "hconcat", "vconcat", "concat", or "repeat".',
    );
    expect(bare.where).toBeUndefined();
    const source = JSON.stringify(spec);
    const located = safetyGapErrorOf(() => compileFigure(spec, { file: "f.vl.json", source, locations: parseJsonWithPointers(source).locations }));
    expect(located.message).toBe(bare.message);
    expect(located.where).toMatchObject({ file: "f.vl.json", line: 1, column: 9, path: "/data" });
  });
});
