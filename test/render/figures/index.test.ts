import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listFigures, renderFigure } from "../../../src/render/figures/index.js";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { syntheticResults } from "./syntheticResults.js";

/** A tiny bar chart bound to one number per method, at the spec's scale 7B unless rebound. */
const spec = JSON.stringify({
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  description: "index test",
  usermeta: {
    results: {
      title: "Retention",
      params: { scale: "7B" },
      datasets: { rows: [{ for: { method: "$advancedMethods" }, fields: { retention: "summary.{scale}.{method}.retention" } }] },
    },
  },
  data: { name: "rows" },
  width: 80,
  height: 40,
  mark: "bar",
  encoding: { x: { field: "method", type: "nominal", sort: null }, y: { field: "retention", type: "quantitative" } },
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sg-figindex-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const figures = (): string => path.join(dir, "figures");
const put = (name: string, text: string): void => {
  mkdirSync(figures(), { recursive: true });
  writeFileSync(path.join(figures(), name), text);
};
const shown = (p: string): string => path.relative(process.cwd(), p);
/** The ids of the root's title and description: where the id prefix shows. */
const titleId = (svg: string): string | undefined => /<title id="([^"]+)">/.exec(svg)?.[1];

describe("listFigures", () => {
  it("lists the .vl.json files of <reportDir>/figures, sorted, without the suffix", () => {
    for (const f of ["zeta.vl.json", "alpha.vl.json", "mid.vl.json", "theme.json", "notes.vl.json.bak"]) put(f, "{}");
    // A spec beside figures/ is not a figure.
    writeFileSync(path.join(dir, "outside.vl.json"), "{}");
    expect(listFigures(dir)).toEqual(["alpha", "mid", "zeta"]);
  });

  it("sorts in JavaScript string order, not the directory's byte order", () => {
    // readdirSync returns names sorted by UTF-8 bytes; a name beyond the BMP sorts first by UTF-16 code units.
    for (const f of ["\uff01.vl.json", "\u{1f600}.vl.json", "a.vl.json"]) put(f, "{}");
    expect(listFigures(dir)).toEqual(["a", "\u{1f600}", "\uff01"]);
  });

  it("is empty without a figures folder", () => {
    expect(listFigures(dir)).toEqual([]);
  });
});

describe("renderFigure", () => {
  it("names the missing spec, the folder and the figures there", async () => {
    put("b.vl.json", spec);
    put("a.vl.json", spec);
    const e = await safetyGapErrorOfAsync(() => renderFigure(dir, "c", syntheticResults()));
    expect(e.message).toBe(`figure "c" has no spec: ${shown(figures())}/c.vl.json does not exist (figures: a, b)`);
    expect(e.where).toEqual({ file: shown(path.join(figures(), "c.vl.json")) });
    expect(e.hint).toBe("create report/figures/c.vl.json (see docs/figures.md) or fix the figure id");
  });

  it("points an unreadable spec to the figures documentation", async () => {
    mkdirSync(path.join(figures(), "d.vl.json"), { recursive: true });
    const e = await safetyGapErrorOfAsync(() => renderFigure(dir, "d", syntheticResults()));
    expect(e.message).toBe('cannot read figure spec "d": it is a folder (EISDIR)');
    expect(e.where).toEqual({ file: shown(path.join(figures(), "d.vl.json")) });
    expect(e.hint).toBe("Replace the folder with the file (docs/figures.md describes it), or pass --report with another folder.");
  });

  it("prefixes ids with the figure id (non-word characters replaced) and the scale", async () => {
    put("f.1.vl.json", spec);
    const results = syntheticResults();
    expect(titleId(await renderFigure(dir, "f.1", results))).toBe("fig-f_1-title");
    expect(titleId(await renderFigure(dir, "f.1", results, { scale: "13B" }))).toBe("fig-f_1-13B-title");
    expect(titleId(await renderFigure(dir, "f.1", results, { idPrefix: "own-" }))).toBe("own-title");
  });

  it("binds at the requested scale and with the theme, the spec path relative to the cwd", async () => {
    put("f.vl.json", spec);
    const results = syntheticResults();
    const at7 = await renderFigure(dir, "f", results, { idPrefix: "p-" });
    // Same results object and prefix: only the scale tells the two renders apart.
    const at13 = await renderFigure(dir, "f", results, { idPrefix: "p-", scale: "13B" });
    expect(at13).not.toBe(at7);
    expect(at7).not.toContain("#abcdef");
    put("theme.json", JSON.stringify({ config: { background: "#abcdef" } }));
    expect(await renderFigure(dir, "f", syntheticResults(), { idPrefix: "p-" })).toContain('fill="#abcdef"');
    const e = await safetyGapErrorOfAsync(() => renderFigure(dir, "f", syntheticResults(), { scale: "70B" }));
    expect(e.message).toBe("scale \"70B\" is not in the results (scales: 1B, 7B, 13B)");
    expect(e.where).toEqual({ file: shown(path.join(figures(), "f.vl.json")) });
  });

  it("reuses a render for the same results, spec, theme, scale and prefix, and only then", async () => {
    put("f.vl.json", spec);
    const results = syntheticResults();
    const first = await renderFigure(dir, "f", results);
    const at13 = await renderFigure(dir, "f", results, { scale: "13B" });
    // Changed numbers in the same results object: the memo answers while the key is unchanged.
    for (const k of Object.keys(results.numbers)) if (k.startsWith("summary.")) results.numbers[k] = (results.numbers[k] as number) / 2;
    expect(await renderFigure(dir, "f", results)).toBe(first);
    expect(await renderFigure(dir, "f", results, { scale: "13B" })).toBe(at13);
    const halved = await renderFigure(dir, "f", results, { scale: "1B" });
    expect(halved).toBe(await renderFigure(dir, "f", results, { scale: "1B" }));
    put("theme.json", JSON.stringify({ config: { background: "#abcdef" } }));
    const themed = await renderFigure(dir, "f", results);
    expect(themed).toContain('fill="#abcdef"');
    put("theme.json", JSON.stringify({ config: { background: "#fedcba" } }));
    expect(await renderFigure(dir, "f", results)).toContain('fill="#fedcba"');
    put("f.vl.json", spec.replace('"index test"', '"changed"'));
    expect(await renderFigure(dir, "f", results)).toContain('<desc id="fig-f-desc">changed</desc>');
  });
});
