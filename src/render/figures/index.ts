/**
 * The figure renderer's one public entry: figure id + results -> SVG markup
 * to place in the page. Specs live in `<reportDir>/figures/<id>.vl.json`, the
 * shared style in `<reportDir>/figures/theme.json`.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import * as msg from "../../messages/figures.js";
import { SafetyGapError } from "../../errors.js";
import type { Results } from "../../results/types.js";
import { bindFigure } from "./bindFigure.js";
import { renderFigureSvg } from "./renderFigureSvg.js";
import { readInputText } from "../../input/readInput.js";
import { parseTheme, readThemeText, themePath } from "./readTheme.js";

export { bindFigure, bindFigureAtScales, type BindOptions } from "./bindFigure.js";
export { renderFigureSvg, type RenderOptions } from "./renderFigureSvg.js";
export { measureText, FIGURE_FONT } from "./textMetrics.js";
export { loadTheme } from "./readTheme.js";

export interface FigureOptions {
  /** Scale parameter for figures that show one scale (default: the spec's, 7B). */
  scale?: string;
  /** SVG id prefix; default `fig-<id>-` (`-<scale>` appended when a scale is given). */
  idPrefix?: string;
}

/** Figure ids available in `<reportDir>/figures`, sorted. */
export function listFigures(reportDir: string): string[] {
  const dir = path.join(reportDir, "figures");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".vl.json"))
    .map((f) => f.slice(0, -".vl.json".length))
    .sort();
}

// Watch mode re-renders the page after a text edit with the same results
// object: figures whose spec, theme and options are unchanged come from here.
const memo = new WeakMap<Results, Map<string, string>>();

/** A path as the user would type it: relative to the cwd. */
const shown = (p: string): string => path.relative(process.cwd(), p) || p;

export async function renderFigure(reportDir: string, id: string, results: Results, opts: FigureOptions = {}): Promise<string> {
  const dir = path.join(reportDir, "figures");
  const file = path.join(dir, `${id}.vl.json`);
  if (!existsSync(file)) throw new SafetyGapError(msg.figureNotFound(id, shown(dir), listFigures(reportDir)), { file: shown(file) }, msg.figureNotFoundHint(id));
  const themeText = readThemeText(reportDir);
  const specText = readInputText(file, { what: msg.specWhat(id), doc: "docs/figures.md" }, shown(file));
  const idPrefix = opts.idPrefix ?? `fig-${id.replace(/[^\w-]/g, "_")}-${opts.scale !== undefined ? `${opts.scale}-` : ""}`;

  const key = JSON.stringify([specText, themeText ?? null, opts.scale ?? null, idPrefix]);
  let cache = memo.get(results);
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;

  const config = themeText !== undefined ? parseTheme(themeText, themePath(reportDir).shown) : undefined;
  const bound = bindFigure(specText, shown(file), results, {
    ...(opts.scale !== undefined ? { scale: opts.scale } : {}),
    ...(config ? { config } : {}),
  });
  const svg = await renderFigureSvg(bound, { idPrefix });
  if (!cache) memo.set(results, (cache = new Map()));
  cache.set(key, svg);
  return svg;
}
