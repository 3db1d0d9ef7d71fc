/**
 * Stage 4: report/figures/*.vl.json + results -> one static SVG per figure.
 * Cached on the specs, the results and the figure code, so a text edit
 * reuses the SVGs.
 */
import { listFigures, renderFigure } from "../../render/figures/index.js";
import type { Results } from "../../results/types.js";
import { hashFolders, sha256 } from "../hashing.js";
import { codeInputs, timed, type BuildContext } from "../context.js";
import { textOf } from "../../text/textOf.js";

export const FIGURE_PACKAGES = ["vega", "vega-lite", "fontkit", "@fontsource/libertinus-sans"];

export async function figuresStage(ctx: BuildContext, results: Results, resultsJson: string): Promise<Map<string, string>> {
  const report = ctx.options.reportDir;
  const inputs = {
    specs: hashFolders(report, ["figures"]),
    results: sha256(resultsJson),
    ...codeInputs(ctx, ["render/figures"], FIGURE_PACKAGES),
  };
  const hit = ctx.cache.lookup("figures", inputs);
  if (hit.hit) {
    const svgs = new Map([...hit.files].map(([f, bytes]) => [f.replace(/\.svg$/, ""), textOf(bytes)]));
    return timed(ctx, "figures", false, "cached", () => svgs);
  }
  return timed(ctx, "figures", true, hit.reason, async () => {
    const svgs = new Map<string, string>();
    for (const id of listFigures(report)) svgs.set(id, await renderFigure(report, id, results));
    ctx.cache.store("figures", inputs, new Map([...svgs].map(([id, svg]) => [`${id}.svg`, svg])));
    return svgs;
  });
}

