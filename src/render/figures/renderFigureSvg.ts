/**
 * Bound Vega-Lite spec -> static SVG string, rendered headless with vega.
 *
 * - Text is measured with the page's font (textMetrics.ts), not estimated.
 * - vega numbers clip paths and gradients with process-global counters, so
 *   the same figure gets different ids depending on what rendered before,
 *   and two figures on one page can collide. We reset the counters before
 *   each render (renders are serialized so nothing interleaves) and prefix
 *   every id and reference with the figure's own prefix.
 * - The root element is an accessible image: role="img" with <title> and
 *   <desc> referenced by aria-labelledby / aria-describedby.
 */
import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import * as msg from "../../messages/figures.js";
import { BINDING_KEY } from "./bindingBlock.js";
import { SafetyGapError } from "../../errors.js";
import { compileFigure } from "./compileFigure.js";
import { installTextMetrics } from "./textMetrics.js";
import { escapeHtml } from "../../text/escapeHtml.js";

export interface RenderOptions {
  /** Prepended to every SVG id, e.g. "fig3-"; must be unique per figure on a page. */
  idPrefix: string;
}

let queue: Promise<unknown> = Promise.resolve();

export function renderFigureSvg(boundSpec: TopLevelSpec, opts: RenderOptions): Promise<string> {
  const job = queue.then(() => renderNow(boundSpec, opts));
  queue = job.catch(() => undefined);
  return job;
}

async function renderNow(boundSpec: TopLevelSpec, { idPrefix }: RenderOptions): Promise<string> {
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) throw new Error(`renderFigureSvg: idPrefix must be a valid XML id start, got "${idPrefix}"`);
  installTextMetrics((vega as unknown as { textMetrics: unknown }).textMetrics);
  const vgSpec = compileFigure(boundSpec);
  let svg: string;
  try {
    // Stryker disable next-line StringLiteral: the view is never initialized and toSVG renders headless with its own SVG renderer, so the render type is never used
    const view = new vega.View(vega.parse(vgSpec), { renderer: "none", logLevel: vega.Warn });
    vega.resetSVGDefIds();
    svg = await view.toSVG();
    view.finalize();
  } catch (e) {
    throw new SafetyGapError(msg.vegaError(e instanceof Error ? e.message : String(e)), undefined, msg.vegaErrorHint());
  }
  const meta = (boundSpec as { usermeta?: Record<string, { title?: string } | undefined> }).usermeta?.[BINDING_KEY];
  const title = meta?.title ?? "Figure";
  const description = typeof boundSpec.description === "string" ? boundSpec.description : title;
  return accessible(prefixIds(svg, idPrefix), idPrefix, title, description);
}

/** Prefixes `id="x"` and every reference to it (`url(#x)`, `href="#x"`). */
export function prefixIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
    .replace(/\bhref="#([^"]+)"/g, (_, id: string) => `href="#${prefix}${id}"`);
}


/** Makes the root <svg> an image with a title and description, replacing vega's document roles. */
function accessible(svg: string, prefix: string, title: string, description: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const attrs = open[0]
    // Stryker disable next-line Regex,StringLiteral: vega 6's SVG string renderer gives its root only xmlns, xmlns:xlink, version, class, width, height and viewBox, so this guard (for a vega that adds roles, as its DOM renderer does) never matches
    .replace(/\s(role|aria-roledescription|aria-label|aria-labelledby|aria-describedby)="[^"]*"/g, "")
    // Stryker disable next-line Regex: the tag matched above holds one ">", its last character
    .replace(/>$/, ` role="img" aria-labelledby="${prefix}title" aria-describedby="${prefix}desc">`);
  const head = `<title id="${prefix}title">${escapeHtml(title)}</title><desc id="${prefix}desc">${escapeHtml(description)}</desc>`;
  return attrs + head + svg.slice(open[0].length);
}
