import path from "node:path";
import { describe, expect, it } from "vitest";
import * as vega from "vega";
import { listFigures, renderFigure } from "../../../src/render/figures/index.js";
import { installTextMetrics } from "../../../src/render/figures/textMetrics.js";
import { syntheticResults } from "./syntheticResults.js";

const reportDir = path.resolve(import.meta.dirname, "../../../report");
const results = syntheticResults();
const ids = ["fig1", "fig2", "fig3", "fig4", "fig5", "fig6"];

async function renderAll(r = results): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of ids) out[id] = await renderFigure(reportDir, id, r);
  return out;
}

describe("renderFigure", () => {
  it("finds the six figures of the paper", () => {
    expect(listFigures(reportDir)).toEqual(ids);
  });

  it("binds and renders every figure with marks, accessibly, ids unique across the page, same bytes twice", async () => {
    const first = await renderAll();
    // A fresh (equal) results object bypasses renderFigure's per-results memo,
    // so this really renders again.
    const second = await renderAll(syntheticResults());
    const allIds: string[] = [];
    for (const id of ids) {
      const svg = first[id] as string;
      expect(svg).toMatch(/^<svg\b[^>]*\brole="img"/);
      expect(svg).toContain(`<title id="fig-${id}-title">`);
      expect(svg).toContain(`<desc id="fig-${id}-desc">`);
      // Data marks: vega wraps each mark in <g class="mark-<type> role-mark ...">.
      expect(svg.match(/class="mark-(rect|rule|text)[^"]*role-mark/g)?.length ?? 0).toBeGreaterThan(0);
      expect(svg).not.toMatch(/NaN|undefined/);
      expect(svg).toBe(second[id]);
      allIds.push(...[...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] as string));
      // Every reference points at an id of the same figure.
      for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svg).toContain(`id="${m[1]}"`);
    }
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it("prints the heatmap values and the method labels", async () => {
    const svg = await renderFigure(reportDir, "fig6", results);
    const ap = results.numbers["cell.7B.CAI.AP.ToxiGen.mean"] as number;
    expect(svg).toContain(`>${ap.toFixed(3)}<`);
    for (const m of results.sizes.methods) expect(svg).toContain(`>${m.replace("+", "+")}<`);
  });

  it("rebinds the scale parameter for the supplement", async () => {
    const at7 = await renderFigure(reportDir, "fig6", results);
    const at13 = await renderFigure(reportDir, "fig6", results, { scale: "13B" });
    expect(at13).not.toBe(at7);
    expect(at13).toContain(`>${(results.numbers["cell.13B.CAI.AP.ToxiGen.mean"] as number).toFixed(3)}<`);
    expect(at13).toContain('id="fig-fig6-13B-title"');
  });

  it("measures text with the font instead of vega's 0.8 em estimate", () => {
    const tm = (vega as unknown as { textMetrics: { width: (i: object, t: string) => number; estimateWidth: (i: object, t: string) => number } }).textMetrics;
    installTextMetrics(tm);
    const item = { fontSize: 9, font: "Libertinus Sans" };
    for (const text of ["Reasoning-PT", "SFT+DPO", "0.826", "Mean safety score"]) {
      const real = tm.width(item, text);
      expect(real).toBeGreaterThan(0);
      expect(Math.abs(real - tm.estimateWidth(item, text))).toBeGreaterThan(1);
    }
    // Proportional font: "iiii" is much narrower than "MMMM".
    expect(tm.width(item, "iiii")).toBeLessThan(tm.width(item, "MMMM") / 2);
  });
});
