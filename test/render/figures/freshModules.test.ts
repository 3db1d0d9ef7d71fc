// The figure modules' lists and names, read when a module loads (the
// generators, the expression keys, the theme's keys, the font faces). Each
// test loads the module afresh, so what it checks is the list as the module
// builds it now, not as a copy loaded earlier in this worker kept it.
import { beforeEach, describe, expect, it, vi } from "vitest";

beforeEach(() => {
  vi.resetModules();
});

/** The message and pointer of what `run` throws (a fresh module's SafetyGapError is not the helper's class). */
function thrown(run: () => unknown): { message: string; path: string | undefined } {
  try {
    run();
  } catch (e) {
    return { message: (e as Error).message, path: (e as { where?: { path?: string } }).where?.path };
  }
  throw new Error("expected an error, nothing was thrown");
}

const ctxOf = async (value: unknown) => {
  const { parseJsonWithPointers } = await import("../../../src/render/figures/parseJsonWithPointers.js");
  const source = JSON.stringify(value, null, 2);
  return { file: "f.vl.json", source, locations: parseJsonWithPointers(source).locations };
};

describe("module lists, loaded afresh", () => {
  it("checkSelfContained: the data generators and the expression keys", async () => {
    const { checkSelfContained } = await import("../../../src/render/figures/checkSelfContained.js");
    const run = async (spec: Record<string, unknown>) => {
      const ctx = await ctxOf(spec);
      return thrown(() => checkSelfContained(ctx, spec));
    };
    for (const g of ["sequence", "sphere", "graticule"]) expect((await run({ data: { [g]: {} } })).path).toBe(`/data/${g}`);
    for (const k of ["calculate", "filter", "test", "expr", "update"]) expect((await run({ x: { [k]: "random()" } })).path).toBe(`/x/${k}`);
  });

  it("checkSpecFields: the expression keys whose datum reads are checked", async () => {
    const { checkSpecFields } = await import("../../../src/render/figures/checkSpecFields.js");
    const binding = { dimensions: undefined, title: "T", params: {}, datasets: new Map([["rows", []]]) };
    for (const k of ["calculate", "filter", "test", "expr"]) {
      const spec = { data: { name: "rows" }, x: { [k]: "datum.nope" } };
      const ctx = await ctxOf(spec);
      expect(thrown(() => checkSpecFields(ctx, spec as never, binding as never))).toEqual({
        message: 'field "nope" is not produced by the binding or a transform.',
        path: `/x/${k}`,
      });
    }
  });

  it("parseTheme: the keys a theme may have", async () => {
    const { parseTheme } = await import("../../../src/render/figures/readTheme.js");
    expect(parseTheme('{ "$schema": "s", "description": "d", "config": { "font": "Serif" } }', "t.json")).toEqual({ font: "Serif" });
    expect(thrown(() => parseTheme('{ "confg": {} }', "t.json"))).toEqual({ message: 'unknown property "confg" in the figure theme. Did you mean "config"?', path: "/confg" });
  });

  it("textMetrics: the font's name and the files of each face", async () => {
    const { FIGURE_FONT, measureText } = await import("../../../src/render/figures/textMetrics.js");
    expect(FIGURE_FONT).toBe("Libertinus Sans");
    // Latin and Greek from each face (an empty face list would count every glyph as half an em: 10 here).
    expect(measureText("aΔ", 10, undefined, undefined)).toBeCloseTo(11.17, 9);
    expect(measureText("Hi", 10, "bold", undefined)).toBeCloseTo(10.76, 9);
    expect(measureText("Hi", 10, undefined, "italic")).toBeCloseTo(9.58, 9);
  });
});
