import { afterEach, describe, expect, it, vi } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { renderFigureSvg } from "../../../src/render/figures/renderFigureSvg.js";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";

/** A 20 x 20 one-bar chart; `extra` adds top-level properties. */
const bar = (extra: object = {}): TopLevelSpec =>
  ({
    data: { values: [{ a: "x", b: 1 }] },
    width: 20,
    height: 20,
    mark: "bar",
    encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
    ...extra,
  }) as TopLevelSpec;

const head = (svg: string): string => svg.slice(0, svg.indexOf("</desc>") + "</desc>".length);
const root = (prefix: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" class="marks" width="57" height="62" viewBox="0 0 57 62" role="img" aria-labelledby="${prefix}title" aria-describedby="${prefix}desc">`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("renderFigureSvg's root element", () => {
  it("is vega's root, once, with the binding's title and the spec's description", async () => {
    const svg = await renderFigureSvg(bar({ description: "One <bar>", usermeta: { results: { title: "A & B" } } }), { idPrefix: "r-" });
    expect(head(svg)).toBe(`${root("r-")}<title id="r-title">A &amp; B</title><desc id="r-desc">One &lt;bar&gt;</desc>`);
    expect(svg.match(/<svg\b/g)).toEqual(["<svg"]);
    expect(svg.slice(head(svg).length, head(svg).length + 5)).toBe("<rect");
  });

  it('falls back to "Figure" without a binding title, and to the title without a description', async () => {
    expect(head(await renderFigureSvg(bar(), { idPrefix: "n-" }))).toBe(`${root("n-")}<title id="n-title">Figure</title><desc id="n-desc">Figure</desc>`);
    const other = await renderFigureSvg(bar({ usermeta: { other: 1 } }), { idPrefix: "o-" });
    expect(head(other)).toBe(`${root("o-")}<title id="o-title">Figure</title><desc id="o-desc">Figure</desc>`);
    const titled = await renderFigureSvg(bar({ usermeta: { results: { title: "Gap" } } }), { idPrefix: "t-" });
    expect(head(titled)).toBe(`${root("t-")}<title id="t-title">Gap</title><desc id="t-desc">Gap</desc>`);
  });
});

describe("renderFigureSvg's failures", () => {
  it("refuses an id prefix that cannot start an XML id", async () => {
    for (const idPrefix of ["1a-", "a b-", "-a", ""])
      await expect(renderFigureSvg(bar(), { idPrefix })).rejects.toThrow(new Error(`renderFigureSvg: idPrefix must be a valid XML id start, got "${idPrefix}"`));
  });

  it("reports what vega cannot parse, and keeps rendering later figures", async () => {
    const e = await safetyGapErrorOfAsync(() => renderFigureSvg(bar({ transform: [{ calculate: "foo(1)", as: "z" }] }), { idPrefix: "e-" }));
    expect(e.message).toBe("Vega cannot render the figure: Unrecognized function: foo");
    expect(e.where).toBeUndefined();
    expect(e.hint).toBe("check expressions, scales and transforms of the spec");
    expect(head(await renderFigureSvg(bar(), { idPrefix: "k-" }))).toBe(`${root("k-")}<title id="k-title">Figure</title><desc id="k-desc">Figure</desc>`);
  });

  it("shows vega's runtime warnings and errors on the console", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // Vega's own warn() expression function logs at warning level, which vega's default level (Error) would hide.
    await renderFigureSvg(bar({ transform: [{ calculate: "warn('check this')", as: "z" }] }), { idPrefix: "w-" });
    expect(warned.mock.calls).toEqual([["WARN", "EXPRESSION", "check this"]]);
    await renderFigureSvg(bar({ transform: [{ calculate: "datum.a.b.c", as: "z" }] }), { idPrefix: "w-" });
    expect(logged.mock.calls.map((c) => `${String(c[0])} ${String(c[1])}`)).toContain("ERROR TypeError: Cannot read properties of undefined (reading 'c')");
  });
});
