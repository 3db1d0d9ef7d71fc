import { describe, expect, it } from "vitest";
import { bindFigure, bindFigureAtScales } from "../../../src/render/figures/bindFigure.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { syntheticResults } from "./syntheticResults.js";

const results = syntheticResults();

/** A tiny valid spec; `rest` adds or replaces top-level properties. */
const spec = (rest: object = {}, params: object | null = { scale: "7B" }): string =>
  JSON.stringify({
    description: "options test",
    usermeta: {
      results: {
        title: "Retention",
        ...(params ? { params } : {}),
        datasets: { rows: [{ for: { method: "$advancedMethods" }, fields: { retention: "summary.{scale}.{method}.retention" } }] },
      },
    },
    data: { name: "rows" },
    mark: "bar",
    encoding: { x: { field: "method", type: "nominal" }, y: { field: "retention", type: "quantitative" } },
    ...rest,
  });

const configOf = (text: string, config: Record<string, unknown>): unknown => (bindFigure(text, "t.vl.json", results, { config }) as { config?: unknown }).config;

describe("bindFigure's theme config", () => {
  it("lays the spec's config over the theme's, merging objects and replacing everything else", () => {
    const theme = {
      background: "#ffffff",
      axis: { grid: false, labelColor: "red" },
      header: "not an object",
      legend: ["an array"],
      range: { category: { not: "an array" } },
      view: { stroke: {} },
      font: { not: "a string" },
    };
    const own = {
      axis: { labelColor: "blue" },
      header: { labelColor: "green" },
      legend: { orient: "bottom" },
      range: { category: ["red", "blue"] },
      view: { stroke: null },
      font: "Serif",
    };
    expect(configOf(spec({ config: own }), theme)).toStrictEqual({
      background: "#ffffff",
      axis: { grid: false, labelColor: "blue" },
      header: { labelColor: "green" },
      legend: { orient: "bottom" },
      range: { category: ["red", "blue"] },
      view: { stroke: null },
      font: "Serif",
    });
  });

  it("takes the theme as it is when the spec has no config, and leaves the config out without a theme", () => {
    expect(configOf(spec(), { axis: { grid: false } })).toStrictEqual({ axis: { grid: false } });
    expect(Object.keys(bindFigure(spec(), "t.vl.json", results))).not.toContain("config");
  });
});

describe("bindFigure's checks of the whole spec", () => {
  it("rejects JSON that is not an object, marking the whole file", () => {
    for (const text of ["[1]", "null", "3", '"bar"']) {
      const e = safetyGapErrorOf(() => bindFigure(text, "f.vl.json", results), text);
      expect(e.message).toBe("a figure spec must be a JSON object (a Vega-Lite top-level spec)");
      expect(e.where).toMatchObject({ file: "f.vl.json", line: 1, column: 1, path: "/" });
      expect(e.hint).toBe('start the file with { "$schema": "https://vega.github.io/schema/vega-lite/v6.json", ... }');
    }
  });

  it("lets a failure that is not a JSON syntax error through unchanged", () => {
    // Not text at all: a caller's bug, not a figure author's mistake.
    expect(() => bindFigure(undefined as unknown as string, "f.vl.json", results)).toThrow(TypeError);
  });

  it("names the results' scales when the requested one is missing, at the spec file", () => {
    const e = safetyGapErrorOf(() => bindFigure(spec(), "f.vl.json", results, { scale: "70B" }));
    expect(e.message).toBe('scale "70B" is not in the results (scales: 1B, 7B, 13B)');
    expect(e.where).toEqual({ file: "f.vl.json" });
    expect(e.hint).toBe("pass one of the results' scales");
    const noScales = { ...results, sets: Object.fromEntries(Object.entries(results.sets).filter(([k]) => k !== "scales")) };
    expect(safetyGapErrorOf(() => bindFigure(spec(), "f.vl.json", noScales, { scale: "7B" })).message).toBe('scale "7B" is not in the results (scales: )');
  });
});

describe("bindFigureAtScales", () => {
  it("leaves fixedScale out when the spec fixes no scale", () => {
    const free = spec({}, null).replace("{scale}", "7B");
    const out = bindFigureAtScales(free, "t.vl.json", results, []);
    expect(out).toStrictEqual({ specsByScale: {} });
    expect("fixedScale" in out).toBe(false);
  });
});
