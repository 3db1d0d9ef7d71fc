import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { bindFigure, bindFigureAtScales } from "../../../src/render/figures/bindFigure.js";
import { syntheticResults } from "./syntheticResults.js";

const results = syntheticResults();

/** A small valid spec in the style of report/figures, as text so tests can break it. */
const spec = (over: { binding?: object; rest?: object } = {}): string =>
  JSON.stringify(
    {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: "test",
      usermeta: {
        results: over.binding ?? {
          title: "Retention",
          params: { scale: "7B" },
          datasets: {
            rows: [{ for: { method: { in: "$methods", except: ["SFT+DPO"] } }, fields: { retention: "summary.{scale}.{method}.retention", lo: "summary.{scale}.{method}.retention.ciLow" } }],
          },
        },
      },
      data: { name: "rows" },
      mark: "bar",
      encoding: { x: { field: "method", type: "nominal", sort: null }, y: { field: "retention", type: "quantitative" } },
      ...over.rest,
    },
    null,
    2,
  );

const failure = (text: string, opts = {}): SafetyGapError => safetyGapErrorOf(() => bindFigure(text, "report/figures/t.vl.json", results, opts));

describe("bindFigure", () => {
  it("fills the dataset from the results, in the results' order", () => {
    const bound = bindFigure(spec(), "t.vl.json", results) as unknown as { datasets: { rows: Record<string, unknown>[] } };
    expect(bound.datasets.rows.map((r) => r.method)).toEqual(["RLVR", "Reasoning-PT", "Deliberative", "CAI"]);
    expect(bound.datasets.rows[0]?.retention).toBe(results.numbers["summary.7B.RLVR.retention"]);
  });

  it("rebinds the scale parameter", () => {
    const bound = bindFigure(spec(), "t.vl.json", results, { scale: "13B" }) as unknown as { datasets: { rows: Record<string, unknown>[] } };
    expect(bound.datasets.rows[0]?.retention).toBe(results.numbers["summary.13B.RLVR.retention"]);
    expect(() => bindFigure(spec(), "t.vl.json", results, { scale: "70B" })).toThrow(/scale "70B" is not in the results/);
  });

  it("binds at every scale from one parse, and says which scale the spec fixes", () => {
    const { specsByScale, fixedScale } = bindFigureAtScales(spec(), "t.vl.json", results, ["1B", "13B"], { font: "Serif" });
    expect(fixedScale).toBe("7B");
    expect(Object.keys(specsByScale)).toEqual(["1B", "13B"]);
    for (const scale of ["1B", "13B"]) expect(specsByScale[scale]).toEqual(bindFigure(spec(), "t.vl.json", results, { scale, config: { font: "Serif" } }));
    const free = spec({ binding: { title: "All", datasets: { rows: [{ for: { method: "$advancedMethods" }, fields: { retention: "summary.7B.{method}.retention" } }] } } });
    expect(bindFigureAtScales(free, "t.vl.json", results, ["7B"])).toEqual({ specsByScale: { "7B": bindFigure(free, "t.vl.json", results, { scale: "7B" }) } });
  });

  it("rejects text that is not JSON, with line and column", () => {
    const text = spec().replace('"mark": "bar",', '"mark": "bar"');
    const e = failure(text);
    expect(e.message).toMatch(/not valid JSON: expected ',' or '}'/);
    const line = text.split("\n").findIndex((l) => l.includes('"encoding"')) + 1;
    expect(e.where).toMatchObject({ file: "report/figures/t.vl.json", line, column: 3 });
    expect(e.format()).toContain("fix:");
  });

  it("rejects an unknown key pattern with the closest pattern", () => {
    const e = failure(spec().replace("{method}.retention\"", "{method}.retension\""));
    expect(e.message).toBe('"summary.{scale}.{method}.retension" matches no key pattern of the results. Closest pattern: summary.{scale}.{method}.retention');
    expect(e.where?.path).toBe("/usermeta/results/datasets/rows/0/fields/retention");
    expect(e.where?.line).toBeGreaterThan(1);
  });

  it("rejects a variable in the wrong slot and an unknown variable", () => {
    expect(failure(spec().replace("summary.{scale}.{method}.retention\"", "summary.{method}.{method}.retention\"")).message).toMatch(/"\{method\}" stands where a scale belongs/);
    expect(failure(spec().replace("summary.{scale}.{method}.retention\"", "summary.{scale}.{metod}.retention\"")).message).toMatch(/"\{metod\}" is neither a loop variable/);
  });

  it("rejects a field the binding does not produce", () => {
    const e = failure(spec({ rest: { encoding: { x: { field: "method", type: "nominal" }, y: { field: "retentoin", type: "quantitative" } } } }));
    expect(e.message).toBe('field "retentoin" is not produced by the binding or a transform. Did you mean "retention"?');
    expect(e.where?.path).toBe("/encoding/y/field");
    expect(e.hint).toMatch(/fields available: "lo", "method", "retention"/);
  });

  it("rejects a Vega-Lite compile error", () => {
    // A channel the mark cannot show: Vega-Lite drops it with a warning.
    const bad = spec({ rest: { encoding: { x: { field: "method", type: "nominal" }, shape: { field: "retention", type: "quantitative" } } } });
    const e = failure(bad);
    expect(e.message).toMatch(/^Vega-Lite cannot compile the figure: .*shape/);
    expect(e.where?.path).toBe("/encoding/shape");
    // A misspelt channel is an unknown property (checkProperties), before compiling.
    const colour = failure(spec({ rest: { encoding: { x: { field: "method", type: "nominal" }, colour: { field: "retention", type: "quantitative" } } } }));
    expect(colour.message).toMatch(/^"colour" is not a Vega-Lite property here.* Did you mean "color"\?$/);
    expect(colour.where?.path).toBe("/encoding/colour");
    const typeTypo = failure(spec({ rest: { encoding: { x: { field: "method", type: "nominl" } } } }));
    expect(typeTypo.message).toBe('"nominl" is not an encoding type. Did you mean "nominal"?');
    expect(typeTypo.where?.path).toBe("/encoding/x/type");
  });

  it("rejects an unknown mark with a suggestion", () => {
    const e = failure(spec({ rest: { mark: "barr" } }));
    expect(e.message).toBe('"barr" is not a Vega-Lite mark type. Did you mean "bar"?');
    expect(e.where?.path).toBe("/mark");
  });

  it("rejects binding mistakes: missing block, typo'd property, unknown name, unknown param, unbound dataset, inline data", () => {
    expect(failure(spec().replace('"results"', '"result"')).message).toBe('the figure has no binding block "usermeta.results", so no results would reach it');
    const typo = failure(spec().replace('"fields"', '"feilds"'));
    expect(typo.message).toBe('unknown property "feilds" in the binding block. Did you mean "fields"?');
    const name = failure(spec().replace('"SFT+DPO"', '"SFT-DPO"'));
    expect(name.message).toBe('"SFT-DPO" (for "method") is a name of no set of the results. Did you mean "SFT+DPO"?');
    expect(name.where?.path).toBe("/usermeta/results/datasets/rows/0/for/method/except/0");
    expect(failure(spec().replace('"SFT+DPO"', '"{model}"')).message).toBe('"{model}" refers to no parameter (parameters: {scale})');
    const set = failure(spec().replace('"$methods"', '"$method"'));
    expect(set.message).toBe('"$method" is no named set of the results. Did you mean "$methods"?');
    expect(set.where?.path).toBe("/usermeta/results/datasets/rows/0/for/method/in");
    const old = failure(spec().replace(/\{\s*"in": "\$methods",\s*"except": \[\s*"SFT\+DPO"\s*\]\s*\}/, '"*"'));
    expect(old.message).toBe('the selector for "method" is not understood');
    expect(old.hint).toBe('use a named set ("$methods"), a name, a parameter ("{scale}"), a list of names and parameters, or { "in": "$set", "except": [names] }');
    const unbound = failure(spec().replace('"data": {\n    "name": "rows"', '"data": {\n    "name": "row"'));
    expect(unbound.message).toBe('the spec reads dataset "row", which the binding block does not fill. Did you mean "rows"?');
    expect(failure(spec({ rest: { data: { values: [{ a: 1 }] } } })).message).toMatch(/must not carry their own data values/);
  });

  it("rejects a key that the results lack, with the closest key", () => {
    const e = failure(spec().replace('"summary.{scale}.{method}.retention"', '"cell.{scale}.{method}.AP.ToxiGn.mean"'));
    expect(e.message).toMatch(/the results have no number "cell\.7B\.RLVR\.AP\.ToxiGn\.mean"\. Closest key: "cell\.7B\.RLVR\.AP\.ToxiGen\.mean"/);
  });
});
