import { describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { prefixIds, renderFigureSvg } from "../../../src/render/figures/renderFigureSvg.js";

/** A clipped bar chart and a gradient: both make vega emit ids from its global counters. */
const spec = {
  description: "clip and gradient test",
  usermeta: { results: { title: "Clip test" } },
  data: { values: [{ a: "x", b: 1 }, { a: "y", b: 2 }] },
  width: 100,
  height: 60,
  mark: { type: "bar", clip: true, color: { gradient: "linear", stops: [{ offset: 0, color: "white" }, { offset: 1, color: "steelblue" }] } },
  encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative", scale: { domain: [0, 1.5] } } },
} as unknown as TopLevelSpec;

const ids = (svg: string): string[] => [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] as string);

describe("renderFigureSvg", () => {
  it("resets vega's id counters per render and prefixes every id and reference", async () => {
    const a1 = await renderFigureSvg(spec, { idPrefix: "a-" });
    const b = await renderFigureSvg(spec, { idPrefix: "b-" });
    const a2 = await renderFigureSvg(spec, { idPrefix: "a-" });
    expect(a2).toBe(a1);
    expect(ids(a1).some((id) => /^a-clip/.test(id))).toBe(true);
    expect(ids(a1).some((id) => /^a-gradient/.test(id))).toBe(true);
    expect(ids(a1).every((id) => id.startsWith("a-"))).toBe(true);
    expect(ids(b).every((id) => id.startsWith("b-"))).toBe(true);
    for (const svg of [a1, b]) for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids(svg)).toContain(m[1]);
  });

  it("makes the root an image with title and description", async () => {
    const svg = await renderFigureSvg(spec, { idPrefix: "t-" });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t-title" aria-describedby="t-desc">/);
    expect(svg).toContain('<title id="t-title">Clip test</title><desc id="t-desc">clip and gradient test</desc>');
    expect(svg).not.toMatch(/role="graphics-document"/);
  });

  it("prefixes href references too", () => {
    expect(prefixIds('<use href="#c1"/><g id="c1" clip-path="url(#c2)"/>', "p-")).toBe('<use href="#p-c1"/><g id="p-c1" clip-path="url(#p-c2)"/>');
  });
});
